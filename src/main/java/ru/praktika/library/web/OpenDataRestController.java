package ru.praktika.library.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ru.praktika.library.OpenDataColumn;
import ru.praktika.library.OpenDataPractice;
import ru.praktika.library.domain.OpenData;
import ru.praktika.library.domain.OpenDataFiles;
import ru.praktika.library.domain.OpenDataFormats;

/** Open data through the JSON API: the same rows and dictionary as the downloads of {@code /opendata}. */
@RestController
@RequestMapping("/api/v1/opendata")
@Tag(
        name = "Открытые данные",
        description = "Опубликованные практики библиотеки плоскими строками и словарь данных; тексты практик —"
                + " по лицензии CC BY 4.0, без входа")
class OpenDataRestController {

    static final String EXAMPLE = """
            [{"id": 1024, "title": "Народный бюджет: дворы своими руками", "year": 2024, "regionCode": "59",
              "regionName": "Пермский край", "federalDistrict": "Приволжский", "leadOktmo": "57701000",
              "leadMunicipality": "город Пермь", "municipalityType": "городской округ",
              "problem": "Дворы не благоустроены, жители не участвуют в решениях",
              "description": "Жители сами выбирают и софинансируют проекты благоустройства дворов",
              "results": "Благоустроенные дворы: 12 → 48 ед. (2024)",
              "nationalProjectCodes": "NP25-05", "nationalProjectNames": "Инфраструктура для жизни",
              "federalProjectCodes": "NP25-05-FP02", "federalProjectNames": "Формирование комфортной городской среды",
              "mechanism": "инициативное бюджетирование", "interMunicipal": "нет",
              "totalFinancingRub": 15000000.00, "extraBudgetaryShare": 0.1000,
              "award": "Победитель 2024 года, 1 место", "adoptions": 3,
              "url": "https://praktika.example/library/practices/1024", "publishedAt": "2024-11-20"}]
            """;

    private final OpenData data;
    private final OpenDataFormats formats;
    private final OpenDataFiles files;

    OpenDataRestController(OpenData data, OpenDataFormats formats, OpenDataFiles files) {
        this.data = data;
        this.formats = formats;
        this.files = files;
    }

    @GetMapping(value = "/practices", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Опубликованные практики: открытые данные (JSON)",
            description = "Все опубликованные практики библиотеки, по одной плоской строке на практику, в порядке"
                    + " идентификаторов; состав и смысл полей — в словаре данных (GET /api/v1/opendata/dictionary)."
                    + " Списки (коды и названия проектов, результаты) — строками через «; », пустые значения — null."
                    + " Ответ передаётся потоком; ETag и Last-Modified позволяют не скачивать неизменившийся набор."
                    + " Доступно без входа.")
    @ApiResponse(
            responseCode = "200",
            description = "Массив практик",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                            array = @ArraySchema(schema = @Schema(implementation = OpenDataPractice.class)),
                            examples = @ExampleObject(name = "практика", value = EXAMPLE)))
    @ApiResponse(responseCode = "304", description = "Набор не изменился с указанных ETag/даты", content = @Content)
    @ApiResponse(
            responseCode = "400",
            description = "Год не из 2000–2100 или неизвестный код региона",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                            schema = @Schema(implementation = ProblemDetail.class),
                            examples = @ExampleObject(value = """
                            {"type": "about:blank", "title": "Некорректный запрос", "status": 400,
                             "detail": "Регион — код субъекта РФ из двух цифр, например 59; «99» не найден"}
                            """)))
    @ApiResponse(
            responseCode = "500",
            description = "Сбой сервера",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                            schema = @Schema(implementation = ProblemDetail.class)))
    void practices(
            @Parameter(description = "Только практики этого года кампании", example = "2024")
                    @RequestParam(required = false)
                    Integer year,
            @Parameter(description = "Только практики этого региона (код из двух цифр)", example = "59")
                    @RequestParam(required = false)
                    String region,
            HttpServletResponse response)
            throws IOException {
        OpenData.Filter filter = data.filter(year, region);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        String base = OpenDataController.baseUrl();
        if (filter.equals(OpenData.Filter.ALL)) {
            // the whole set is the download of /opendata/practices.json, kept per change of the library
            files.send("json", base, out -> formats.json(filter, base, out), response.getOutputStream());
        } else {
            formats.json(filter, base, response.getOutputStream());
        }
    }

    @GetMapping(value = "/dictionary", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Словарь открытых данных",
            description = "Каждый столбец выгрузок (CSV, XLSX, JSON) по порядку: имя, описание, тип (integer, number,"
                    + " string, date). Доступно без входа.")
    @ApiResponse(
            responseCode = "200",
            description = "Столбцы по порядку",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                            array = @ArraySchema(schema = @Schema(implementation = OpenDataColumn.class)),
                            examples = @ExampleObject(value = """
                            [{"name": "id", "description": "Идентификатор практики в библиотеке", "type": "integer"},
                             {"name": "title", "description": "Название практики", "type": "string"}]
                            """)))
    @ApiResponse(
            responseCode = "500",
            description = "Сбой сервера",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                            schema = @Schema(implementation = ProblemDetail.class)))
    List<OpenDataColumn> dictionary() {
        return OpenData.dictionary();
    }
}
