package ru.praktika.meeting.web;

import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import ru.praktika.meeting.domain.MeetingDocuments;
import ru.praktika.shared.CurrentActor;
import ru.praktika.shared.InvalidRequestException;
import ru.praktika.shared.web.FileResponses;

/** Downloads of a meeting's files, for both the API and the pages. */
final class MeetingDownloads {

    private MeetingDownloads() {}

    static ResponseEntity<byte[]> minutes(MeetingDocuments documents, long id, String format) {
        return switch (format.toUpperCase(java.util.Locale.ROOT)) {
            case "DOCX" ->
                file(
                        documents.minutesDocx(CurrentActor.get(), id),
                        MeetingRestController.DOCX,
                        "Протокол совещания №" + id + ".docx");
            case "PDF" ->
                file(
                        documents.minutesPdf(CurrentActor.get(), id),
                        MediaType.APPLICATION_PDF,
                        "Протокол совещания №" + id + ".pdf");
            default -> throw new InvalidRequestException("Формат протокола: DOCX или PDF");
        };
    }

    static ResponseEntity<byte[]> ics(MeetingDocuments documents, long id) {
        return file(
                documents.ics(CurrentActor.get(), id).getBytes(StandardCharsets.UTF_8),
                MediaType.parseMediaType("text/calendar;charset=UTF-8"),
                "Совещание №" + id + ".ics");
    }

    static ResponseEntity<byte[]> file(ru.praktika.meeting.domain.MeetingFiles.Content file) {
        return file(file.content(), MediaType.parseMediaType(file.contentType()), file.fileName());
    }

    private static ResponseEntity<byte[]> file(byte[] content, MediaType type, String name) {
        return FileResponses.attachment(content, type.toString(), name);
    }
}
