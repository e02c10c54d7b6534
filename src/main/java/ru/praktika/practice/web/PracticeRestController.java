package ru.praktika.practice.web;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import ru.praktika.practice.Mechanism;
import ru.praktika.practice.PracticeAction;
import ru.praktika.practice.PracticeCard;
import ru.praktika.practice.PracticeDraft;
import ru.praktika.practice.PracticeFilter;
import ru.praktika.practice.PracticeHistory;
import ru.praktika.practice.PracticeStatus;
import ru.praktika.practice.PracticeSummary;
import ru.praktika.practice.domain.PracticeQueries;
import ru.praktika.practice.domain.PracticeService;
import ru.praktika.shared.Actor;
import ru.praktika.shared.CurrentActor;
import ru.praktika.shared.InvalidRequestException;
import ru.praktika.shared.PageRequest;
import ru.praktika.shared.PageView;
import ru.praktika.shared.web.FileResponses;

@RestController
@RequestMapping("/api/v1/practices")
@Tag(name = "Практики", description = "Карточки практик, их связи с национальными проектами, движение и версии")
class PracticeRestController {

    private final PracticeService practices;
    private final PracticeQueries queries;

    PracticeRestController(PracticeService practices, PracticeQueries queries) {
        this.practices = practices;
        this.queries = queries;
    }

    @GetMapping
    @Operation(summary = "Поиск практик; видны опубликованные и те, что доступны вашей роли и региону")
    PageView<PracticeSummary> search(
            @RequestParam(required = false) String region,
            @RequestParam(required = false) String nationalProject,
            @RequestParam(required = false) String federalProject,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Boolean interMunicipal,
            @RequestParam(required = false) String mechanism,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        PracticeFilter filter = new PracticeFilter(
                blank(region),
                blank(nationalProject),
                blank(federalProject),
                parse(PracticeStatus.class, status, "status"),
                year,
                interMunicipal,
                parse(Mechanism.class, mechanism, "mechanism"),
                blank(q));
        return queries.search(CurrentActor.get(), filter, PageRequest.of(page, size));
    }

    @PostMapping
    @Operation(summary = "Создать карточку (черновик)")
    ResponseEntity<CardJson> create(@RequestBody PracticeDraft draft) {
        PracticeCard card = practices.create(CurrentActor.get(), draft);
        return ResponseEntity.created(URI.create("/api/v1/practices/" + card.id()))
                .body(json(card));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Карточка с действиями, доступными вам")
    CardJson card(@PathVariable long id) {
        return json(practices.card(CurrentActor.get(), id));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Изменить карточку; тело несёт version, устаревшая версия — 409")
    CardJson revise(@PathVariable long id, @RequestBody PracticeDraft draft) {
        return json(practices.revise(CurrentActor.get(), id, draft));
    }

    @PostMapping("/{id}/actions/{action}")
    @Operation(summary = "Шаг движения карточки: submit, forward, return, accept, publish; с комментарием")
    CardJson act(@PathVariable long id, @PathVariable String action, @RequestBody(required = false) Comment body) {
        PracticeAction step = PracticeAction.parse(action)
                .orElseThrow(() -> new InvalidRequestException(
                        "Неизвестное действие «" + action + "»: submit, forward, return, accept или publish"));
        return json(practices.act(CurrentActor.get(), id, step, body == null ? null : body.comment()));
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "Шаги движения карточки с комментариями")
    List<PracticeHistory.ActionView> history(@PathVariable long id) {
        return practices.history(CurrentActor.get(), id);
    }

    @GetMapping("/{id}/versions")
    @Operation(summary = "Сохранённые версии карточки")
    List<PracticeHistory.VersionView> versions(@PathVariable long id) {
        return practices.versions(CurrentActor.get(), id);
    }

    @GetMapping("/{id}/diff")
    @Operation(summary = "Что изменилось между двумя версиями")
    List<PracticeHistory.DiffLine> diff(@PathVariable long id, @RequestParam long from, @RequestParam long to) {
        return practices.diff(CurrentActor.get(), id, from, to);
    }

    @Operation(summary = "Комментарии к карточке")
    @GetMapping("/{id}/comments")
    List<PracticeHistory.CommentView> comments(@PathVariable long id) {
        return practices.comments(CurrentActor.get(), id);
    }

    @PostMapping("/{id}/comments")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Комментарий эксперта или автора")
    List<PracticeHistory.CommentView> comment(@PathVariable long id, @RequestBody Comment body) {
        practices.comment(
                CurrentActor.get(), id, body == null ? null : body.comment(), body == null ? null : body.field());
        return practices.comments(CurrentActor.get(), id);
    }

    @Operation(summary = "Файлы карточки")
    @GetMapping("/{id}/attachments")
    List<PracticeHistory.AttachmentView> attachments(@PathVariable long id) {
        return practices.attachments(CurrentActor.get(), id);
    }

    @PostMapping(path = "/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Приложить файл: PDF, DOCX, XLSX, JPG, PNG до 20 МБ (тип определяется по содержимому)")
    PracticeHistory.AttachmentView attach(@PathVariable long id, @RequestParam("file") MultipartFile file)
            throws IOException {
        return practices.attach(CurrentActor.get(), id, file.getOriginalFilename(), file.getBytes());
    }

    @GetMapping("/{id}/attachments/{attachmentId}")
    @Operation(summary = "Скачать вложение")
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long attachmentId) {
        PracticeService.AttachmentContent file = practices.download(CurrentActor.get(), id, attachmentId);
        return FileResponses.attachment(file.content(), file.contentType(), file.fileName());
    }

    private CardJson json(PracticeCard card) {
        Actor actor = CurrentActor.get();
        return new CardJson(card, practices.actions(actor, card.id()));
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("Неизвестное значение параметра «" + name + "»: " + value
                    + ". Допустимо: " + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }

    /**
     * A card with the actions the caller may take now.
     *
     * @param card the card
     * @param availableActions e.g. [SUBMIT]
     */
    record CardJson(@JsonUnwrapped PracticeCard card, Set<PracticeAction> availableActions) {}

    /**
     * A comment.
     *
     * @param comment its text
     * @param field the card field it is about (title, problem, results…), optional
     */
    record Comment(String comment, String field) {}
}
