package ru.praktika.practice.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import ru.praktika.practice.domain.PracticeImports;
import ru.praktika.shared.CurrentActor;
import ru.praktika.shared.web.FileResponses;

/** The council's workbook: template, import as a job with a progress bar, export in the same layout. */
@RestController
@Tag(name = "Отчётные кампании")
class WorkbookRestController {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final PracticeImports imports;

    WorkbookRestController(PracticeImports imports) {
        this.imports = imports;
    }

    @GetMapping("/api/v1/campaigns/{year}/template.xlsx")
    @Operation(summary = "Шаблон XLSX кампании со списками МО региона, кодов проектов и механизмов")
    ResponseEntity<byte[]> template(@PathVariable int year, @RequestParam(required = false) String region) {
        return FileResponses.attachment(
                imports.template(CurrentActor.get(), year, region), XLSX, "Шаблон практик " + year + ".xlsx");
    }

    @GetMapping("/api/v1/campaigns/{year}/practices.xlsx")
    @Operation(summary = "Практики региона за год в раскладке шаблона")
    ResponseEntity<byte[]> export(@PathVariable int year, @RequestParam(required = false) String region) {
        return FileResponses.attachment(
                imports.export(CurrentActor.get(), year, region), XLSX, "Практики " + year + ".xlsx");
    }

    @PostMapping("/api/v1/campaigns/{year}/imports")
    @Operation(summary = "Загрузить заполненный шаблон: 202 {jobId}; ход — GET /api/v1/jobs/{jobId}")
    ResponseEntity<Map<String, UUID>> upload(
            @PathVariable int year,
            @RequestParam(required = false) String region,
            @RequestParam("file") MultipartFile file)
            throws IOException {
        UUID job = imports.start(CurrentActor.get(), year, region, file.getBytes());
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("jobId", job));
    }
}
