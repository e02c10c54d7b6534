package ru.praktika.meeting.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ru.praktika.meeting.InstructionView;
import ru.praktika.meeting.MeetingCommands;
import ru.praktika.meeting.MeetingTypes;
import ru.praktika.meeting.MeetingView;
import ru.praktika.meeting.domain.MeetingDocuments;
import ru.praktika.meeting.domain.MeetingQueries;
import ru.praktika.meeting.domain.MeetingService;
import ru.praktika.shared.CurrentActor;
import ru.praktika.shared.InvalidRequestException;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Совещания", description = "Совещания, перекличка, повестка, решения, поручения, протокол, пресс-релиз")
class MeetingRestController {

    private final MeetingService meetings;
    private final MeetingQueries queries;
    private final MeetingDocuments documents;
    private final ru.praktika.meeting.domain.MeetingFiles files;

    MeetingRestController(
            MeetingService meetings,
            MeetingQueries queries,
            MeetingDocuments documents,
            ru.praktika.meeting.domain.MeetingFiles files) {
        this.meetings = meetings;
        this.queries = queries;
        this.documents = documents;
        this.files = files;
    }

    @GetMapping("/meetings")
    @Operation(summary = "Совещания, новые сверху")
    List<MeetingQueries.MeetingSummary> list() {
        return meetings.meetings(CurrentActor.get());
    }

    @PostMapping("/meetings")
    @Operation(summary = "Назначить совещание (секретариат)")
    ResponseEntity<MeetingView> schedule(
            @jakarta.validation.Valid @RequestBody MeetingCommands.MeetingDetails details) {
        long id = meetings.schedule(CurrentActor.get(), details);
        return ResponseEntity.created(URI.create("/api/v1/meetings/" + id))
                .body(meetings.meeting(CurrentActor.get(), id));
    }

    @Operation(summary = "Совещание со всей записью: участники, повестка, решения, поручения")
    @GetMapping("/meetings/{id}")
    MeetingView meeting(@PathVariable long id) {
        return meetings.meeting(CurrentActor.get(), id);
    }

    @Operation(summary = "Изменить сведения о совещании (секретариат; закрытое не меняется)")
    @PutMapping("/meetings/{id}")
    MeetingView amend(
            @PathVariable long id, @jakarta.validation.Valid @RequestBody MeetingCommands.MeetingDetails details) {
        meetings.amend(CurrentActor.get(), id, details);
        return meeting(id);
    }

    @PostMapping("/meetings/{id}/actions/{action}")
    @Operation(summary = "announce (объявить), hold (проведено), close (закрыть)")
    MeetingView advance(@PathVariable long id, @PathVariable String action) {
        MeetingTypes.State to = switch (action) {
            case "announce" -> MeetingTypes.State.ANNOUNCED;
            case "hold" -> MeetingTypes.State.HELD;
            case "close" -> MeetingTypes.State.CLOSED;
            default -> throw new InvalidRequestException("Действие: announce, hold или close");
        };
        meetings.advance(CurrentActor.get(), id, to);
        return meeting(id);
    }

    @Operation(summary = "Добавить участника совещания")
    @PostMapping("/meetings/{id}/participants")
    MeetingView addParticipant(
            @PathVariable long id, @jakarta.validation.Valid @RequestBody MeetingCommands.NewParticipant participant) {
        meetings.addParticipant(CurrentActor.get(), id, participant);
        return meeting(id);
    }

    @PostMapping("/meetings/{id}/participants/invite-councils")
    @Operation(summary = "Пригласить советы МО всех 89 регионов")
    MeetingView inviteCouncils(@PathVariable long id) {
        meetings.inviteAllCouncils(CurrentActor.get(), id);
        return meeting(id);
    }

    @PutMapping("/meetings/{id}/participants/{participantId}")
    @Operation(summary = "Перекличка: присутствие и кто выступал от организации")
    MeetingView rollCall(@PathVariable long id, @PathVariable long participantId, @RequestBody Presence body) {
        meetings.markPresence(
                CurrentActor.get(), id, participantId, body.present(), body.personName(), body.position());
        return meeting(id);
    }

    @Operation(summary = "Добавить вопрос повестки")
    @PostMapping("/meetings/{id}/items")
    MeetingView addItem(@PathVariable long id, @jakarta.validation.Valid @RequestBody MeetingCommands.NewItem item) {
        meetings.addItem(CurrentActor.get(), id, item);
        return meeting(id);
    }

    @Operation(summary = "Добавить выступление по вопросу повестки")
    @PostMapping("/meetings/{id}/items/{itemId}/speeches")
    MeetingView addSpeech(
            @PathVariable long id,
            @PathVariable long itemId,
            @jakarta.validation.Valid @RequestBody MeetingCommands.NewSpeech speech) {
        meetings.addSpeech(CurrentActor.get(), id, itemId, speech);
        return meeting(id);
    }

    @Operation(summary = "Записать решение по вопросу повестки")
    @PostMapping("/meetings/{id}/items/{itemId}/decisions")
    MeetingView adoptDecision(@PathVariable long id, @PathVariable long itemId, @RequestBody Text body) {
        meetings.adoptDecision(CurrentActor.get(), id, itemId, body.text());
        return meeting(id);
    }

    @Operation(summary = "Дать поручение: что, кому, в какой срок")
    @PostMapping("/meetings/{id}/instructions")
    MeetingView assign(@PathVariable long id, @RequestBody NewInstructionBody body) {
        meetings.assignInstruction(
                CurrentActor.get(),
                id,
                body.decisionId(),
                new MeetingCommands.NewInstruction(
                        body.text(), body.assigneeOrganizationId(), body.assigneeName(), body.deadline()));
        return meeting(id);
    }

    @Operation(summary = "Записать заключительное слово председательствующего")
    @PostMapping("/meetings/{id}/closing")
    MeetingView closing(@PathVariable long id, @jakarta.validation.Valid @RequestBody MeetingCommands.Closing body) {
        meetings.recordClosing(CurrentActor.get(), id, body);
        return meeting(id);
    }

    @GetMapping("/instructions")
    @Operation(
            summary = "Единый реестр поручений: поручения совещаний и обязательства по соглашениям"
                    + " (origin=MEETING|AGREEMENT)")
    List<InstructionView> instructions(
            @RequestParam(required = false) MeetingTypes.InstructionStatus status,
            @RequestParam(required = false) String assignee,
            @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(required = false) MeetingTypes.InstructionOrigin origin) {
        return meetings.instructions(CurrentActor.get(), status, assignee, overdue, origin);
    }

    @PostMapping("/instructions/{id}/report")
    @Operation(summary = "Отчёт ответственного: IN_PROGRESS или DONE с текстом")
    void report(@PathVariable long id, @RequestBody Report body) {
        meetings.reportBack(CurrentActor.get(), id, body.status(), body.report());
    }

    @PostMapping("/meetings/{id}/press-release")
    @Operation(summary = "Подготовить пресс-релиз по записи совещания (черновик)")
    MeetingQueries.PressRelease draft(@PathVariable long id) {
        return meetings.draftPressRelease(CurrentActor.get(), id);
    }

    @Operation(summary = "Изменить текст пресс-релиза")
    @PutMapping("/meetings/{id}/press-release")
    MeetingQueries.PressRelease edit(@PathVariable long id, @RequestBody PressReleaseBody body) {
        meetings.editPressRelease(CurrentActor.get(), id, body.title(), body.text());
        return queries.pressRelease(id).orElseThrow();
    }

    @Operation(summary = "Опубликовать пресс-релиз в новостях")
    @PostMapping("/meetings/{id}/press-release/publish")
    MeetingQueries.PressRelease publish(@PathVariable long id) {
        meetings.publishPressRelease(CurrentActor.get(), id);
        return queries.pressRelease(id).orElseThrow();
    }

    @GetMapping("/meetings/{id}/minutes")
    @Operation(summary = "Протокол: format=DOCX или PDF")
    ResponseEntity<byte[]> minutes(@PathVariable long id, @RequestParam(defaultValue = "DOCX") String format) {
        return MeetingDownloads.minutes(documents, id, format);
    }

    @PostMapping(path = "/meetings/{id}/items/{itemId}/materials", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Приложить материал к вопросу повестки (PDF, DOCX, XLSX, JPG, PNG до 20 МБ)")
    ru.praktika.meeting.MeetingFile material(
            @PathVariable long id,
            @PathVariable long itemId,
            @RequestParam("file") org.springframework.web.multipart.MultipartFile file)
            throws java.io.IOException {
        return files.attachMaterial(CurrentActor.get(), id, itemId, file.getOriginalFilename(), file.getBytes());
    }

    @PostMapping(path = "/instructions/{id}/files", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Приложить файл к отчёту о поручении")
    ru.praktika.meeting.MeetingFile reportFile(
            @PathVariable long id, @RequestParam("file") org.springframework.web.multipart.MultipartFile file)
            throws java.io.IOException {
        return files.attachToReport(CurrentActor.get(), id, file.getOriginalFilename(), file.getBytes());
    }

    @Operation(summary = "Скачать материал совещания")
    @GetMapping("/meetings/{id}/files/{fileId}")
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long fileId) {
        return MeetingDownloads.file(files.download(CurrentActor.get(), id, fileId));
    }

    @Operation(summary = "Совещание в формате календаря (ICS)")
    @GetMapping("/meetings/{id}/calendar.ics")
    ResponseEntity<byte[]> ics(@PathVariable long id) {
        return MeetingDownloads.ics(documents, id);
    }

    /**
     * @param present marked present
     * @param personName who spoke for the organization
     * @param position as printed
     */
    record Presence(boolean present, String personName, String position) {}

    /** @param text a decision */
    record Text(String text) {}

    /**
     * @param decisionId the decision it carries out
     * @param text what to do
     * @param assigneeOrganizationId responsible organization
     * @param assigneeName or a name
     * @param deadline by when
     */
    record NewInstructionBody(
            Long decisionId, String text, Long assigneeOrganizationId, String assigneeName, LocalDate deadline) {}

    /**
     * @param status IN_PROGRESS or DONE
     * @param report what was done
     */
    record Report(MeetingTypes.InstructionStatus status, String report) {}

    /**
     * @param title headline
     * @param text text
     */
    record PressReleaseBody(String title, String text) {}

    static final MediaType DOCX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
}
