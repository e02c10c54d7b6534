package ru.praktika.competition.domain;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.praktika.competition.ApplicationStatus;
import ru.praktika.competition.ApplicationView;
import ru.praktika.competition.CompetitionPhase;
import ru.praktika.competition.CompetitionView;
import ru.praktika.competition.CriterionView;
import ru.praktika.competition.NominationView;
import ru.praktika.shared.Actor;
import ru.praktika.shared.NotFoundException;
import ru.praktika.shared.RussianDates;
import ru.praktika.shared.RussianNumbers;

/**
 * The protocol of the competition commission's meeting on a year's results, written once as blocks and rendered to
 * DOCX and PDF by {@link ProtocolFiles} in the office style of the meeting minutes: the title, place and date (the day
 * the results were confirmed, or the federal deadline), the method (formula criteria and expert marks, aggregation,
 * shortlist, tie-break), per nomination and category the ranked shortlist and the decision (places and prizes in
 * roubles), the totals and the signatures.
 *
 * <p>It exists once the results are confirmed (phase RESULTS or PUBLISHED): the secretariat may read it then, everyone
 * once the results are published. Before that, and for anyone else before publication, there is no protocol (404), as
 * there are no public results.
 */
@Service
public class CompetitionProtocol {

    /** The parts of the protocol, in the order written. */
    interface Block {}

    record Title(String text) implements Block {}

    /** One line: the place on the left, the date on the right. */
    record PlaceAndDate(String place, String date) implements Block {}

    record Heading(String text) implements Block {}

    /** A smaller heading (a category inside a nomination). */
    record Subheading(String text) implements Block {}

    /** A justified paragraph with an optional bold lead-in (null for none). */
    record Paragraph(String label, String text) implements Block {}

    /** A line of a list, flush left. */
    record Entry(String text) implements Block {}

    /**
     * @param header the column names
     * @param widths relative column widths
     * @param rows the cells
     */
    record Table(List<String> header, float[] widths, List<List<String>> rows) implements Block {}

    /** A role, a line to sign on and a blank for the name, kept together at the end. */
    record Signatures(List<String> roles) implements Block {}

    private final JdbcClient jdbc;
    private final CompetitionQueries queries;

    CompetitionProtocol(JdbcClient jdbc, CompetitionQueries queries) {
        this.jdbc = jdbc;
        this.queries = queries;
    }

    @Transactional(readOnly = true)
    public byte[] docx(Actor actor, int year) {
        return ProtocolFiles.docx(blocks(actor, year));
    }

    @Transactional(readOnly = true)
    public byte[] pdf(Actor actor, int year) {
        return ProtocolFiles.pdf(blocks(actor, year));
    }

    /** The protocol's blocks, if the actor may see the protocol of this year. */
    List<Block> blocks(Actor actor, int year) {
        CompetitionView c = queries.byYear(year)
                .filter(x -> x.phase() == CompetitionPhase.PUBLISHED
                        || x.phase() == CompetitionPhase.RESULTS && actor.isAdmin())
                .orElseThrow(() -> new NotFoundException(
                        "Протокол конкурса " + year + " года появится, когда итоги будут утверждены"));
        return of(c, confirmedOn(c), queries.criteria(c.id(), null), queries.applications(c.id(), "true", Map.of()));
    }

    private LocalDate confirmedOn(CompetitionView c) {
        Timestamp at = jdbc.sql("select results_confirmed_at from competition.competitions where id = :id")
                .param("id", c.id())
                .query(Timestamp.class)
                .optional()
                .orElse(null);
        return at == null
                ? c.federalDeadline()
                : at.toInstant().atZone(Applications.MOSCOW).toLocalDate();
    }

    static String title(int year) {
        return "Протокол заседания конкурсной комиссии Всероссийского конкурса «Лучшая муниципальная практика» " + year
                + " года";
    }

    static String roubles(BigDecimal amount) {
        return RussianNumbers.format(amount, 2) + "\u00a0руб.";
    }

    static List<Block> of(CompetitionView c, LocalDate date, List<CriterionView> criteria, List<ApplicationView> all) {
        List<Block> b = new ArrayList<>();
        b.add(new Title(title(c.year())));
        b.add(new PlaceAndDate("г. Москва", RussianDates.inWords(date)));
        method(c, criteria, b);

        b.add(new Heading("2. Рейтинг заявок и решение комиссии"));
        Map<String, List<ApplicationView>> groups = new LinkedHashMap<>();
        for (ApplicationView a : all) {
            if (a.shortlisted()
                    && (a.status() == ApplicationStatus.WINNER || a.status() == ApplicationStatus.NOT_AWARDED)) {
                groups.computeIfAbsent(a.nominationCode() + "/" + a.category(), k -> new ArrayList<>())
                        .add(a);
            }
        }
        for (NominationView n : c.nominations()) {
            b.add(new Heading(n.code() + ". " + n.shortTitle()));
            for (String category : List.of("I", "II")) {
                List<ApplicationView> list = new ArrayList<>(groups.getOrDefault(n.code() + "/" + category, List.of()));
                list.sort(java.util.Comparator.comparing(
                        ApplicationView::rank, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())));
                b.add(new Subheading(category + " категория"));
                if (list.isEmpty()) {
                    b.add(new Paragraph(null, "Заявок на федеральном этапе не было; места не присуждаются."));
                    continue;
                }
                List<List<String>> rows = new ArrayList<>();
                for (ApplicationView a : list) {
                    rows.add(List.of(
                            a.rank() == null ? "—" : String.valueOf(a.rank()),
                            a.municipalityName(),
                            a.regionName() == null ? a.regionCode() : a.regionName(),
                            a.title(),
                            RussianNumbers.fixed(a.formalPoints(), 2),
                            RussianNumbers.fixed(a.expertPoints(), 2)));
                }
                b.add(new Table(
                        List.of(
                                "Место в рейтинге",
                                "Муниципальное образование",
                                "Субъект РФ",
                                "Практика",
                                "Формальные баллы",
                                "Оценка экспертов"),
                        new float[] {1.3f, 2.6f, 2.2f, 3.6f, 1.7f, 1.6f},
                        rows));
                List<ApplicationView> winners = list.stream()
                        .filter(a -> a.place() != null)
                        .sorted(java.util.Comparator.comparing(ApplicationView::place))
                        .toList();
                if (winners.isEmpty()) {
                    b.add(new Paragraph("РЕШИЛИ:", "места не присуждать: нет заявок с оценкой экспертов."));
                } else {
                    b.add(new Paragraph("РЕШИЛИ:", "присудить места и денежные поощрения:"));
                    for (ApplicationView w : winners) {
                        b.add(new Entry(w.place() + " место — " + w.municipalityName() + " ("
                                + (w.regionName() == null ? w.regionCode() : w.regionName()) + "), «" + w.title()
                                + "»" + (w.prizeRub() == null ? "." : ", " + roubles(w.prizeRub()))));
                    }
                }
            }
        }
        totals(all, b);
        b.add(new Signatures(List.of("Председатель конкурсной комиссии", "Секретарь конкурсной комиссии")));
        return b;
    }

    private static void method(CompetitionView c, List<CriterionView> criteria, List<Block> b) {
        b.add(new Heading("1. Порядок оценки"));
        Map<String, CriterionView> formula = new LinkedHashMap<>();
        Map<String, CriterionView> expert = new LinkedHashMap<>();
        for (CriterionView k : criteria) {
            (k.expert() ? expert : formula).putIfAbsent(k.code(), k);
        }
        StringBuilder f = new StringBuilder(
                "Формальные баллы рассчитаны по карточке практики заявителя как сумма значений формальных критериев"
                        + " (от 0 до 1), умноженных на их веса: ");
        f.append(String.join(
                "; ",
                formula.values().stream()
                        .map(k -> "«" + k.title() + "» (вес " + RussianNumbers.format(k.weight(), 2) + ")")
                        .toList()));
        f.append('.');
        b.add(new Paragraph(null, f.toString()));
        b.add(new Paragraph(
                null,
                c.shortlistSize() == null
                        ? "Экспертам направлены все заявки, поступившие на федеральный этап."
                        : "Экспертам направлены первые " + c.shortlistSize()
                                + " заявок каждой номинации и категории по формальным баллам (короткий список)."));
        b.add(new Paragraph(
                null,
                "Каждую заявку короткого списка оценили "
                        + RussianNumbers.count(c.expertsPerApplication(), "эксперт", "эксперта", "экспертов")
                        + " (не из региона заявителя и без заявленного конфликта интересов"
                        + (c.blind() ? ", без сведений о заявителе" : "") + ") по критериям: "
                        + String.join(
                                "; ",
                                expert.values().stream()
                                        .map(k -> "«" + k.title() + "» (от "
                                                + RussianNumbers.format(k.minPoints(), 2) + " до "
                                                + RussianNumbers.format(k.maxPoints(), 2) + ", вес "
                                                + RussianNumbers.format(k.weight(), 2) + ")")
                                        .toList())
                        + ". Баллы эксперта — сумма его оценок, умноженных на веса; оценка заявки — "
                        + ("MEDIAN".equals(c.aggregation()) ? "медиана" : "среднее арифметическое")
                        + " баллов оценивших её экспертов."));
        b.add(new Paragraph(
                null,
                "Порядок в номинации и категории: по оценке экспертов, при равенстве — по формальным баллам, затем"
                        + " раньше поданная заявка, затем меньший номер заявки. Места с 1-го по " + c.places()
                        + "-е присуждаются первым заявкам с оценкой экспертов; размер денежного поощрения определён"
                        + " для номинации, категории и места."));
    }

    private static void totals(List<ApplicationView> all, List<Block> b) {
        List<ApplicationView> submitted =
                all.stream().filter(a -> a.status() != ApplicationStatus.DRAFT).toList();
        long federal = submitted.stream()
                .filter(a -> a.status() == ApplicationStatus.WINNER || a.status() == ApplicationStatus.NOT_AWARDED)
                .count();
        List<ApplicationView> winners = submitted.stream()
                .filter(a -> a.status() == ApplicationStatus.WINNER)
                .toList();
        BigDecimal fund = winners.stream()
                .map(a -> a.prizeRub() == null ? BigDecimal.ZERO : a.prizeRub())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        b.add(new Heading("3. Итоги"));
        b.add(new Entry("Подано заявок: " + RussianNumbers.format(submitted.size()) + ", из "
                + RussianNumbers.count(
                        submitted.stream()
                                .map(ApplicationView::regionCode)
                                .distinct()
                                .count(),
                        "субъекта",
                        "субъектов",
                        "субъектов")
                + " Российской Федерации."));
        b.add(new Entry("Прошли на федеральный этап: " + RussianNumbers.format(federal) + "."));
        b.add(new Entry("Победителей: " + RussianNumbers.format(winners.size()) + " из "
                + RussianNumbers.count(
                        winners.stream()
                                .map(ApplicationView::regionCode)
                                .distinct()
                                .count(),
                        "субъекта",
                        "субъектов",
                        "субъектов")
                + "."));
        b.add(new Entry("Призовой фонд: " + roubles(fund)));
    }
}
