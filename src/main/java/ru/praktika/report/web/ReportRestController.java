package ru.praktika.report.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import ru.praktika.report.ReportRequest;
import ru.praktika.report.ReportView;
import ru.praktika.report.domain.Reports;
import ru.praktika.shared.CurrentActor;
import ru.praktika.shared.web.FileResponses;

@RestController
@Tag(name = "Доклады и сборники")
class ReportRestController {

    private final Reports reports;

    ReportRestController(Reports reports) {
        this.reports = reports;
    }

    @PostMapping("/api/v1/reports")
    @Operation(
            summary = "Сформировать доклад (CONSOLIDATED) или сборник (COLLECTION) в DOCX или PDF: 202 {jobId,"
                    + " reportId}; ход — GET /api/v1/jobs/{jobId}, готовый файл — resultUrl")
    ResponseEntity<Map<String, Object>> request(@RequestBody ReportRequest request) {
        ReportView v = reports.request(CurrentActor.get(), request);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("jobId", v.jobId());
        body.put("reportId", v.id());
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(body);
    }

    @GetMapping("/api/v1/reports")
    @Operation(summary = "Сформированные доклады и сборники: кто, когда, с какими параметрами, контрольная сумма")
    List<ReportView> list() {
        return reports.list(CurrentActor.get());
    }

    @GetMapping("/api/v1/reports/{reportId}")
    @Operation(summary = "Один доклад или сборник")
    ReportView view(@PathVariable long reportId) {
        return reports.view(CurrentActor.get(), reportId);
    }

    @GetMapping("/api/v1/reports/{reportId}/file")
    @Operation(summary = "Файл доклада (DOCX или PDF) с русским именем в Content-Disposition")
    ResponseEntity<byte[]> file(@PathVariable long reportId) {
        Reports.ReportFile f = reports.file(CurrentActor.get(), reportId);
        return FileResponses.attachment(f.content(), f.contentType(), f.name());
    }
}
