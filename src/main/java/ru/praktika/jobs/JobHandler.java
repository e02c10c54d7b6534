package ru.praktika.jobs;

import java.util.Map;

/**
 * The work of one kind of job. Every instance holds the same handlers, so whichever instance picks the job up runs
 * it; a job cut off by a crash is started again from the start, so the work must be safe to repeat (one transaction,
 * or writes keyed by an id).
 */
public interface JobHandler {

    /** The kind this handler runs, e.g. {@code practice-import}. */
    String kind();

    /** Does the work: returns the result, or throws {@link Jobs.JobFailure} with the errors. */
    Map<String, Object> run(JobRun job, Jobs.Progress progress);

    /** Called instead of {@link #run} when crashes cut the job off too often: what the job left in work ends failed. */
    default void gaveUp(JobRun job, String message) {}
}
