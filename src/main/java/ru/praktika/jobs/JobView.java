package ru.praktika.jobs;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A job as the API shows it.
 *
 * @param id its id
 * @param kind what it does, e.g. {@code practice-import}
 * @param status QUEUED, RUNNING, DONE, FAILED
 * @param progress units done
 * @param total units in all
 * @param message a Russian summary
 * @param errors problems found, each with where it is
 * @param result what it produced (counts, a file's address)
 * @param created when queued
 * @param updated last change
 */
public record JobView(
        UUID id,
        String kind,
        String status,
        int progress,
        int total,
        String message,
        List<JobError> errors,
        Map<String, Object> result,
        Instant created,
        Instant updated) {

    public int percent() {
        return total == 0 ? (status.equals("DONE") ? 100 : 0) : Math.min(100, progress * 100 / total);
    }

    public boolean finished() {
        return status.equals("DONE") || status.equals("FAILED");
    }

    /**
     * One problem.
     *
     * @param sheet the sheet
     * @param row the row (1-based, as in Excel)
     * @param column the column header
     * @param message in Russian
     * @param value what was found there (null when nothing was, or it does not apply)
     */
    public record JobError(String sheet, Integer row, String column, String message, String value) {

        public JobError(String sheet, Integer row, String column, String message) {
            this(sheet, row, column, message, null);
        }
    }
}
