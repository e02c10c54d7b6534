package ru.praktika.partnership.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import ru.praktika.meeting.InstructionView;
import ru.praktika.partnership.AgreementState;
import ru.praktika.partnership.AgreementSummary;
import ru.praktika.partnership.AgreementView;
import ru.praktika.partnership.PartnerView;
import ru.praktika.partnership.PartnershipCommands;
import ru.praktika.partnership.domain.Agreements;
import ru.praktika.partnership.domain.Partners;
import ru.praktika.shared.CurrentActor;
import ru.praktika.shared.InvalidRequestException;
import ru.praktika.shared.web.FileResponses;

/** The partners' and agreements' JSON API: the same services and permissions as the pages. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Партнёрства", description = "Партнёры ассоциации и соглашения с ними: жизненный цикл, скан, обязательства")
@ApiResponse(
        responseCode = "400",
        description = "Неверные данные: русское сообщение, errors — по полям",
        content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "401", description = "Нужен вход", content = @Content)
@ApiResponse(
        responseCode = "403",
        description = "Недостаточно прав (пишет секретариат)",
        content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(
        responseCode = "404",
        description = "Нет такого объекта или он не виден (проект соглашения — только секретариату)",
        content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(
        responseCode = "409",
        description = "Недопустимый переход состояния или одновременная правка",
        content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
class PartnershipRestController {

    private final Partners partners;
    private final Agreements agreements;

    PartnershipRestController(Partners partners, Agreements agreements) {
        this.partners = partners;
        this.agreements = agreements;
    }

    @GetMapping("/partners")
    @Operation(summary = "Партнёры ассоциации (для вошедших)")
    List<PartnerView> partners() {
        return partners.partners(CurrentActor.get());
    }

    @PostMapping("/partners")
    @Operation(summary = "Добавить партнёра: организацию из справочника (organizationId) или по названию (секретариат)")
    ResponseEntity<PartnerView> createPartner(@RequestBody PartnershipCommands.PartnerDetails body) {
        long id = partners.create(CurrentActor.get(), body == null ? empty() : body);
        return ResponseEntity.created(URI.create("/api/v1/partners/" + id))
                .body(partners.partner(CurrentActor.get(), id));
    }

    @GetMapping("/partners/{id}")
    @Operation(summary = "Партнёр с контактами")
    PartnerView partner(@PathVariable long id) {
        return partners.partner(CurrentActor.get(), id);
    }

    @PutMapping("/partners/{id}")
    @Operation(summary = "Изменить сведения и контакты партнёра (секретариат; version — для защиты от затирания)")
    PartnerView updatePartner(@PathVariable long id, @RequestBody PartnershipCommands.PartnerDetails body) {
        return partners.update(CurrentActor.get(), id, body == null ? empty() : body);
    }

    @GetMapping("/agreements")
    @Operation(summary = "Соглашения (проекты и согласованные — только секретариату), новые сверху")
    List<AgreementSummary> agreements(
            @RequestParam(required = false) AgreementState state, @RequestParam(required = false) Long partner) {
        return agreements.agreements(CurrentActor.get(), state, partner);
    }

    @PostMapping("/agreements")
    @Operation(
            summary = "Подготовить проект соглашения, в том числе по поручению совещания (instructionId; секретариат)")
    ResponseEntity<AgreementView> draft(@RequestBody PartnershipCommands.NewAgreement body) {
        if (body == null) {
            throw new InvalidRequestException("Опишите соглашение");
        }
        long id = agreements.draft(CurrentActor.get(), body);
        return ResponseEntity.created(URI.create("/api/v1/agreements/" + id))
                .body(agreements.agreement(CurrentActor.get(), id));
    }

    @GetMapping("/agreements/{id}")
    @Operation(summary = "Соглашение: стороны, подписанты, даты, история, файлы, обязательства, программы")
    AgreementView agreement(@PathVariable long id) {
        return agreements.agreement(CurrentActor.get(), id);
    }

    @PostMapping("/agreements/{id}/actions/{action}")
    @Operation(
            summary = "Перевести соглашение: agree (согласовать), sign (подписать — нужен скан), activate (ввести в"
                    + " действие), terminate (расторгнуть — comment с причиной); секретариат")
    AgreementView act(
            @PathVariable long id,
            @PathVariable String action,
            @RequestBody(required = false) PartnershipCommands.Transition body) {
        PartnershipCommands.Transition t = body == null ? new PartnershipCommands.Transition(null, null) : body;
        return switch (action) {
            case "agree" -> agreements.agree(CurrentActor.get(), id, t);
            case "sign" -> agreements.sign(CurrentActor.get(), id, t);
            case "activate" -> agreements.activate(CurrentActor.get(), id, t);
            case "terminate" -> agreements.terminate(CurrentActor.get(), id, t);
            default -> throw new InvalidRequestException("Действие: agree, sign, activate или terminate");
        };
    }

    @PostMapping(path = "/agreements/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Приложить файл: scan=true — скан подписанного соглашения (PDF, JPG, PNG), иначе также DOCX,"
                    + " XLSX; до 20 МБ, тип по содержимому (секретариат)")
    AgreementView.AgreementFile attach(
            @PathVariable long id,
            @RequestParam("file") MultipartFile file,
            @RequestParam(defaultValue = "false") boolean scan) {
        return agreements.attach(
                CurrentActor.get(), id, scan, PartnershipForms.name(file), PartnershipForms.bytes(file));
    }

    @GetMapping("/agreements/{id}/attachments/{fileId}")
    @Operation(summary = "Скачать файл соглашения")
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long fileId) {
        Agreements.Content c = agreements.download(CurrentActor.get(), id, fileId);
        return FileResponses.attachment(c.content(), c.contentType(), c.fileName());
    }

    @GetMapping("/agreements/{id}/obligations")
    @Operation(summary = "Обязательства по соглашению — записи единого реестра поручений")
    List<InstructionView> obligations(@PathVariable long id) {
        return agreements.obligations(CurrentActor.get(), id);
    }

    @PostMapping("/agreements/{id}/obligations")
    @Operation(summary = "Записать обязательство в единый реестр поручений (секретариат)")
    ResponseEntity<List<InstructionView>> addObligation(
            @PathVariable long id, @RequestBody PartnershipCommands.NewObligation body) {
        agreements.addObligation(
                CurrentActor.get(),
                id,
                body == null ? new PartnershipCommands.NewObligation(null, null, null, null) : body);
        return ResponseEntity.status(201).body(agreements.obligations(CurrentActor.get(), id));
    }

    private static PartnershipCommands.PartnerDetails empty() {
        return new PartnershipCommands.PartnerDetails(
                null, null, null, null, null, null, null, null, null, null, null, null);
    }
}
