package ru.praktika.meeting;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An entry of the one register of instructions (поручения): an instruction given at a meeting, or an obligation of a
 * partnership agreement (ADR 0019).
 *
 * @param id its id
 * @param meetingId the meeting, or null for an agreement's obligation
 * @param meetingTitle its title
 * @param meetingDate its date
 * @param decisionId the decision it carries out
 * @param text what to do
 * @param assigneeOrganizationId the responsible organization, if any
 * @param assigneeName who is responsible (organization or person)
 * @param assigneeRegion the region, when a regional council is responsible
 * @param deadline by when
 * @param status assigned, in progress, done
 * @param overdue past its deadline and not done
 * @param report the report-back
 * @param reportedBy who reported
 * @param reportedAt when
 * @param onAgendaOf the meeting whose agenda took it up
 * @param origin a meeting or an agreement
 * @param agreementId the agreement whose obligation it is
 * @param agreementLabel «Соглашение № 3 с Ассоциацией волонтерских центров»
 * @param producedAgreementId the agreement prepared on this instruction, if any
 * @param producedAgreementLabel its label
 */
public record InstructionView(
        long id,
        Long meetingId,
        String meetingTitle,
        LocalDate meetingDate,
        Long decisionId,
        String text,
        Long assigneeOrganizationId,
        String assigneeName,
        String assigneeRegion,
        LocalDate deadline,
        MeetingTypes.InstructionStatus status,
        boolean overdue,
        String report,
        String reportedBy,
        Instant reportedAt,
        Long onAgendaOf,
        MeetingTypes.InstructionOrigin origin,
        Long agreementId,
        String agreementLabel,
        Long producedAgreementId,
        String producedAgreementLabel) {

    /** The same instruction without its report-back (text, author, time): for those who do not answer for it. */
    public InstructionView withoutReport() {
        return new InstructionView(
                id,
                meetingId,
                meetingTitle,
                meetingDate,
                decisionId,
                text,
                assigneeOrganizationId,
                assigneeName,
                assigneeRegion,
                deadline,
                status,
                overdue,
                null,
                null,
                null,
                onAgendaOf,
                origin,
                agreementId,
                agreementLabel,
                producedAgreementId,
                producedAgreementLabel);
    }

    /** Whether it is an obligation of an agreement rather than an instruction of a meeting. */
    public boolean ofAgreement() {
        return origin == MeetingTypes.InstructionOrigin.AGREEMENT;
    }

    /** Where it came from, for a page: the meeting's or the agreement's address. */
    public String originLink() {
        return ofAgreement() ? "/agreements/" + agreementId : "/meetings/" + meetingId;
    }
}
