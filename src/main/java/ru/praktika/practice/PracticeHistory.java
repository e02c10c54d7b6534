package ru.praktika.practice;

import java.time.Instant;

/** Records of a card's history. */
public final class PracticeHistory {

    private PracticeHistory() {}

    /**
     * A saved version.
     *
     * @param version number
     * @param savedAt when
     * @param savedBy who
     * @param status state then
     * @param change what happened («изменена», «отправлена в совет»…)
     */
    public record VersionView(long version, Instant savedAt, String savedBy, PracticeStatus status, String change) {}

    /**
     * A workflow step with its comment.
     *
     * @param action the step
     * @param fromStatus from
     * @param toStatus to
     * @param actor who
     * @param comment the comment
     * @param at when
     */
    public record ActionView(
            PracticeAction action,
            PracticeStatus fromStatus,
            PracticeStatus toStatus,
            String actor,
            String comment,
            Instant at) {}

    /**
     * A comment (experts and others who may read the card).
     *
     * @param id its id
     * @param author who
     * @param text what
     * @param field the card field it is about, or null for the whole card
     * @param at when
     */
    public record CommentView(long id, String author, String text, String field, Instant at) {}

    /**
     * An attachment, without its content.
     *
     * @param id its id
     * @param fileName file name
     * @param contentType the type recognised from the content
     * @param sizeBytes size
     * @param sha256 checksum
     * @param uploadedBy who
     * @param uploadedAt when
     */
    public record AttachmentView(
            long id,
            String fileName,
            String contentType,
            long sizeBytes,
            String sha256,
            String uploadedBy,
            Instant uploadedAt) {}

    /**
     * One changed field between two versions.
     *
     * @param field the field, in Russian («Результат 2 · фактическое значение»)
     * @param before the value in the older version (null: absent)
     * @param after the value in the newer version (null: removed)
     */
    public record DiffLine(String field, String before, String after) {}
}
