package ru.praktika.linkage.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ru.praktika.linkage.Finding;
import ru.praktika.linkage.SimilarPractice;
import ru.praktika.linkage.Suggestions;
import ru.praktika.linkage.domain.LinkageModels;
import ru.praktika.linkage.domain.LinkageService;
import ru.praktika.nationalproject.Period;
import ru.praktika.shared.CurrentActor;
import ru.praktika.shared.InvalidRequestException;

@RestController
@Tag(name = "Связь с нацпроектами", description = "Подсказки по тексту, проверка связи, похожие практики")
class LinkageRestController {

    static final int MAX_TEXT = 50_000;

    private final LinkageModels models;
    private final LinkageService linkage;

    LinkageRestController(LinkageModels models, LinkageService linkage) {
        this.models = models;
        this.linkage = linkage;
    }

    @PostMapping("/api/v1/linkage/suggest")
    @Operation(summary = "Три наиболее подходящих национальных проекта для текста практики, со словами-основаниями")
    Suggestions suggest(@RequestBody SuggestRequest request) {
        if (request == null || (blank(request.title()) && blank(request.description()))) {
            throw new InvalidRequestException("Передайте title и/или description — текст практики");
        }
        if (length(request.title()) + length(request.description()) > MAX_TEXT) {
            throw new InvalidRequestException("Текст длиннее " + MAX_TEXT + " знаков");
        }
        Period period = request.period() == null || request.period().isBlank()
                ? Period.P2019_2024
                : Period.parse(request.period().strip())
                        .orElseThrow(() -> new InvalidRequestException("Период: 2019-2024 или 2025-2030"));
        return models.suggest(request.title(), request.description(), period);
    }

    @GetMapping("/api/v1/practices/{id}/similar")
    @Operation(summary = "Похожие практики (и почти дубликаты), которые вам можно видеть")
    List<SimilarPractice> similar(@PathVariable long id, @RequestParam(defaultValue = "10") int limit) {
        return linkage.similar(CurrentActor.get(), id, Math.max(1, Math.min(limit, 50)));
    }

    @GetMapping("/api/v1/practices/{id}/findings")
    @Operation(summary = "Находки: связь не подтверждается текстом, почти дубликат")
    List<Finding> findings(@PathVariable long id) {
        return linkage.findings(CurrentActor.get(), id);
    }

    @PostMapping("/api/v1/findings/{id}/review")
    @Operation(summary = "Отметить находку проверенной (эксперт, секретариат)")
    void review(@PathVariable long id) {
        linkage.review(CurrentActor.get(), id);
    }

    @PostMapping("/api/v1/linkage/refit")
    @Operation(
            summary =
                    "Переобучить модель на принятых практиках сейчас; новая модель принимается, только если на проверке она не хуже текущей (секретариат)")
    void refit() {
        models.refit(CurrentActor.get());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static int length(String s) {
        return s == null ? 0 : s.length();
    }

    /**
     * A text to place.
     *
     * @param title the title
     * @param description the description
     * @param period 2019-2024 (default) or 2025-2030
     */
    record SuggestRequest(String title, String description, String period) {}
}
