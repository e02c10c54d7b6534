package ru.praktika.meeting.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import ru.praktika.meeting.InstructionView;
import ru.praktika.meeting.MeetingTypes;
import ru.praktika.meeting.MeetingView;
import ru.praktika.shared.RussianDates;
import ru.praktika.shared.RussianNames;

/**
 * The minutes (протокол) of a meeting in the Russian form, as a sequence of blocks written once and rendered to DOCX
 * and to PDF: «ПРОТОКОЛ № N» and the meeting in the genitive, place and date on one line, who chaired, who was present
 * (people, then the councils of the roll call), the numbered agenda, for each item СЛУШАЛИ / ВЫСТУПИЛИ / РЕШИЛИ, the
 * instructions (what, who, by when; no execution state: a protocol is written on the day), the signatures.
 */
final class Minutes {

    interface Block {}

    record Title(String text) implements Block {}

    record Subtitle(String text) implements Block {}

    /** One line: the place on the left, the date on the right. */
    record PlaceAndDate(String place, String date) implements Block {}

    record Heading(String text) implements Block {}

    /**
     * @param label a bold lead-in («СЛУШАЛИ:»), or null
     * @param text the text
     */
    record Paragraph(String label, String text) implements Block {}

    /**
     * @param header the column names
     * @param widths relative column widths
     * @param rows the cells
     */
    /** A numbered line of a list (those present, the agenda, the decisions), set flush left. */
    record Entry(String text) implements Block {}

    record Table(List<String> header, float[] widths, List<List<String>> rows) implements Block {}

    /** «Председательствующий ____ И. Н. Цецерский»: a role, a line to sign on, the name (blank to fill by hand). */
    record Signature(String role, String name) {}

    /** The signatures, kept together on one page. */
    record Signatures(List<Signature> lines) implements Block {}

    private Minutes() {}

    static List<Block> of(MeetingView m, int number) {
        List<Block> b = new ArrayList<>();
        b.add(new Title("ПРОТОКОЛ № " + number));
        b.add(new Subtitle(RussianPhrases.titleInGenitive(m.title())));
        b.add(new PlaceAndDate(place(m), RussianDates.inWords(m.date())));
        if (m.chairName() != null) {
            RussianNames.Gender g = RussianNames.gender(m.chairName());
            String label = g == RussianNames.Gender.FEMALE
                    ? "Председательствовала:"
                    : g == RussianNames.Gender.MALE ? "Председательствовал:" : "Председательствующий:";
            b.add(new Paragraph(label, withPosition(RussianNames.initialsFirst(m.chairName()), m.chairPosition())));
        }
        if (m.secretaryName() != null) {
            b.add(new Paragraph("Секретарь:", RussianNames.initialsFirst(m.secretaryName())));
        }
        present(m, b);
        b.add(new Heading("ПОВЕСТКА ДНЯ:"));
        for (MeetingView.Item i : m.items()) {
            b.add(new Entry(i.position() + ". " + RussianPhrases.sentence(i.title())));
        }
        for (MeetingView.Item i : m.items()) {
            item(i, b);
        }
        instructions(m, b);
        if (m.closingName() != null) {
            b.add(new Paragraph(
                    "ПОДВЕДЕНИЕ ИТОГОВ:",
                    withPosition(
                                    RussianNames.surnameFirst(m.closingName(), RussianNames.Case.NOMINATIVE),
                                    m.closingPosition())
                            + (m.closingRemarks() == null
                                    ? "."
                                    : " — " + RussianPhrases.sentence(RussianPhrases.lowerFirst(m.closingRemarks())))));
        }
        b.add(new Signatures(List.of(
                new Signature(
                        "Председательствующий", m.chairName() == null ? "" : RussianNames.initialsFirst(m.chairName())),
                new Signature(
                        "Секретарь", m.secretaryName() == null ? "" : RussianNames.initialsFirst(m.secretaryName())))));
        return b;
    }

    private static String place(MeetingView m) {
        return switch (m.kind()) {
            case VIDEO -> m.place() == null ? "Видеоконференция" : m.place() + " (видеоконференция)";
            case IN_PERSON -> m.place() == null ? "" : m.place();
            case HYBRID -> m.place() == null ? "Смешанный формат" : m.place() + " (и по видеосвязи)";
        };
    }

    /** People present (by name, with position), then the councils of the roll call. */
    private static void present(MeetingView m, List<Block> b) {
        b.add(new Heading("Присутствовали:"));
        Set<String> people = new LinkedHashSet<>();
        Set<String> named = new java.util.HashSet<>();
        for (MeetingView.Participant p : m.participants()) {
            if (p.present() && p.kind() != MeetingTypes.ParticipantKind.COUNCIL) {
                String who = p.personName() == null
                        ? p.organizationName()
                        : withPosition(
                                RussianNames.surnameFirst(p.personName(), RussianNames.Case.NOMINATIVE),
                                p.position() != null ? p.position() : p.organizationName());
                people.add(who);
                named.add(key(p.personName()));
            }
        }
        // everyone who spoke was there, even if the secretary did not list them
        for (MeetingView.Item i : m.items()) {
            for (MeetingView.Speech s : i.speeches()) {
                if (named.add(key(s.personName()))) {
                    people.add(withPosition(
                            RussianNames.surnameFirst(s.personName(), RussianNames.Case.NOMINATIVE), s.position()));
                }
            }
        }
        int n = 1;
        for (String who : people) {
            b.add(new Entry(n++ + ". " + RussianPhrases.sentence(who)));
        }
        List<MeetingView.Participant> councils = m.participants().stream()
                .filter(p -> p.kind() == MeetingTypes.ParticipantKind.COUNCIL)
                .toList();
        if (councils.isEmpty()) {
            return;
        }
        List<String> present = councils.stream()
                .filter(MeetingView.Participant::present)
                .map(p -> council(p.organizationName())
                        + (p.personName() == null
                                ? ""
                                : " (" + RussianNames.surnameFirst(p.personName(), RussianNames.Case.NOMINATIVE) + ")"))
                .toList();
        b.add(new Paragraph(
                "Советы муниципальных образований субъектов Российской Федерации: на связи " + present.size() + " из "
                        + councils.size() + " приглашённых —",
                present.isEmpty() ? "нет." : String.join("; ", present) + "."));
        List<String> absent = councils.stream()
                .filter(p -> !p.present())
                .map(p -> council(p.organizationName()))
                .toList();
        if (!absent.isEmpty()) {
            b.add(new Paragraph("Не подключились:", String.join("; ", absent) + "."));
        }
    }

    /** «Совет муниципальных образований Пермского края» → «Пермского края»: the heading names the councils once. */
    private static String council(String name) {
        String prefix = "Совет муниципальных образований ";
        return name != null && name.startsWith(prefix) ? name.substring(prefix.length()) : name;
    }

    private static void item(MeetingView.Item i, List<Block> b) {
        b.add(new Heading(i.position() + ". " + RussianPhrases.sentence(i.title())));
        List<MeetingView.Speech> heard = i.speeches().stream()
                .filter(s -> s.role() != MeetingTypes.SpeechRole.REMARKS)
                .toList();
        List<MeetingView.Speech> spoke = i.speeches().stream()
                .filter(s -> s.role() == MeetingTypes.SpeechRole.REMARKS)
                .toList();
        for (int k = 0; k < heard.size(); k++) {
            MeetingView.Speech s = heard.get(k);
            String role = s.role() == MeetingTypes.SpeechRole.CO_SPEAKER ? " (содоклад)" : "";
            b.add(new Paragraph(
                    k == 0 ? "СЛУШАЛИ:" : null,
                    RussianNames.surnameFirst(s.personName(), RussianNames.Case.ACCUSATIVE) + role + summary(s)));
        }
        for (int k = 0; k < spoke.size(); k++) {
            MeetingView.Speech s = spoke.get(k);
            b.add(new Paragraph(
                    k == 0 ? "ВЫСТУПИЛИ:" : null,
                    RussianNames.surnameFirst(s.personName(), RussianNames.Case.NOMINATIVE) + summary(s)));
        }
        int n = 1;
        for (MeetingView.Decision d : i.decisions()) {
            if (n == 1) {
                b.add(new Paragraph("РЕШИЛИ:", ""));
            }
            b.add(new Entry(i.position() + "." + n++ + ". " + RussianPhrases.sentence(d.text())));
        }
    }

    private static void instructions(MeetingView m, List<Block> b) {
        if (m.instructions().isEmpty()) {
            return;
        }
        b.add(new Heading("ПОРУЧЕНИЯ:"));
        List<List<String>> rows = new ArrayList<>();
        int n = 1;
        for (InstructionView i : m.instructions()) {
            rows.add(List.of(
                    String.valueOf(n++),
                    RussianPhrases.sentence(i.text()),
                    i.assigneeName(),
                    "до " + RussianDates.numeric(i.deadline())));
        }
        b.add(new Table(
                List.of("№", "Поручение", "Ответственный", "Срок"), new float[] {0.6f, 5.9f, 3.4f, 2.4f}, rows));
    }

    private static String summary(MeetingView.Speech s) {
        return s.summary() == null ? "." : " — " + RussianPhrases.sentence(RussianPhrases.lowerFirst(s.summary()));
    }

    private static String withPosition(String name, String position) {
        return position == null || position.isBlank() ? name : name + ", " + position.strip();
    }

    private static String key(String name) {
        return name == null ? "" : name.strip().toLowerCase(Locale.ROOT).replace('ё', 'е');
    }
}
