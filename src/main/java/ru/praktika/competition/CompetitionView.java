package ru.praktika.competition;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A competition year as everyone may see it: its deadlines, settings, nominations, quotas and prizes.
 *
 * @param categoryRule municipality type name ({@code URBAN_OKRUG}) → category {@code I} or {@code II}
 * @param quotas "N1/I" → how many applications one region may forward
 * @param prizes "N1/I/1" → roubles
 */
public record CompetitionView(
        long id,
        int year,
        String title,
        LocalDate applicationsDeadline,
        LocalDate regionalDeadline,
        LocalDate federalDeadline,
        int expertsPerApplication,
        Integer shortlistSize,
        String aggregation,
        boolean blind,
        int places,
        int associationQuota,
        Map<String, String> categoryRule,
        CompetitionPhase phase,
        boolean archive,
        Instant resultsPublishedAt,
        long version,
        List<NominationView> nominations,
        Map<String, Integer> quotas,
        Map<String, java.math.BigDecimal> prizes) {

    public java.util.Optional<NominationView> nomination(String code) {
        return nominations.stream().filter(n -> n.code().equals(code)).findFirst();
    }

    public int quota(String nomination, String category) {
        return quotas.getOrDefault(nomination + "/" + category, 0);
    }

    public java.math.BigDecimal prize(String nomination, String category, int place) {
        return prizes.get(nomination + "/" + category + "/" + place);
    }

    public boolean published() {
        return phase == CompetitionPhase.PUBLISHED;
    }
}
