package ru.praktika.meeting.domain;

import java.util.ArrayList;
import java.util.List;
import ru.praktika.meeting.InstructionView;
import ru.praktika.meeting.MeetingTypes;
import ru.praktika.meeting.MeetingView;
import ru.praktika.shared.RussianDates;

/**
 * The minutes (протокол) of a meeting as a sequence of blocks, written once and rendered to DOCX and to PDF:
 * heading, date and place, chair, those present (councils by the roll call, guests), agenda, for each item СЛУШАЛИ
 * and РЕШИЛИ, the table of instructions, the chair's signature line.
 */
final class Minutes {

    interface Block {}

    record Title(String text) implements Block {}

    record Heading(String text) implements Block {}

    /**
     * @param label a bold lead-in («СЛУШАЛИ:»), or null
     * @param text the text
     */
    record Paragraph(String label, String text) implements Block {}

    record Table(List<String> header, List<List<String>> rows) implements Block {}

    private Minutes() {}

    static List<Block> of(MeetingView m) {
        List<Block> b = new ArrayList<>();
        b.add(new Title("ПРОТОКОЛ"));
        b.add(new Title(m.title()));
        String where = switch (m.kind()) {
            case VIDEO -> "в режиме видеоконференции";
            case IN_PERSON -> m.place() == null ? "очно" : m.place();
            case HYBRID -> "в смешанном формате" + (m.place() == null ? "" : ", " + m.place());
        };
        b.add(new Paragraph(null, RussianDates.inWords(m.date()) + ", " + where));
        if (m.chairName() != null) {
            b.add(new Paragraph("Председательствующий:", PressReleaseWriter.person(m.chairPosition(), m.chairName())));
        }
        List<String> guests = m.participants().stream()
                .filter(p -> p.present() && p.kind() != MeetingTypes.ParticipantKind.COUNCIL)
                .map(p -> p.personName() == null
                        ? p.organizationName()
                        : PressReleaseWriter.person(p.position(), p.personName()))
                .toList();
        List<MeetingView.Participant> councils = m.participants().stream()
                .filter(p -> p.kind() == MeetingTypes.ParticipantKind.COUNCIL)
                .toList();
        b.add(new Heading("Присутствовали"));
        if (!guests.isEmpty()) {
            b.add(new Paragraph(null, String.join("; ", guests) + "."));
        }
        if (!councils.isEmpty()) {
            List<String> present = councils.stream()
                    .filter(MeetingView.Participant::present)
                    .map(p -> p.organizationName() + (p.personName() == null ? "" : " (" + p.personName() + ")"))
                    .toList();
            b.add(new Paragraph(
                    "Ассоциации (советы) муниципальных образований субъектов РФ — " + present.size() + " из "
                            + councils.size() + ":",
                    present.isEmpty() ? "—" : String.join("; ", present) + "."));
        }
        b.add(new Heading("Повестка дня"));
        for (MeetingView.Item i : m.items()) {
            b.add(new Paragraph(null, i.position() + ". " + i.title()));
        }
        for (MeetingView.Item i : m.items()) {
            b.add(new Heading(i.position() + ". " + i.title()));
            for (MeetingView.Speech s : i.speeches()) {
                String role = switch (s.role()) {
                    case SPEAKER -> "доклад";
                    case CO_SPEAKER -> "содоклад";
                    case REMARKS -> "выступление";
                };
                b.add(new Paragraph(
                        "СЛУШАЛИ:",
                        PressReleaseWriter.person(s.position(), s.personName()) + " (" + role + ")"
                                + (s.summary() == null ? "" : ". " + RussianPhrases.sentence(s.summary()))));
            }
            int n = 1;
            for (MeetingView.Decision d : i.decisions()) {
                b.add(new Paragraph(
                        n == 1 ? "РЕШИЛИ:" : null,
                        i.position() + "." + n++ + ". " + RussianPhrases.sentence(d.text())));
            }
        }
        if (!m.instructions().isEmpty()) {
            b.add(new Heading("Поручения"));
            List<List<String>> rows = new ArrayList<>();
            int n = 1;
            for (InstructionView i : m.instructions()) {
                rows.add(List.of(
                        String.valueOf(n++),
                        i.text(),
                        i.assigneeName(),
                        RussianDates.numeric(i.deadline()),
                        status(i)));
            }
            b.add(new Table(List.of("№", "Поручение", "Ответственный", "Срок", "Состояние"), rows));
        }
        if (m.closingName() != null) {
            b.add(new Paragraph(
                    "Подвёл итоги:",
                    PressReleaseWriter.person(m.closingPosition(), m.closingName())
                            + (m.closingRemarks() == null ? "" : ". " + RussianPhrases.sentence(m.closingRemarks()))));
        }
        b.add(new Paragraph(
                null, "Председательствующий ____________________ " + (m.chairName() == null ? "" : m.chairName())));
        return b;
    }

    static String status(InstructionView i) {
        if (i.overdue()) {
            return "просрочено";
        }
        return switch (i.status()) {
            case ASSIGNED -> "назначено";
            case IN_PROGRESS -> "в работе";
            case DONE -> "исполнено";
        };
    }
}
