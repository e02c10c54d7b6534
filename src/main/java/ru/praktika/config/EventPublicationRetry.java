package ru.praktika.config;

import java.time.Duration;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Listeners' work that failed while the application runs (a lost connection, a deadlock) is tried again every few
 * minutes, not only at the next start (ADR 0011). On several instances each one may try the same publication: the
 * listeners write derived rows with upserts, so doing it twice gives the same rows.
 */
@Component
class EventPublicationRetry {

    static final Duration AGE = Duration.ofMinutes(5);

    private final IncompleteEventPublications incomplete;

    EventPublicationRetry(IncompleteEventPublications incomplete) {
        this.incomplete = incomplete;
    }

    @Scheduled(initialDelayString = "PT5M", fixedDelayString = "PT5M")
    void resubmit() {
        incomplete.resubmitIncompletePublicationsOlderThan(AGE);
    }
}
