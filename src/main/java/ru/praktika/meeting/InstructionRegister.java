package ru.praktika.meeting;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.praktika.meeting.domain.MeetingQueries;
import ru.praktika.meeting.domain.MeetingService;
import ru.praktika.shared.Actor;

/**
 * The one register of instructions as other modules use it (ADR 0019): a partnership agreement registers its
 * obligations here (origin AGREEMENT, no meeting), reads them back, and records which meeting's instruction it was
 * prepared on. The register's page, overdue list, desk and report-back treat them like meetings' instructions. This
 * module knows agreements only by id and label: it never depends on the partnership module.
 */
@Service
public class InstructionRegister {

    /**
     * An obligation of an agreement.
     *
     * @param agreementId the agreement
     * @param agreementLabel how the register names it: «Соглашение № 3 с Ассоциацией волонтерских центров»
     * @param text what to do
     * @param assigneeOrganizationId the responsible organization (its name and region are taken from it), or null
     * @param assigneeName or a person / organization by name
     * @param deadline by when
     */
    public record Obligation(
            long agreementId,
            String agreementLabel,
            String text,
            Long assigneeOrganizationId,
            String assigneeName,
            LocalDate deadline) {}

    private final MeetingService meetings;
    private final MeetingQueries queries;

    InstructionRegister(MeetingService meetings, MeetingQueries queries) {
        this.meetings = meetings;
        this.queries = queries;
    }

    /** Registers the obligation (the secretariat only); its id in the register. */
    public long register(Actor actor, Obligation obligation) {
        return meetings.registerObligation(actor, obligation);
    }

    /** The agreement's obligations, by deadline, each with its report only for those who answer for it. */
    @Transactional(readOnly = true)
    public List<InstructionView> obligationsOf(Actor actor, long agreementId) {
        return queries.obligationsOf(agreementId).stream()
                .map(i -> actor.isAdmin()
                                || (i.assigneeRegion() != null
                                        && actor.regionCode() != null
                                        && i.assigneeRegion().equals(actor.regionCode())
                                        && actor.has(ru.praktika.shared.Role.REGIONAL_OPERATOR))
                        ? i
                        : i.withoutReport())
                .toList();
    }

    /** A meeting's instruction, if the actor may read its meeting. */
    @Transactional(readOnly = true)
    public Optional<InstructionView> meetingInstruction(Actor actor, long instructionId) {
        return queries.instruction(instructionId).filter(i -> !i.ofAgreement()).filter(i -> {
            try {
                meetings.meeting(actor, i.meetingId());
                return true;
            } catch (RuntimeException e) {
                return false;
            }
        });
    }

    /** The meetings' instructions the actor may read (to choose the one an agreement is prepared on). */
    @Transactional(readOnly = true)
    public List<InstructionView> meetingInstructions(Actor actor) {
        return meetings.instructions(actor, null, null, false, MeetingTypes.InstructionOrigin.MEETING);
    }

    /** The meetings' instructions the agreement was prepared on. */
    @Transactional(readOnly = true)
    public List<InstructionView> producing(long agreementId) {
        return queries.producing(agreementId);
    }

    /** Links the meeting's instruction to the agreement prepared on it (the secretariat). */
    public InstructionView linkProducedAgreement(Actor actor, long instructionId, long agreementId, String label) {
        return meetings.linkProducedAgreement(actor, instructionId, agreementId, label);
    }

    /** The agreement's label changed (number, parties): the register shows the new one. */
    public void relabel(Actor actor, long agreementId, String label) {
        meetings.relabelAgreement(actor, agreementId, label);
    }

    /** Reports on an entry (the same flow as the register's page): for demo data and the agreement's page. */
    public void report(Actor actor, long instructionId, MeetingTypes.InstructionStatus status, String report) {
        meetings.reportBack(actor, instructionId, status, report);
    }
}
