package ru.praktika.partnership;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A joint programme under an agreement.
 *
 * @param id its id
 * @param agreementId the agreement
 * @param agreementLabel its label
 * @param agreementState its state
 * @param title title
 * @param description description
 * @param firstYear first year
 * @param lastYear last year
 * @param regions the codes of the participating regions
 * @param activities its activities
 * @param kpis its indicators with targets and actuals by year
 * @param reports yearly reports
 * @param links linked practices and competition applications
 * @param version for optimistic locking
 */
public record ProgrammeView(
        long id,
        long agreementId,
        String agreementLabel,
        AgreementState agreementState,
        String title,
        String description,
        int firstYear,
        int lastYear,
        List<String> regions,
        List<Activity> activities,
        List<Kpi> kpis,
        List<Report> reports,
        List<Link> links,
        long version) {

    /** What an activity's status may be. */
    public enum ActivityStatus {
        PLANNED,
        IN_PROGRESS,
        DONE
    }

    /** What a link points to. */
    public enum LinkKind {
        PRACTICE,
        APPLICATION
    }

    /**
     * An activity.
     *
     * @param id its id
     * @param title what
     * @param startsOn from
     * @param endsOn until
     * @param responsible who
     * @param status planned, in progress, done
     */
    public record Activity(
            long id, String title, LocalDate startsOn, LocalDate endsOn, String responsible, ActivityStatus status) {}

    /**
     * An indicator.
     *
     * @param id its id
     * @param name name
     * @param unit unit
     * @param values target and actual by year
     */
    public record Kpi(long id, String name, String unit, Map<Integer, Value> values) {}

    /**
     * A year's target and actual.
     *
     * @param target planned
     * @param actual reached, null while unknown
     */
    public record Value(BigDecimal target, BigDecimal actual) {}

    /**
     * A yearly report.
     *
     * @param id its id
     * @param year the year
     * @param text text
     * @param fileName the attached file, if any
     * @param createdBy who
     * @param createdAt when
     */
    public record Report(long id, int year, String text, String fileName, String createdBy, Instant createdAt) {}

    /**
     * A linked practice or competition application.
     *
     * @param id its id
     * @param kind PRACTICE or APPLICATION
     * @param targetId the practice's or the application's id
     * @param title its title, as read when linked
     * @param regionCode its region
     * @param addedBy who linked it
     */
    public record Link(long id, LinkKind kind, long targetId, String title, String regionCode, String addedBy) {}
}
