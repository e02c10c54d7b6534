package ru.praktika.partnership;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import ru.praktika.meeting.InstructionView;

/**
 * An agreement as pages and the API show it.
 *
 * @param id its id
 * @param number its number («3», «С-2020/14»)
 * @param title title
 * @param subject the subject (предмет соглашения)
 * @param state where it is
 * @param agreedOn when the text was agreed
 * @param signedOn when it was signed
 * @param effectiveFrom from when it has effect
 * @param validUntil its last day, or null when open-ended
 * @param reminderDays how many days before the term ends the secretariat is reminded
 * @param terminationReason why it was terminated
 * @param instructionId the meeting's instruction it was prepared on, if any
 * @param instructionLabel «Поручение совещания 26.08.2020: …»
 * @param label how the register of instructions names it
 * @param parties the association and the partners, with their signatories
 * @param history each change of state: who, when, from, to, comment
 * @param files the signed scan and other attachments
 * @param obligations its obligations, entries of the one register of instructions
 * @param programmes its joint programmes
 * @param version for optimistic locking
 */
public record AgreementView(
        long id,
        String number,
        String title,
        String subject,
        AgreementState state,
        LocalDate agreedOn,
        LocalDate signedOn,
        LocalDate effectiveFrom,
        LocalDate validUntil,
        int reminderDays,
        String terminationReason,
        Long instructionId,
        String instructionLabel,
        String label,
        List<Party> parties,
        List<Transition> history,
        List<AgreementFile> files,
        List<InstructionView> obligations,
        List<ProgrammeSummary> programmes,
        long version) {

    /**
     * A party and its signatory.
     *
     * @param partnerId the partner, or null for the association itself
     * @param name the party's name
     * @param signatoryName who signs
     * @param signatoryPosition their position
     */
    public record Party(Long partnerId, String name, String signatoryName, String signatoryPosition) {}

    /**
     * A change of state.
     *
     * @param from the state before (null when created)
     * @param to the state after
     * @param actor who
     * @param at when
     * @param comment the reason or note
     */
    public record Transition(AgreementState from, AgreementState to, String actor, Instant at, String comment) {}

    /**
     * An attachment without its content.
     *
     * @param id its id
     * @param kind SCAN (the signed copy) or OTHER
     * @param fileName name
     * @param contentType type recognised from the content
     * @param sizeBytes size
     * @param uploadedBy who
     * @param uploadedAt when
     */
    public record AgreementFile(
            long id,
            String kind,
            String fileName,
            String contentType,
            long sizeBytes,
            String uploadedBy,
            Instant uploadedAt) {}

    /** Whether the signed scan is attached. */
    public boolean hasScan() {
        return files.stream().anyMatch(f -> "SCAN".equals(f.kind()));
    }

    /** Open-ended: no last day. */
    public boolean openEnded() {
        return validUntil == null;
    }
}
