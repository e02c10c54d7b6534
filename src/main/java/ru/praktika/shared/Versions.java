package ru.praktika.shared;

import java.util.Map;

/**
 * The version an editor saw, sent back with an edit (optimistic locking). Another number than the current one is a
 * stale edit (409); a negative one was never a version at all, so it is a broken request (400).
 */
public final class Versions {

    /** What a page says about a version field that is not a version (tampered or broken). */
    public static final String BROKEN = "Неверный номер версии: обновите страницу и внесите изменения заново";

    private Versions() {}

    public static void requireSeen(long version) {
        if (version < 0) {
            throw InvalidRequestException.ofFields(Map.of("version", BROKEN));
        }
    }
}
