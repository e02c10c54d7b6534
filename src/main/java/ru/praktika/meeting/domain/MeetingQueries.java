package ru.praktika.meeting.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import ru.praktika.meeting.InstructionView;
import ru.praktika.meeting.MeetingTypes;
import ru.praktika.meeting.MeetingView;
import ru.praktika.shared.Actor;

/** Reads of meetings and instructions, in SQL. */
@Component
public class MeetingQueries {

    /**
     * A meeting in a list.
     *
     * @param id its id
     * @param title title
     * @param kind kind
     * @param startsAt when
     * @param timeZone zone
     * @param state state
     * @param councilsPresent councils marked present
     * @param pressRelease state of its press release, or null
     */
    public record MeetingSummary(
            long id,
            String title,
            MeetingTypes.Kind kind,
            OffsetDateTime startsAt,
            String timeZone,
            MeetingTypes.State state,
            long councilsPresent,
            String pressRelease) {}

    /**
     * A press release.
     *
     * @param meetingId the meeting
     * @param title title
     * @param text text
     * @param state DRAFT or PUBLISHED
     * @param publishedAt when published
     */
    public record PressRelease(long meetingId, String title, String text, String state, OffsetDateTime publishedAt) {}

    private static final String INSTRUCTION_SELECT = """
            select i.id, i.meeting_id, m.title as meeting_title, (m.starts_at at time zone m.time_zone)::date as meeting_date,
                   i.decision_id, i.text, i.assignee_organization_id, i.assignee_name, i.assignee_region, i.deadline,
                   i.status, i.report, i.reported_by, i.reported_at, i.on_agenda_of, i.origin, i.agreement_id,
                   i.agreement_label, i.produced_agreement_id, i.produced_agreement_label
            from meeting.instructions i left join meeting.meetings m on m.id = i.meeting_id
            """;

    private final JdbcClient jdbc;

    MeetingQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every meeting, unfiltered (the secretariat's view; pages and the API ask {@link MeetingService#meetings}). */
    public List<MeetingSummary> meetings() {
        return meetings(Actor.SYSTEM);
    }

    /** The meetings the viewer may read, newest first; a press release shows only to those who may read it. */
    List<MeetingSummary> meetings(Actor viewer) {
        return jdbc.sql("""
                        select m.id, m.title, m.kind, m.starts_at, m.time_zone, m.state,
                               (select count(*) from meeting.participants p
                                where p.meeting_id = m.id and p.kind = 'COUNCIL' and p.present) as councils_present,
                               (select r.state from meeting.press_releases r
                                where r.meeting_id = m.id and (:viewerAdmin or r.state = 'PUBLISHED')) as press_release
                        from meeting.meetings m
                        where """ + MeetingPermissions.READABLE + """

                        order by m.starts_at desc
                        """)
                .params(MeetingPermissions.viewer(viewer))
                .query((rs, i) -> new MeetingSummary(
                        rs.getLong("id"),
                        rs.getString("title"),
                        MeetingTypes.Kind.valueOf(rs.getString("kind")),
                        rs.getObject("starts_at", OffsetDateTime.class),
                        rs.getString("time_zone"),
                        MeetingTypes.State.valueOf(rs.getString("state")),
                        rs.getLong("councils_present"),
                        rs.getString("press_release")))
                .list();
    }

    /**
     * The number of the minutes: fixed when the meeting was closed; until then the meeting's place among the meetings of
     * its calendar year, by date (the register of protocols starts anew each year).
     */
    public int minutesNumber(long id) {
        return jdbc.sql("""
                        select coalesce(m.minutes_number, count(*)) from meeting.meetings o, meeting.meetings m
                        where m.id = :id
                          and extract(year from o.starts_at at time zone o.time_zone)
                              = extract(year from m.starts_at at time zone m.time_zone)
                          and (o.starts_at, o.id) <= (m.starts_at, m.id)
                        group by m.minutes_number
                        """).param("id", id).query(Integer.class).single();
    }

    /** Whether the viewer may read the meeting (false when there is none). */
    boolean readable(long id, Actor viewer) {
        return jdbc.sql("select exists (select 1 from meeting.meetings m where m.id = :id and "
                        + MeetingPermissions.READABLE + ")")
                .param("id", id)
                .params(MeetingPermissions.viewer(viewer))
                .query(Boolean.class)
                .single();
    }

    /** Whether the viewer may read the entry of the register: its meeting, or an agreement's obligation. */
    boolean readable(InstructionView i, Actor viewer) {
        if (i.meetingId() != null) {
            return readable(i.meetingId(), viewer);
        }
        return jdbc.sql("select exists (select 1 from meeting.instructions i left join meeting.meetings m"
                        + " on m.id = i.meeting_id where i.id = :id and " + MeetingPermissions.REGISTER_READABLE + ")")
                .param("id", i.id())
                .params(MeetingPermissions.viewer(viewer))
                .query(Boolean.class)
                .single();
    }

    public Optional<MeetingView> meeting(long id) {
        return jdbc.sql("select * from meeting.meetings where id = :id")
                .param("id", id)
                .query((rs, i) -> meeting(rs))
                .optional();
    }

    private MeetingView meeting(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        List<MeetingView.Participant> participants = jdbc.sql("""
                        select id, kind, organization_id, organization_name, region_code, person_name, position, present
                        from meeting.participants where meeting_id = :id
                        order by case kind when 'ASSOCIATION' then 0 when 'FEDERAL_BODY' then 1 when 'PARTNER' then 2
                                 when 'OTHER' then 3 else 4 end, region_code, id
                        """)
                .param("id", id)
                .query((r, n) -> new MeetingView.Participant(
                        r.getLong(1),
                        MeetingTypes.ParticipantKind.valueOf(r.getString(2)),
                        (Long) r.getObject(3),
                        r.getString(4),
                        r.getString(5),
                        r.getString(6),
                        r.getString(7),
                        r.getBoolean(8)))
                .list();
        Map<Long, MeetingView.Item> items = new LinkedHashMap<>();
        jdbc.sql("select id, position, title, duration_minutes, subject, materials from meeting.agenda_items"
                        + " where meeting_id = :id order by position, id")
                .param("id", id)
                .query((r, n) -> new MeetingView.Item(
                        r.getLong(1),
                        r.getInt(2),
                        r.getString(3),
                        (Integer) r.getObject(4),
                        r.getString(5),
                        r.getString(6),
                        new java.util.ArrayList<>(),
                        new java.util.ArrayList<>()))
                .list()
                .forEach(item -> items.put(item.id(), item));
        if (!items.isEmpty()) {
            jdbc.sql("select item_id, id, role, person_name, position, summary from meeting.speeches"
                            + " where item_id in (:items) order by item_id, ordinal, id")
                    .param("items", items.keySet())
                    .query((r, n) -> Map.entry(
                            r.getLong(1),
                            new MeetingView.Speech(
                                    r.getLong(2),
                                    MeetingTypes.SpeechRole.valueOf(r.getString(3)),
                                    r.getString(4),
                                    r.getString(5),
                                    r.getString(6))))
                    .list()
                    .forEach(e -> items.get(e.getKey()).speeches().add(e.getValue()));
            jdbc.sql(
                            "select item_id, id, text from meeting.decisions where item_id in (:items) order by item_id, ordinal, id")
                    .param("items", items.keySet())
                    .query((r, n) -> Map.entry(r.getLong(1), new MeetingView.Decision(r.getLong(2), r.getString(3))))
                    .list()
                    .forEach(e -> items.get(e.getKey()).decisions().add(e.getValue()));
        }
        return new MeetingView(
                id,
                rs.getString("title"),
                MeetingTypes.Kind.valueOf(rs.getString("kind")),
                rs.getObject("starts_at", OffsetDateTime.class),
                rs.getString("time_zone"),
                rs.getInt("duration_minutes"),
                rs.getString("place"),
                rs.getString("link"),
                rs.getString("organizer"),
                rs.getString("chair_name"),
                rs.getString("chair_position"),
                rs.getString("secretary_name"),
                rs.getString("closing_name"),
                rs.getString("closing_position"),
                rs.getString("closing_remarks"),
                MeetingTypes.State.valueOf(rs.getString("state")),
                participants,
                List.copyOf(items.values()),
                instructions(" where i.meeting_id = :v", id, null, null, false, null),
                rs.getLong("version"));
    }

    /** The register: all instructions, filtered. */
    public List<InstructionView> instructions(MeetingTypes.InstructionStatus status, String assignee, boolean overdue) {
        return instructions(" where true", null, status, assignee, overdue, null);
    }

    /**
     * The register as the viewer may see it: the instructions of the meetings they may read, each report only to those
     * who answer for the instruction.
     */
    List<InstructionView> instructions(
            Actor viewer, MeetingTypes.InstructionStatus status, String assignee, boolean overdue) {
        return instructions(viewer, status, assignee, overdue, null);
    }

    /** The register as the viewer may see it, of one origin (meetings or agreements) or of both when null. */
    List<InstructionView> instructions(
            Actor viewer,
            MeetingTypes.InstructionStatus status,
            String assignee,
            boolean overdue,
            MeetingTypes.InstructionOrigin origin) {
        return instructions(" where " + MeetingPermissions.REGISTER_READABLE, viewer, status, assignee, overdue, origin)
                .stream()
                .map(i -> MeetingPermissions.shownTo(viewer, i))
                .toList();
    }

    /** One instruction. */
    public java.util.Optional<InstructionView> instruction(long id) {
        return instructions(" where i.id = :v", id, null, null, false, null).stream()
                .findFirst();
    }

    /** The obligations of an agreement, by deadline (the caller checks who may read them). */
    public List<InstructionView> obligationsOf(long agreementId) {
        return instructions(" where i.agreement_id = :v", agreementId, null, null, false, null);
    }

    /** The instructions that produced the agreement (normally one). */
    public List<InstructionView> producing(long agreementId) {
        return instructions(" where i.produced_agreement_id = :v", agreementId, null, null, false, null);
    }

    /** Overdue instructions not yet taken up by another meeting: proposed for the next agenda. */
    public List<InstructionView> proposedFor(long meetingId) {
        return instructions(
                " where (i.meeting_id is null or i.meeting_id <> :v) and i.on_agenda_of is null",
                meetingId,
                null,
                null,
                true,
                null);
    }

    private List<InstructionView> instructions(
            String where,
            Object value,
            MeetingTypes.InstructionStatus status,
            String assignee,
            boolean overdue,
            MeetingTypes.InstructionOrigin origin) {
        StringBuilder sql = new StringBuilder(INSTRUCTION_SELECT).append(where);
        Map<String, Object> params = new LinkedHashMap<>();
        if (value instanceof Actor viewer) {
            params.putAll(MeetingPermissions.viewer(viewer));
        } else if (value != null) {
            params.put("v", value);
        }
        if (status != null) {
            sql.append(" and i.status = :status");
            params.put("status", status.name());
        }
        if (assignee != null && !assignee.isBlank()) {
            sql.append(" and i.assignee_name ilike :assignee");
            params.put("assignee", "%" + assignee.strip() + "%");
        }
        if (overdue) {
            sql.append(" and i.status <> 'DONE' and i.deadline < current_date");
        }
        if (origin != null) {
            sql.append(" and i.origin = :origin");
            params.put("origin", origin.name());
        }
        sql.append(" order by i.deadline, i.id");
        LocalDate today = LocalDate.now();
        return jdbc.sql(sql.toString())
                .params(params)
                .query((rs, i) -> {
                    MeetingTypes.InstructionStatus s = MeetingTypes.InstructionStatus.valueOf(rs.getString("status"));
                    LocalDate deadline = rs.getObject("deadline", LocalDate.class);
                    java.sql.Timestamp reported = rs.getTimestamp("reported_at");
                    return new InstructionView(
                            rs.getLong("id"),
                            (Long) rs.getObject("meeting_id"),
                            rs.getString("meeting_title"),
                            rs.getObject("meeting_date", LocalDate.class),
                            (Long) rs.getObject("decision_id"),
                            rs.getString("text"),
                            (Long) rs.getObject("assignee_organization_id"),
                            rs.getString("assignee_name"),
                            rs.getString("assignee_region"),
                            deadline,
                            s,
                            s != MeetingTypes.InstructionStatus.DONE && deadline.isBefore(today),
                            rs.getString("report"),
                            rs.getString("reported_by"),
                            reported == null ? null : reported.toInstant(),
                            (Long) rs.getObject("on_agenda_of"),
                            MeetingTypes.InstructionOrigin.valueOf(rs.getString("origin")),
                            (Long) rs.getObject("agreement_id"),
                            rs.getString("agreement_label"),
                            (Long) rs.getObject("produced_agreement_id"),
                            rs.getString("produced_agreement_label"));
                })
                .list();
    }

    public List<ru.praktika.meeting.MeetingFile> files(long meetingId) {
        return jdbc.sql("select " + FILE_COLUMNS + " from meeting.files where meeting_id = :m order by id")
                .param("m", meetingId)
                .query(MeetingQueries::file)
                .list();
    }

    /** One file's description. */
    Optional<ru.praktika.meeting.MeetingFile> file(long id) {
        return jdbc.sql("select " + FILE_COLUMNS + " from meeting.files where id = :id")
                .param("id", id)
                .query(MeetingQueries::file)
                .optional();
    }

    /**
     * SQL condition on {@code meeting.files}: a material of the agenda, or a file of a report the viewer answers for
     * (the secretariat, the council the instruction is assigned to).
     */
    static final String FILE_SHOWN = """
            (files.instruction_id is null or :viewerAdmin
             or exists (select 1 from meeting.instructions fi
                        where fi.id = files.instruction_id and fi.assignee_region = cast(:viewerRegion as text)))""";

    /** The meeting's files the viewer may see (the meeting itself is checked by the caller). */
    List<ru.praktika.meeting.MeetingFile> files(long meetingId, Actor viewer) {
        return jdbc.sql("select " + FILE_COLUMNS + " from meeting.files where meeting_id = :m and " + FILE_SHOWN
                        + " order by id")
                .param("m", meetingId)
                .params(MeetingPermissions.viewer(viewer))
                .query(MeetingQueries::file)
                .list();
    }

    private static final String FILE_COLUMNS =
            "id, meeting_id, item_id, instruction_id, file_name, content_type, size_bytes, uploaded_by, uploaded_at";

    private static ru.praktika.meeting.MeetingFile file(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new ru.praktika.meeting.MeetingFile(
                rs.getLong(1),
                (Long) rs.getObject(2),
                (Long) rs.getObject(3),
                (Long) rs.getObject(4),
                rs.getString(5),
                rs.getString(6),
                rs.getLong(7),
                rs.getString(8),
                rs.getTimestamp(9).toInstant());
    }

    /** Files attached to the reports the viewer answers for, by instruction. */
    Map<Long, List<ru.praktika.meeting.MeetingFile>> reportFiles(Actor viewer) {
        Map<Long, List<ru.praktika.meeting.MeetingFile>> byInstruction = new LinkedHashMap<>();
        jdbc.sql("select " + FILE_COLUMNS + " from meeting.files where instruction_id is not null and " + FILE_SHOWN
                        + " order by id")
                .params(MeetingPermissions.viewer(viewer))
                .query(MeetingQueries::file)
                .list()
                .forEach(f -> byInstruction
                        .computeIfAbsent(f.instructionId(), k -> new java.util.ArrayList<>())
                        .add(f));
        return byInstruction;
    }

    public Optional<PressRelease> pressRelease(long meetingId) {
        return jdbc.sql("select meeting_id, title, text, state, published_at from meeting.press_releases"
                        + " where meeting_id = :m")
                .param("m", meetingId)
                .query((rs, i) -> new PressRelease(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getObject(5, OffsetDateTime.class)))
                .optional();
    }

    public List<PressRelease> published() {
        return jdbc.sql("select meeting_id, title, text, state, published_at from meeting.press_releases"
                        + " where state = 'PUBLISHED' order by published_at desc limit 50")
                .query((rs, i) -> new PressRelease(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getObject(5, OffsetDateTime.class)))
                .list();
    }
}
