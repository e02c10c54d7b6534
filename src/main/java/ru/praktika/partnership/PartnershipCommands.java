package ru.praktika.partnership;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What the secretariat sends to record partners, agreements and programmes. */
public final class PartnershipCommands {

    /** Names, positions, numbers, contacts. */
    public static final int SHORT_TEXT = 500;

    /** Subjects, descriptions, reports, reasons. */
    public static final int LONG_TEXT = 5000;

    private PartnershipCommands() {}

    /**
     * A new or changed partner.
     *
     * @param organizationId an organization of the organization module it is (its name is taken from it), or null
     * @param name full name, when not an organization
     * @param shortName abbreviation
     * @param kind what it is
     * @param inn ИНН, 10 or 12 digits
     * @param site site
     * @param address address
     * @param contactPerson contact person
     * @param contactPosition their position
     * @param phone phone
     * @param email e-mail
     * @param version the version edited (for a change)
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PartnerDetails(
            Long organizationId,
            String name,
            String shortName,
            String kind,
            String inn,
            String site,
            String address,
            String contactPerson,
            String contactPosition,
            String phone,
            String email,
            Long version) {}

    /**
     * A party of a new agreement besides the association.
     *
     * @param partnerId the partner
     * @param signatoryName who signs for it
     * @param signatoryPosition their position
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PartyDetails(Long partnerId, String signatoryName, String signatoryPosition) {}

    /**
     * A new agreement (a draft).
     *
     * @param number its number
     * @param title title
     * @param subject subject
     * @param associationSignatory who signs for the association
     * @param associationSignatoryPosition their position
     * @param partners the partners' parties
     * @param effectiveFrom from when it has effect
     * @param validUntil its last day, or null when open-ended
     * @param reminderDays days before the end to remind (default 30)
     * @param instructionId the meeting's instruction it is prepared on, or null
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record NewAgreement(
            String number,
            String title,
            String subject,
            String associationSignatory,
            String associationSignatoryPosition,
            List<PartyDetails> partners,
            LocalDate effectiveFrom,
            LocalDate validUntil,
            Integer reminderDays,
            Long instructionId) {}

    /**
     * A change of state.
     *
     * @param date the day it happened (agreed, signed, activated); today when null
     * @param comment a note; the reason when terminating
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Transition(LocalDate date, String comment) {}

    /**
     * An obligation of an agreement, registered in the one register of instructions.
     *
     * @param text what to do
     * @param assigneeOrganizationId the responsible organization, or null
     * @param assigneeName or by name
     * @param deadline by when
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record NewObligation(String text, Long assigneeOrganizationId, String assigneeName, LocalDate deadline) {}

    /**
     * A new programme under an agreement.
     *
     * @param agreementId the agreement
     * @param title title
     * @param description description
     * @param firstYear first year
     * @param lastYear last year
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record NewProgramme(
            Long agreementId, String title, String description, Integer firstYear, Integer lastYear) {}

    /**
     * An activity of a programme.
     *
     * @param title what
     * @param startsOn from
     * @param endsOn until
     * @param responsible who
     * @param status PLANNED, IN_PROGRESS, DONE
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record NewActivity(
            String title,
            LocalDate startsOn,
            LocalDate endsOn,
            String responsible,
            ProgrammeView.ActivityStatus status) {}

    /**
     * An indicator of a programme.
     *
     * @param name name
     * @param unit unit
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record NewKpi(String name, String unit) {}

    /**
     * A year's target and actual of an indicator.
     *
     * @param year the year, within the programme's years
     * @param target planned
     * @param actual reached
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record KpiValue(Integer year, BigDecimal target, BigDecimal actual) {}

    /**
     * A link of a programme to a practice or a competition application.
     *
     * @param kind PRACTICE or APPLICATION
     * @param targetId its id
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record NewLink(ProgrammeView.LinkKind kind, Long targetId) {}
}
