package ru.praktika.meeting.domain;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Service;
import ru.praktika.meeting.MeetingView;
import ru.praktika.shared.Actor;

/** Files made from a meeting's record: the minutes (DOCX, PDF) and a calendar entry (ICS). */
@Service
public class MeetingDocuments {

    private static final DateTimeFormatter ICS = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    private final MeetingService meetings;
    private final MeetingQueries queries;

    MeetingDocuments(MeetingService meetings, MeetingQueries queries) {
        this.meetings = meetings;
        this.queries = queries;
    }

    public byte[] minutesDocx(Actor actor, long id) {
        return MinutesFiles.docx(minutes(actor, id));
    }

    public byte[] minutesPdf(Actor actor, long id) {
        return MinutesFiles.pdf(minutes(actor, id));
    }

    private java.util.List<Minutes.Block> minutes(Actor actor, long id) {
        return Minutes.of(meetings.meeting(actor, id), queries.minutesNumber(id));
    }

    /** An iCalendar event (RFC 5545) so participants can add the meeting to their calendars. */
    public String ics(Actor actor, long id) {
        MeetingView m = meetings.meeting(actor, id);
        String start = m.startsAt().withOffsetSameInstant(ZoneOffset.UTC).format(ICS);
        String end = m.startsAt()
                .plusMinutes(m.durationMinutes())
                .withOffsetSameInstant(ZoneOffset.UTC)
                .format(ICS);
        String where = m.place() != null ? m.place() : (m.link() != null ? m.link() : "Видеоконференция");
        return String.join(
                "\r\n",
                "BEGIN:VCALENDAR",
                "VERSION:2.0",
                "PRODID:-//Praktika//Meetings//RU",
                "CALSCALE:GREGORIAN",
                "BEGIN:VEVENT",
                "UID:meeting-" + m.id() + "@praktika",
                "DTSTAMP:" + start,
                "DTSTART:" + start,
                "DTEND:" + end,
                "SUMMARY:" + escape(m.title()),
                "LOCATION:" + escape(where),
                "DESCRIPTION:" + escape(m.organizer()),
                "END:VEVENT",
                "END:VCALENDAR",
                "");
    }

    private static String escape(String s) {
        return s == null
                ? ""
                : s.replace("\\", "\\\\")
                        .replace(";", "\\;")
                        .replace(",", "\\,")
                        .replace("\n", "\\n");
    }
}
