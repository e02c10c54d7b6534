package ru.praktika.competition.web;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import ru.praktika.competition.domain.CompetitionProtocol;
import ru.praktika.competition.domain.CompetitionTrail;

/**
 * The pages' downloads of a year's documents: the commission's protocol (the secretariat once the results are
 * confirmed, everyone once published) and the justification trail (the secretariat).
 */
@Controller
class CompetitionDocumentsController {

    private final CompetitionProtocol protocol;
    private final CompetitionTrail trail;

    CompetitionDocumentsController(CompetitionProtocol protocol, CompetitionTrail trail) {
        this.protocol = protocol;
        this.trail = trail;
    }

    @GetMapping("/competitions/{year}/protocol.docx")
    ResponseEntity<byte[]> protocolDocx(@PathVariable int year) {
        return CompetitionDocuments.protocolDocx(protocol, year);
    }

    @GetMapping("/competitions/{year}/protocol.pdf")
    ResponseEntity<byte[]> protocolPdf(@PathVariable int year) {
        return CompetitionDocuments.protocolPdf(protocol, year);
    }

    @GetMapping("/competitions/{year}/trail.xlsx")
    ResponseEntity<byte[]> trail(@PathVariable int year) {
        return CompetitionDocuments.trail(trail, year);
    }
}
