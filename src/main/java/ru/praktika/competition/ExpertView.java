package ru.praktika.competition;

import java.util.List;

/**
 * An expert of the pool.
 *
 * @param competences nomination codes
 * @param conflicts declared conflicts as «MUNICIPALITY:57701000», «REGION:59», «ORGANIZATION:7»
 * @param load assignments in the year asked about
 */
public record ExpertView(
        long id,
        String username,
        String fullName,
        String homeRegion,
        List<String> competences,
        List<String> conflicts,
        boolean active,
        int load) {}
