package ru.praktika.meeting;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** What the secretary sends to record a meeting. */
public final class MeetingCommands {

    /** The longest name, position, place, link or subject, in characters. */
    public static final int SHORT_TEXT = 500;

    /** The longest summary, decision, instruction, report or remark, in characters. */
    public static final int LONG_TEXT = 5000;

    /** A meeting lasts at most a day; an agenda item at most ten hours. */
    public static final int MAX_MEETING_MINUTES = 1440;

    public static final int MAX_ITEM_MINUTES = 600;

    /** Meetings and deadlines lie within these years. */
    public static final int FIRST_YEAR = 2000;

    public static final int LAST_YEAR = 2100;

    private static final String SHORT = "Не длиннее 500 знаков";
    private static final String LONG = "Не длиннее 5 000 знаков";

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
            @Size(max = SHORT_TEXT, message = SHORT) String title,
            MeetingTypes.Kind kind,
            LocalDateTime startsAt,

            @Size(max = 100, message = "Не длиннее 100 знаков")
            String timeZone,

            @Min(value = 1, message = "Продолжительность — от 1 до 1 440 минут")
            @Max(value = MAX_MEETING_MINUTES, message = "Продолжительность — от 1 до 1 440 минут")
            Integer durationMinutes,

            @Size(max = SHORT_TEXT, message = SHORT) String place,
            @Size(max = SHORT_TEXT, message = SHORT) String link,
            @Size(max = SHORT_TEXT, message = SHORT) String organizer,
            @Size(max = SHORT_TEXT, message = SHORT) String chairName,
            @Size(max = SHORT_TEXT, message = SHORT) String chairPosition,
            @Size(max = SHORT_TEXT, message = SHORT) String secretaryName) {

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
            @Size(max = SHORT_TEXT, message = SHORT) String organizationName,

            @Size(max = 2, message = "Код региона — две цифры")
            String regionCode,

            @Size(max = SHORT_TEXT, message = SHORT) String personName,
            @Size(max = SHORT_TEXT, message = SHORT) String position,
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
    public record NewItem(
            @Size(max = LONG_TEXT, message = LONG) String title,

            @Min(value = 1, message = "Продолжительность — от 1 до 600 минут")
            @Max(value = MAX_ITEM_MINUTES, message = "Продолжительность — от 1 до 600 минут")
            Integer durationMinutes,

            @Size(max = SHORT_TEXT, message = SHORT) String subject,
            @Size(max = LONG_TEXT, message = LONG) String materials) {}

    /**
     * A speech on an item.
     *
     * @param role SPEAKER, CO_SPEAKER, REMARKS
     * @param personName who
     * @param position as printed
     * @param summary what was said
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record NewSpeech(
            MeetingTypes.SpeechRole role,
            @Size(max = SHORT_TEXT, message = SHORT) String personName,
            @Size(max = SHORT_TEXT, message = SHORT) String position,
            @Size(max = LONG_TEXT, message = LONG) String summary) {}

    /**
     * An instruction.
     *
     * @param text what to do
     * @param assigneeOrganizationId the responsible organization (its name and region are taken from it)
     * @param assigneeName or a person / organization by name
     * @param deadline by when
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record NewInstruction(
            @Size(max = LONG_TEXT, message = LONG) String text,
            Long assigneeOrganizationId,
            @Size(max = SHORT_TEXT, message = SHORT) String assigneeName,
            LocalDate deadline) {}

    /**
     * Closing remarks.
     *
     * @param closingName who summed up
     * @param closingPosition as printed
     * @param closingRemarks what was said
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Closing(
            @Size(max = SHORT_TEXT, message = SHORT) String closingName,
            @Size(max = SHORT_TEXT, message = SHORT) String closingPosition,
            @Size(max = LONG_TEXT, message = LONG) String closingRemarks) {}
}
