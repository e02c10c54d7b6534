package ru.praktika.meeting;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An instruction (поручение) given at a meeting.
 *
 * @param id its id
 * @param meetingId the meeting
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
 */
public record InstructionView(
        long id,
        long meetingId,
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
        Long onAgendaOf) {

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
                onAgendaOf);
    }
}
