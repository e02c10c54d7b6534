package ru.praktika.library;

import java.util.List;

/**
 * One practice found.
 *
 * @param id the practice
 * @param title its title
 * @param titleHtml the title with the words found marked, HTML-escaped
 * @param snippetHtml a fragment of its problem and what was done with the words found marked, HTML-escaped
 * @param regionCode its region
 * @param regionName the region's name
 * @param municipality the lead municipality's name
 * @param year campaign year
 * @param nationalProjects names of the national projects it serves
 * @param award the competition award, or null
 * @param quality quality score 0–100
 * @param adoptions how many municipalities adopted it
 */
public record LibraryHit(
        long id,
        String title,
        String titleHtml,
        String snippetHtml,
        String regionCode,
        String regionName,
        String municipality,
        int year,
        List<String> nationalProjects,
        String award,
        int quality,
        int adoptions) {}
