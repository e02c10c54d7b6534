package ru.praktika.meeting.domain;

import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.praktika.meeting.InstructionView;
import ru.praktika.meeting.MeetingFile;
import ru.praktika.shared.AccessDeniedException;
import ru.praktika.shared.Actor;
import ru.praktika.shared.AuditedAction;
import ru.praktika.shared.FileTypes;
import ru.praktika.shared.InvalidRequestException;
import ru.praktika.shared.NotFoundException;

/**
 * Files of meetings: materials of agenda items (the secretariat) and files of instruction reports (those responsible).
 * PDF, DOCX, XLSX, JPG, PNG up to 20 MB, recognised by content; materials are read by those who may see the meeting,
 * a report's files by those who answer for the instruction.
 */
@Service
public class MeetingFiles {

    public static final long MAX_BYTES = 20L * 1024 * 1024;

    private final JdbcClient jdbc;
    private final MeetingService meetings;
    private final MeetingQueries queries;
    private final ApplicationEventPublisher events;

    MeetingFiles(JdbcClient jdbc, MeetingService meetings, MeetingQueries queries, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.meetings = meetings;
        this.queries = queries;
        this.events = events;
    }

    /**
     * A file's bytes for download.
     *
     * @param fileName name
     * @param contentType type
     * @param content bytes
     */
    public record Content(String fileName, String contentType, byte[] content) {}

    @Transactional
    public MeetingFile attachMaterial(Actor actor, long meetingId, long itemId, String fileName, byte[] content) {
        if (!MeetingService.canRecord(actor)) {
            throw new AccessDeniedException("Материалы к повестке прикладывает секретариат");
        }
        boolean ours = meetings.requireOpen(actor, meetingId).items().stream().anyMatch(i -> i.id() == itemId);
        if (!ours) {
            throw new NotFoundException("Вопрос повестки №" + itemId + " не найден на этом совещании");
        }
        return store(actor, meetingId, itemId, null, fileName, content);
    }

    @Transactional
    public MeetingFile attachToReport(Actor actor, long instructionId, String fileName, byte[] content) {
        InstructionView i = MeetingPermissions.requireResponsible(
                queries, actor, instructionId, "Прикладывать файлы к отчёту может ответственный за поручение");
        return store(actor, i.meetingId(), null, instructionId, fileName, content);
    }

    @Transactional(readOnly = true)
    public List<MeetingFile> files(Actor actor, long meetingId) {
        meetings.meeting(actor, meetingId);
        return queries.files(meetingId, actor);
    }

    /** Files of the reports the actor answers for, by instruction. */
    @Transactional(readOnly = true)
    public Map<Long, List<MeetingFile>> reportFiles(Actor actor) {
        return actor.isAuthenticated() ? queries.reportFiles(actor) : Map.of();
    }

    @Transactional(readOnly = true)
    public Content download(Actor actor, long meetingId, long fileId) {
        meetings.meeting(actor, meetingId);
        return jdbc.sql("select file_name, content_type, content from meeting.files where id = :f and meeting_id = :m"
                        + " and " + MeetingQueries.FILE_SHOWN)
                .param("f", fileId)
                .param("m", meetingId)
                .params(MeetingPermissions.viewer(actor))
                .query((rs, n) -> new Content(rs.getString(1), rs.getString(2), rs.getBytes(3)))
                .optional()
                .orElseThrow(() -> new NotFoundException("Файл не найден"));
    }

    /** A file of the report on an entry of the register (for an agreement's obligation, which has no meeting). */
    @Transactional(readOnly = true)
    public Content downloadReportFile(Actor actor, long instructionId, long fileId) {
        MeetingPermissions.requireResponsible(
                queries, actor, instructionId, "Файлы отчёта видит ответственный за поручение");
        return jdbc.sql("select file_name, content_type, content from meeting.files where id = :f"
                        + " and instruction_id = :i")
                .param("f", fileId)
                .param("i", instructionId)
                .query((rs, n) -> new Content(rs.getString(1), rs.getString(2), rs.getBytes(3)))
                .optional()
                .orElseThrow(() -> new NotFoundException("Файл не найден"));
    }

    private MeetingFile store(
            Actor actor, Long meetingId, Long itemId, Long instructionId, String fileName, byte[] content) {
        if (content.length == 0 || content.length > MAX_BYTES) {
            throw InvalidRequestException.ofFields(Map.of("file", "Файл пуст или больше 20 МБ"));
        }
        String type = FileTypes.recognise(content)
                .orElseThrow(
                        () -> InvalidRequestException.ofFields(
                                Map.of(
                                        "file",
                                        "Можно приложить PDF, DOCX, XLSX, JPG или PNG; содержимое этого файла не относится ни к одному из них")));
        String name = FileTypes.safeName(fileName, type, "материал");
        long id = jdbc.sql("""
                        insert into meeting.files (meeting_id, item_id, instruction_id, file_name, content_type, size_bytes,
                                                   sha256, uploaded_by, content)
                        values (:m, :i, :n, :f, :t, :s, :h, :by, :c) returning id
                        """)
                .param("m", meetingId)
                .param("i", itemId)
                .param("n", instructionId)
                .param("f", name)
                .param("t", type)
                .param("s", content.length)
                .param("h", FileTypes.sha256(content))
                .param("by", actor.username())
                .param("c", content)
                .query(Long.class)
                .single();
        events.publishEvent(
                meetingId == null
                        ? AuditedAction.by(
                                actor,
                                "instruction.attach",
                                "instruction",
                                instructionId,
                                Map.of("file", id, "name", name))
                        : AuditedAction.by(
                                actor, "meeting.attach", "meeting", meetingId, Map.of("file", id, "name", name)));
        return queries.file(id).orElseThrow();
    }
}
