package ru.praktika.meeting.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import ru.praktika.meeting.MeetingTypes;
import ru.praktika.meeting.MeetingView;
import ru.praktika.shared.RussianDates;
import ru.praktika.shared.RussianNames;

/**
 * Drafts a news item from the record of a meeting, in the manner of the association's release of 26 August 2020: a
 * short headline in a press office's words, then what met and when, with whom, who chaired, each topic with its
 * speakers and what they said (attributed: «отметил, что…», «по словам …»), what was decided, the closing remarks and
 * the press contact.
 *
 * <p>What a newsroom expects and a protocol does not: positions and names without dashes («председатель Правления
 * ВАРМСУ Иван Цецерский»); verbs in the speaker's gender only where the record tells it (patronymic, a common first
 * name or an unambiguous surname), a neutral phrase otherwise; decisions without deadlines or those responsible;
 * topics in «…» with the quotes inside them as „…“; one kind of dash (—); no «Пресс-релиз» in the text itself.
 */
final class PressReleaseWriter {

    /**
     * @param title the headline
     * @param text the news item, paragraphs separated by blank lines
     */
    record Draft(String title, String text) {}

    /** A deadline that belongs to the protocol, not to the news: «в срок до 01.10.2020», «до 1 октября 2020 г.». */
    private static final Pattern DEADLINE = Pattern.compile("(?iu)\\s*[,;]?\\s*\\(?(?:в\\s+срок\\s+)?до\\s+\\d{1,2}"
            + "(?:\\.\\d{1,2}\\.\\d{2,4}|\\s+(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября"
            + "|декабря)(?:\\s+\\d{4})?)(?:\\s*г\\.|\\s+года)?\\)?");

    /** «(срок — …)», «ответственный: …» — the protocol's columns, not news. */
    private static final Pattern RESPONSIBLE = Pattern.compile(
            "(?iu)\\s*[,;]?\\s*\\(?(?<!\\p{L})(?:срок|ответственн(?:ый|ые|ая|ых))(?!\\p{L})\\s*[—–:-]\\s*[^;)]*?\\)?"
                    + "(?=;|\\.(?:\\s|$)|$)");

    private PressReleaseWriter() {}

    static Draft write(MeetingView m, String pressContact) {
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
            paragraphs.add(chair(m));
        }
        List<MeetingView.Item> items = m.items();
        Attribution attribution = new Attribution();
        for (int i = 0; i < items.size(); i++) {
            paragraphs.add(item(items.get(i), i, items.size(), attribution));
        }
        String decisions = decisions(m);
        if (decisions != null) {
            paragraphs.add(decisions);
        }
        if (m.closingName() != null) {
            paragraphs.add(closing(m, attribution));
        }
        paragraphs.add(pressContact);
        return new Draft(oneDash(headline(m)), oneDash(String.join("\n\n", paragraphs)));
    }

    /**
     * «ВАРМСУ провела всероссийское селекторное рабочее совещание с советами муниципальных образований всех регионов»,
     * «Состоялось заседание Правления ВАРМСУ»: what happened, by whom and with whom, never the whole title.
     */
    static String headline(MeetingView m) {
        String title = m.title().strip();
        String[] words = title.split("\\s+");
        if (words.length <= 6) {
            return RussianPhrases.capitalize(RussianPhrases.tookPlace(title)) + " " + lowerFirstWord(title);
        }
        String kind = RussianPhrases.kindOf(title);
        String withWhom = withCouncils(m);
        if (byTheAssociation(m)) {
            return "ВАРМСУ провела " + RussianPhrases.accusativeOfKind(kind) + withWhom;
        }
        return RussianPhrases.capitalize(RussianPhrases.tookPlace(title)) + " " + kind + withWhom;
    }

    private static String withCouncils(MeetingView m) {
        long present = m.councilsPresent();
        long invited = councilsInvited(m);
        if (present < 2) {
            return "";
        }
        if (present == invited) {
            return " с советами муниципальных образований всех регионов";
        }
        return " с советами муниципальных образований " + present + " "
                + (present % 10 == 1 && present % 100 != 11 ? "региона" : "регионов");
    }

    private static boolean byTheAssociation(MeetingView m) {
        String o = m.organizer() == null ? "" : m.organizer().toLowerCase(Locale.ROOT);
        return o.contains("ассоциация развития местного самоуправления") || o.equals("вармсу");
    }

    private static String opening(MeetingView m) {
        String format = switch (m.kind()) {
            case VIDEO ->
                m.title().toLowerCase(Locale.ROOT).contains("селектор")
                                || m.title().toLowerCase(Locale.ROOT).contains("видео")
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
        long invited = councilsInvited(m);
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

    private static long councilsInvited(MeetingView m) {
        return m.participants().stream()
                .filter(p -> p.kind() == MeetingTypes.ParticipantKind.COUNCIL)
                .count();
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

    private static String chair(MeetingView m) {
        RussianNames.Gender g = RussianNames.gender(m.chairName());
        String who = person(m.chairPosition(), m.chairName());
        return g == null
                ? "Председатель совещания — " + who + "."
                : (g == RussianNames.Gender.FEMALE ? "Вела" : "Вёл") + " совещание " + who + ".";
    }

    private static String item(MeetingView.Item item, int index, int count, Attribution attribution) {
        String topic = RussianPhrases.quoted(item.title());
        String lead;
        if (index == 0) {
            lead = "Главной темой совещания был вопрос " + topic + ".";
        } else if (index == count - 1 && count > 2) {
            lead = "Завершающей темой совещания стал вопрос " + topic + ".";
        } else if (index == 1) {
            lead = "Не менее важной темой совещания был вопрос " + topic + ".";
        } else {
            lead = "Также участники совещания обсудили вопрос " + topic + ".";
        }
        StringBuilder s = new StringBuilder(lead);
        for (MeetingView.Speech sp : item.speeches()) {
            RussianNames.Gender g = RussianNames.gender(sp.personName());
            String who = person(sp.position(), sp.personName());
            s.append(' ')
                    .append(
                            switch (sp.role()) {
                                case SPEAKER ->
                                    g == null
                                            ? "Докладчик — " + who + "."
                                            : "С докладом " + verb("выступил", g) + " " + who + ".";
                                case CO_SPEAKER ->
                                    g == null
                                            ? "Содокладчик — " + who + "."
                                            : "Содокладчиком " + verb("выступил", g) + " " + who + ".";
                                case REMARKS ->
                                    g == null
                                            ? "В обсуждении приняли участие: " + who + "."
                                            : "В обсуждении " + verb("участвовал", g) + " " + who + ".";
                            });
            if (sp.summary() != null) {
                s.append(' ').append(attribution.said(sp.personName(), g, sp.summary()));
            }
        }
        return s.toString();
    }

    private static String decisions(MeetingView m) {
        List<String> lines = new ArrayList<>();
        m.items()
                .forEach(i -> i.decisions().stream()
                        .map(d -> withoutDeadlines(d.text()))
                        .filter(t -> !t.isBlank())
                        .forEach(t -> lines.add("— " + RussianPhrases.sentence(RussianPhrases.capitalize(t)))));
        if (lines.isEmpty() && m.instructions().isEmpty()) {
            return null;
        }
        StringBuilder s = new StringBuilder();
        if (!lines.isEmpty()) {
            s.append("По итогам совещания приняты решения:\n").append(String.join("\n", lines));
        }
        if (!m.instructions().isEmpty()) {
            s.append(s.length() == 0 ? "" : "\n")
                    .append(
                            "Участникам даны поручения; ход их исполнения ассоциация рассмотрит на следующих совещаниях.");
        }
        return s.toString();
    }

    private static String closing(MeetingView m, Attribution attribution) {
        RussianNames.Gender g = RussianNames.gender(m.closingName());
        String who = person(m.closingPosition(), m.closingName());
        String s = g == null
                ? "Итоговое слово — " + who + "."
                : "Результаты совещания " + verb("подытожил", g) + " " + who + ".";
        if (m.closingRemarks() != null) {
            s += " " + attribution.said(m.closingName(), g, m.closingRemarks());
        }
        return s;
    }

    /**
     * Says who said what, varying the words as an editor would: «Он отметил, что…», «По словам Екатерины Шугриной,…»,
     * «Она подчеркнула, что…»; «Как прозвучало в выступлении,…» when the record does not tell the gender.
     */
    private static final class Attribution {

        private int count;

        String said(String name, RussianNames.Gender g, String summary) {
            String what = RussianPhrases.sentence(RussianPhrases.lowerFirst(withoutDashes(summary)));
            if (g == null) {
                return "Как прозвучало в выступлении, " + what;
            }
            String pronoun = g == RussianNames.Gender.FEMALE ? "Она" : "Он";
            Optional<String> genitive =
                    RussianNames.parse(name).flatMap(n -> n.firstNameAndSurname(RussianNames.Case.GENITIVE));
            return switch (count++ % 3) {
                case 1 ->
                    genitive.map(n -> "По словам " + n + ", " + what)
                            .orElse(pronoun + " " + verb("подчеркнул", g) + ", что " + what);
                case 2 -> pronoun + " " + verb("подчеркнул", g) + ", что " + what;
                default -> pronoun + " " + verb("отметил", g) + ", что " + what;
            };
        }
    }

    /** «председатель Правления ВАРМСУ Иван Цецерский», as newsrooms write it. */
    static String person(String position, String name) {
        String shortName = RussianNames.firstNameAndSurname(name);
        return position == null || position.isBlank() ? shortName : position.strip() + " " + shortName;
    }

    private static String verb(String pastMasculine, RussianNames.Gender g) {
        return g == RussianNames.Gender.FEMALE ? pastMasculine + "а" : pastMasculine;
    }

    static String withoutDeadlines(String decision) {
        String t = RESPONSIBLE.matcher(decision).replaceAll("");
        return DEADLINE.matcher(t).replaceAll("").strip().replaceAll("[,;:]$", "");
    }

    private static String withoutDashes(String s) {
        return s.replaceAll("\\s[–-]\\s", " — ");
    }

    /** One kind of dash: a spaced hyphen or en dash becomes «—». */
    static String oneDash(String s) {
        return s.replaceAll("(?m)(^|\\s)[–-](\\s)", "$1—$2").replace(" – ", " — ");
    }

    private static String lowerFirstWord(String title) {
        String first = title.split("\\s+", 2)[0];
        return first.equals(first.toUpperCase(Locale.ROOT))
                ? title
                : Character.toLowerCase(title.charAt(0)) + title.substring(1);
    }
}
