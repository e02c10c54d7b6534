package ru.praktika.meeting.domain;

import java.util.ArrayList;
import java.util.List;
import ru.praktika.meeting.InstructionView;
import ru.praktika.meeting.MeetingTypes;
import ru.praktika.meeting.MeetingView;
import ru.praktika.shared.RussianDates;

/**
 * Drafts a press release from the record of a meeting, in the manner of the association's release of 26 August 2020:
 * what met and when, with whom (councils, partners and their heads, federal officials), who chaired, the main topic and
 * its speakers, each further topic, the decisions and instructions, the closing remarks. Names and positions stay in
 * the nominative («содокладчиком выступил исполнительный директор … – Александр Русанов»), so nothing is declined
 * wrongly; only the verb follows the speaker's gender.
 */
final class PressReleaseWriter {

    /**
     * @param title the headline
     * @param text the release, paragraphs separated by blank lines
     */
    record Draft(String title, String text) {}

    private PressReleaseWriter() {}

    static Draft write(MeetingView m) {
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(opening(m));
        String participants = participants(m);
        if (participants != null) {
            paragraphs.add(participants);
        }
        String federal = federal(m);
        if (federal != null) {
            paragraphs.add(federal);
        }
        if (m.chairName() != null) {
            paragraphs.add(RussianPhrases.verb("Председательствовал", m.chairName()) + " на совещании "
                    + person(m.chairPosition(), m.chairName()) + ".");
        }
        List<MeetingView.Item> items = m.items();
        for (int i = 0; i < items.size(); i++) {
            paragraphs.add(item(items.get(i), i, items.size()));
        }
        String decisions = decisions(m);
        if (decisions != null) {
            paragraphs.add(decisions);
        }
        if (m.closingName() != null) {
            String closing = "Результаты совещания " + RussianPhrases.verb("подытожил", m.closingName()) + " "
                    + person(m.closingPosition(), m.closingName()) + ".";
            if (m.closingRemarks() != null) {
                closing += " " + RussianPhrases.sentence(RussianPhrases.capitalize(m.closingRemarks()));
            }
            paragraphs.add(closing);
        }
        return new Draft(m.title(), "Пресс-релиз\n\n" + String.join("\n\n", paragraphs));
    }

    private static String opening(MeetingView m) {
        String format = switch (m.kind()) {
            case VIDEO ->
                m.title().toLowerCase().contains("селектор")
                                || m.title().toLowerCase().contains("видео")
                        ? ""
                        : " в режиме видеоконференции";
            case HYBRID ->
                " в смешанном формате" + (m.place() != null ? " (место проведения — " + m.place() + ")" : "");
            case IN_PERSON -> m.place() != null ? " (место проведения — " + m.place() + ")" : "";
        };
        return RussianDates.inWords(m.date()) + " " + RussianPhrases.tookPlace(m.title()) + " " + m.title() + format
                + ".";
    }

    private static String participants(MeetingView m) {
        long present = m.councilsPresent();
        long invited = m.participants().stream()
                .filter(p -> p.kind() == MeetingTypes.ParticipantKind.COUNCIL)
                .count();
        List<String> guests = m.participants().stream()
                .filter(p -> p.present() && p.personName() != null)
                .filter(p -> p.kind() == MeetingTypes.ParticipantKind.PARTNER
                        || p.kind() == MeetingTypes.ParticipantKind.OTHER)
                .map(p -> person(p.position() != null ? p.position() : p.organizationName(), p.personName()))
                .toList();
        StringBuilder s = new StringBuilder();
        if (present > 0) {
            s.append(
                    present == invited && invited >= 80
                            ? "В совещании приняли участие представители всех региональных ассоциаций (советов) муниципальных"
                                    + " образований"
                            : "В совещании приняли участие представители ассоциаций (советов) муниципальных образований из "
                                    + RussianPhrases.fromRegions(present));
        }
        if (!guests.isEmpty()) {
            s.append(s.length() == 0 ? "В совещании приняли участие " : ", а также ")
                    .append(String.join(", ", guests));
        }
        return s.length() == 0 ? null : s.append(".").toString();
    }

    private static String federal(MeetingView m) {
        List<String> officials = m.participants().stream()
                .filter(p ->
                        p.present() && p.kind() == MeetingTypes.ParticipantKind.FEDERAL_BODY && p.personName() != null)
                .map(p -> person(p.position() != null ? p.position() : p.organizationName(), p.personName()))
                .toList();
        return officials.isEmpty()
                ? null
                : "Статус мероприятия был повышен участием представителей федеральных органов власти: "
                        + String.join(", ", officials) + ".";
    }

    private static String item(MeetingView.Item item, int index, int count) {
        String lead;
        if (index == 0) {
            lead = "Главной темой совещания был вопрос «" + item.title() + "».";
        } else if (index == count - 1 && count > 2) {
            lead = "Завершающей темой совещания стал вопрос «" + item.title() + "».";
        } else if (index == 1) {
            lead = "Не менее важной темой совещания был вопрос «" + item.title() + "».";
        } else {
            lead = "Также участники совещания обсудили вопрос «" + item.title() + "».";
        }
        StringBuilder s = new StringBuilder(lead);
        boolean first = true;
        for (MeetingView.Speech sp : item.speeches()) {
            String who = person(sp.position(), sp.personName());
            s.append(' ')
                    .append(
                            switch (sp.role()) {
                                case SPEAKER ->
                                    "С докладом " + RussianPhrases.verb("выступил", sp.personName()) + " " + who + ".";
                                case CO_SPEAKER ->
                                    "Содокладчиком " + RussianPhrases.verb("выступил", sp.personName()) + " " + who
                                            + ".";
                                case REMARKS ->
                                    (first ? "Выступил" : "Также выступил")
                                            + (RussianPhrases.female(sp.personName()) ? "а " : " ") + who + ".";
                            });
            if (sp.summary() != null) {
                s.append(' ').append(RussianPhrases.sentence(RussianPhrases.capitalize(sp.summary())));
            }
            first = false;
        }
        return s.toString();
    }

    private static String decisions(MeetingView m) {
        List<String> lines = new ArrayList<>();
        m.items().forEach(i -> i.decisions().forEach(d -> lines.add("— " + RussianPhrases.sentence(d.text()))));
        List<String> orders = new ArrayList<>();
        for (InstructionView i : m.instructions()) {
            orders.add("— " + stripDot(i.text()) + " (ответственный — " + i.assigneeName() + ", срок — до "
                    + RussianDates.numeric(i.deadline()) + ").");
        }
        if (lines.isEmpty() && orders.isEmpty()) {
            return null;
        }
        StringBuilder s = new StringBuilder();
        if (!lines.isEmpty()) {
            s.append("По итогам совещания приняты решения:\n").append(String.join("\n", lines));
        }
        if (!orders.isEmpty()) {
            s.append(s.length() == 0 ? "" : "\n").append("Даны поручения:\n").append(String.join("\n", orders));
        }
        return s.toString();
    }

    /** «исполнительный директор … – Александр Русанов» */
    static String person(String position, String name) {
        return position == null || position.isBlank() ? name : position.strip() + " – " + name;
    }

    private static String stripDot(String s) {
        String t = s.strip();
        return t.endsWith(".") ? t.substring(0, t.length() - 1) : t;
    }
}
