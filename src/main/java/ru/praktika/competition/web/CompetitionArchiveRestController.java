package ru.praktika.competition.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import ru.praktika.competition.domain.CompetitionAnalytics;
import ru.praktika.competition.domain.CompetitionArchive;
import ru.praktika.shared.AccessDeniedException;
import ru.praktika.shared.CurrentActor;
import ru.praktika.shared.InvalidRequestException;

@RestController
@RequestMapping("/api/v1/competitions")
@Tag(name = "Конкурс: архив и аналитика", description = "Итоги прошлых лет из XLSX и аналитика участия по годам")
class CompetitionArchiveRestController {

    private final CompetitionArchive archive;
    private final CompetitionAnalytics analytics;

    CompetitionArchiveRestController(CompetitionArchive archive, CompetitionAnalytics analytics) {
        this.archive = archive;
        this.analytics = analytics;
    }

    @PostMapping(value = "/archive/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Загрузить итоги прошлых лет из XLSX (секретариат): всё или ничего, год заменяется целиком",
            description = "Столбцы: Год, Номинация, Категория, Место, Муниципальное образование, Регион или ОКТМО,"
                    + " Название практики. Не больше 5 МБ и 20 000 строк. Только ADMIN.")
    @ApiResponse(responseCode = "200", description = "Загруженные годы")
    @ApiResponse(
            responseCode = "400",
            description = "Файл не принят; errors: «rowN» → ошибки строки N",
            content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "401", description = "Нужен вход", content = @Content)
    @ApiResponse(
            responseCode = "403",
            description = "Загружает только секретариат",
            content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    List<CompetitionArchive.YearImported> importArchive(
            @RequestParam(value = "file", required = false) MultipartFile file) throws IOException {
        if (!CompetitionArchive.canImport(CurrentActor.get())) {
            throw new AccessDeniedException("Архив конкурса загружает секретариат ассоциации");
        }
        if (file == null || file.isEmpty()) {
            throw new InvalidRequestException("Выберите файл архива (XLSX)");
        }
        if (file.getSize() > CompetitionArchive.MAX_BYTES) {
            throw new InvalidRequestException("Файл архива — не больше 5 МБ; данные не изменены");
        }
        return archive.importWorkbook(CurrentActor.get(), file.getBytes());
    }

    @GetMapping("/{year}/analytics")
    @Operation(
            summary = "Аналитика участия за год: по регионам, номинациям, видам МО и категориям, нацпроектам, по годам",
            description = "Любой вошедший пользователь; без входа — год с опубликованными итогами.")
    @ApiResponse(responseCode = "200", description = "Таблицы аналитики")
    @ApiResponse(
            responseCode = "403",
            description = "Итоги года ещё не опубликованы",
            content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(
            responseCode = "404",
            description = "Конкурса этого года нет",
            content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    CompetitionAnalytics.Analytics analytics(@PathVariable int year) {
        return analytics.analytics(CurrentActor.get(), year);
    }
}
