package ru.praktika.competition;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/**
 * An application to a competition year. For a blind expert the municipality, region, OKTMO and people are left out
 * ({@link #blinded}).
 */
public record ApplicationView(
        long id,
        long competitionId,
        int year,
        String nominationCode,
        Long practiceId,
        String title,
        String oktmo,
        String municipalityName,
        String regionCode,
        String regionName,
        String category,
        Map<String, String> answers,
        boolean declaration,
        boolean byAssociation,
        ApplicationStatus status,
        Integer regionalRank,
        String regionalNote,
        BigDecimal formalPoints,
        boolean shortlisted,
        BigDecimal expertPoints,
        Integer rank,
        Integer place,
        BigDecimal prizeRub,
        String createdBy,
        Instant submittedAt,
        long version) {

    /** The same application without who and where it comes from, for a blind expert. */
    public ApplicationView blinded(String titleShown, Map<String, String> answersShown) {
        return new ApplicationView(
                id,
                competitionId,
                year,
                nominationCode,
                null,
                titleShown,
                null,
                null,
                null,
                null,
                category,
                answersShown,
                declaration,
                false,
                status,
                null,
                null,
                formalPoints,
                shortlisted,
                null,
                null,
                null,
                null,
                null,
                submittedAt,
                version);
    }
}
