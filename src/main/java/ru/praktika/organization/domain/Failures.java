package ru.praktika.organization.domain;

/** Spring Data JDBC wraps database failures; this looks through the causes. */
final class Failures {

    private Failures() {}

    static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
