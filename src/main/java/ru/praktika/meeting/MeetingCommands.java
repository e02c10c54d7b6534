package ru.praktika.meeting;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** What the secretary sends to record a meeting. */
public final class MeetingCommands {

    private MeetingCommands() {}

    /**
     * A new or changed meeting.
     *
     * @param title title
     * @param kind VIDEO, IN_PERSON, HYBRID
     * @param startsAt local date and time in {@code timeZone}
     * @param timeZone e.g. Europe/Moscow (default)
     * @param durationMinutes planned duration
     * @param place place
     * @param link link
     * @param organizer organizer (default: the association)
     * @param chairName chair
     * @param chairPosition chair's position as printed
     * @param secretaryName who keeps the minutes (signs them beside the chair)
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record MeetingDetails(
            String title,
            MeetingTypes.Kind kind,
            LocalDateTime startsAt,
            String timeZone,
            Integer durationMinutes,
            String place,
            String link,
            String organizer,
            String chairName,
            String chairPosition,
            String secretaryName) {

        /** A meeting whose secretary is not named yet. */
        public MeetingDetails(
                String title,
                MeetingTypes.Kind kind,
                LocalDateTime startsAt,
                String timeZone,
                Integer durationMinutes,
                String place,
                String link,
                String organizer,
                String chairName,
                String chairPosition) {
            this(
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
                    null);
        }
    }

    /**
     * A participant: an organization and/or a person.
     *
     * @param kind COUNCIL, ASSOCIATION, PARTNER, FEDERAL_BODY, OTHER
     * @param organizationId organization id, if known
     * @param organizationName organization name
     * @param regionCode region of a council
     * @param personName person
     * @param position as printed («генеральный директор Союза российских городов»)
     * @param present marked present
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record NewParticipant(
            MeetingTypes.ParticipantKind kind,
            Long organizationId,
            String organizationName,
            String regionCode,
            String personName,
            String position,
            Boolean present) {}

    /**
     * An agenda item.
     *
     * @param title the question
     * @param durationMinutes planned time
     * @param subject what it concerns (a campaign, a competition, a vote, an agreement)
     * @param materials materials
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record NewItem(String title, Integer durationMinutes, String subject, String materials) {}

    /**
     * A speech on an item.
     *
     * @param role SPEAKER, CO_SPEAKER, REMARKS
     * @param personName who
     * @param position as printed
     * @param summary what was said
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record NewSpeech(MeetingTypes.SpeechRole role, String personName, String position, String summary) {}

    /**
     * An instruction.
     *
     * @param text what to do
     * @param assigneeOrganizationId the responsible organization (its name and region are taken from it)
     * @param assigneeName or a person / organization by name
     * @param deadline by when
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record NewInstruction(String text, Long assigneeOrganizationId, String assigneeName, LocalDate deadline) {}

    /**
     * Closing remarks.
     *
     * @param closingName who summed up
     * @param closingPosition as printed
     * @param closingRemarks what was said
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Closing(String closingName, String closingPosition, String closingRemarks) {}
}
