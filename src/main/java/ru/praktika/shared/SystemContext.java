package ru.praktika.shared;

import java.util.function.Supplier;

/** Marks work the platform does on its own behalf (start-up loaders, the command line), so audit names "system". */
public final class SystemContext {

    private static final ThreadLocal<Boolean> ACTIVE = ThreadLocal.withInitial(() -> false);

    private SystemContext() {}

    public static <T> T run(Supplier<T> work) {
        boolean before = ACTIVE.get();
        ACTIVE.set(true);
        try {
            return work.get();
        } finally {
            ACTIVE.set(before);
        }
    }

    static boolean active() {
        return ACTIVE.get();
    }
}
