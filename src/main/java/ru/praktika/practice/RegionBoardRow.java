package ru.praktika.practice;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One region on the campaign's status board.
 *
 * @param regionCode the region
 * @param regionName its name
 * @param federalDistrict its federal district
 * @param status NOT_STARTED, DRAFTING, SUBMITTED, RETURNED, ACCEPTED
 * @param practices all its practices of the year
 * @param drafts drafts
 * @param submitted submitted to the council or forwarded to the association
 * @param returned returned for revision
 * @param accepted accepted or published
 * @param deadline the deadline that applies to it
 * @param lastActivityAt the last change of any of its practices
 */
public record RegionBoardRow(
        String regionCode,
        String regionName,
        String federalDistrict,
        String status,
        long practices,
        long drafts,
        long submitted,
        long returned,
        long accepted,
        LocalDate deadline,
        Instant lastActivityAt) {}
