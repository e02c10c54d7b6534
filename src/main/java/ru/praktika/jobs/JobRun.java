package ru.praktika.jobs;

import java.util.Map;
import java.util.UUID;
import ru.praktika.shared.Actor;

/**
 * What a job was asked to do, as stored with it: read back by the instance that runs it.
 *
 * @param id the job's id
 * @param actor who asked (their permissions are checked again by the work)
 * @param params the job's parameters
 * @param payload the uploaded file, or {@code null}
 * @param attempt 1 for the first run, more when a crash cut off the earlier ones
 */
public record JobRun(UUID id, Actor actor, Map<String, String> params, byte[] payload, int attempt) {

    public String param(String name) {
        String value = params.get(name);
        if (value == null) {
            throw new IllegalStateException("Job " + id + " has no parameter " + name);
        }
        return value;
    }
}
