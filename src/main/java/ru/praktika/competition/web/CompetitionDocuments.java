package ru.praktika.competition.web;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import ru.praktika.competition.domain.CompetitionProtocol;
import ru.praktika.competition.domain.CompetitionTrail;
import ru.praktika.shared.CurrentActor;
import ru.praktika.shared.web.FileResponses;

/** Downloads of a year's protocol and justification trail, for both the API and the pages. */
final class CompetitionDocuments {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private CompetitionDocuments() {}

    static ResponseEntity<byte[]> protocolDocx(CompetitionProtocol protocol, int year) {
        return FileResponses.attachment(
                protocol.docx(CurrentActor.get(), year), DOCX, "Протокол конкурсной комиссии " + year + ".docx");
    }

    static ResponseEntity<byte[]> protocolPdf(CompetitionProtocol protocol, int year) {
        return FileResponses.attachment(
                protocol.pdf(CurrentActor.get(), year),
                MediaType.APPLICATION_PDF_VALUE,
                "Протокол конкурсной комиссии " + year + ".pdf");
    }

    static ResponseEntity<byte[]> trail(CompetitionTrail trail, int year) {
        return FileResponses.attachment(trail.xlsx(CurrentActor.get(), year), XLSX, CompetitionTrail.fileName(year));
    }
}
