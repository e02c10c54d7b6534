package ru.praktika.competition.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import ru.praktika.competition.domain.CompetitionProtocol;
import ru.praktika.competition.domain.CompetitionTrail;

/** The API's downloads of a year's protocol and justification trail: the same services as the pages. */
@RestController
@RequestMapping("/api/v1/competitions")
@Tag(
        name = "Конкурс",
        description = "Всероссийский конкурс «Лучшая муниципальная практика»: годы, заявки, региональный"
                + " этап, эксперты, оценки, итоги")
class CompetitionDocumentsRestController {

    private final CompetitionProtocol protocol;
    private final CompetitionTrail trail;

    CompetitionDocumentsRestController(CompetitionProtocol protocol, CompetitionTrail trail) {
        this.protocol = protocol;
        this.trail = trail;
    }

    @GetMapping("/{year}/protocol.docx")
    @Operation(
            summary = "Протокол конкурсной комиссии (DOCX): секретариату после утверждения итогов, всем после"
                    + " публикации")
    ResponseEntity<byte[]> protocolDocx(@PathVariable int year) {
        return CompetitionDocuments.protocolDocx(protocol, year);
    }

    @GetMapping("/{year}/protocol.pdf")
    @Operation(
            summary = "Протокол конкурсной комиссии (PDF): секретариату после утверждения итогов, всем после"
                    + " публикации")
    ResponseEntity<byte[]> protocolPdf(@PathVariable int year) {
        return CompetitionDocuments.protocolPdf(protocol, year);
    }

    @GetMapping("/{year}/trail.xlsx")
    @Operation(
            summary = "Обоснование итогов (XLSX): оценки экспертов с комментариями, решения региональных комиссий,"
                    + " формальные баллы (секретариат)")
    ResponseEntity<byte[]> trail(@PathVariable int year) {
        return CompetitionDocuments.trail(trail, year);
    }
}
