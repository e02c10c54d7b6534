package ru.praktika.meeting;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A meeting with everything recorded about it.
 *
 * @param id its id
 * @param title e.g. «Всероссийское селекторное рабочее совещание ВАРМСУ…»
 * @param kind video, in person, hybrid
 * @param startsAt date and time
 * @param timeZone e.g. Europe/Moscow
 * @param durationMinutes planned duration
 * @param place where (in person)
 * @param link where (video)
 * @param organizer who organises
 * @param chairName who chairs
 * @param chairPosition the chair's position as printed
 * @param secretaryName who keeps the minutes
 * @param closingName who summed up
 * @param closingPosition the position as printed
 * @param closingRemarks what was said in closing
 * @param state draft, announced, held, closed
 * @param participants invited organizations and people, with presence
 * @param items the agenda
 * @param instructions instructions given at this meeting
 * @param version for optimistic locking
 */
public record MeetingView(
        long id,
        String title,
        MeetingTypes.Kind kind,
        OffsetDateTime startsAt,
        String timeZone,
        int durationMinutes,
        String place,
        String link,
        String organizer,
        String chairName,
        String chairPosition,
        String secretaryName,
        String closingName,
        String closingPosition,
        String closingRemarks,
        MeetingTypes.State state,
        List<Participant> participants,
        List<Item> items,
        List<InstructionView> instructions,
        long version) {

    /** The same meeting with these instructions (as a viewer may see them). */
    public MeetingView withInstructions(List<InstructionView> shown) {
        return new MeetingView(
                id,
                title,
                kind,
                startsAt,
                timeZone,
                durationMinutes,
                place,
                link,
                organizer,
                chairName,
                chairPosition,
                secretaryName,
                closingName,
                closingPosition,
                closingRemarks,
                state,
                participants,
                items,
                shown,
                version);
    }

    /**
     * @param id its id
     * @param kind council, association, partner, federal body, other
     * @param organizationId the organization, if known
     * @param organizationName its name
     * @param regionCode the region of a council
     * @param personName who came (or spoke for the region)
     * @param position as printed
     * @param present marked at the roll call
     */
    public record Participant(
            long id,
            MeetingTypes.ParticipantKind kind,
            Long organizationId,
            String organizationName,
            String regionCode,
            String personName,
            String position,
            boolean present) {}

    /**
     * @param id its id
     * @param position its number
     * @param title the question
     * @param durationMinutes planned time
     * @param subject what it is about (a campaign, a competition, a vote, an agreement)
     * @param materials materials
     * @param speeches who spoke
     * @param decisions what was decided
     */
    public record Item(
            long id,
            int position,
            String title,
            Integer durationMinutes,
            String subject,
            String materials,
            List<Speech> speeches,
            List<Decision> decisions) {}

    /**
     * @param id its id
     * @param role speaker, co-speaker, remarks
     * @param personName who
     * @param position as printed
     * @param summary what was said
     */
    public record Speech(long id, MeetingTypes.SpeechRole role, String personName, String position, String summary) {}

    /**
     * @param id its id
     * @param text the decision
     */
    public record Decision(long id, String text) {}

    /** The number of regional councils marked present. */
    public long councilsPresent() {
        return participants.stream()
                .filter(p -> p.kind() == MeetingTypes.ParticipantKind.COUNCIL && p.present())
                .count();
    }

    public LocalDate date() {
        return startsAt.atZoneSameInstant(java.time.ZoneId.of(timeZone)).toLocalDate();
    }
}
