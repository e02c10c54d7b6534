package ru.praktika.report.domain;

import static ru.praktika.shared.RussianNumbers.format;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ru.praktika.nationalproject.NationalProjectView;
import ru.praktika.practice.PracticeCard;
import ru.praktika.practice.PracticeParts;
import ru.praktika.report.ReportRequest;
import ru.praktika.shared.RussianDates;

/**
 * The collection of best municipal practices («Сборник»): one practice per page or two, grouped by federal district
 * or by national project, each with its description, results table, links to national projects and contacts.
 */
final class CollectionReport {

    static final String TITLE = "Сборник лучших муниципальных практик";

    private CollectionReport() {}

    static Document build(ReportData data) {
        Blocks doc = new Blocks();
        boolean byProject = data.groupBy() == ReportRequest.Grouping.NATIONAL_PROJECT;
        doc.add(new Document.TitlePage(
                ReportData.ASSOCIATION,
                TITLE,
                data.year() + " год · " + data.scope()
                        + (byProject ? " · по национальным проектам" : " · по федеральным округам"),
                "Москва, " + data.today().getYear(),
                "Сформирован " + RussianDates.inWords(data.today())));
        doc.add(new Document.Contents());
        Map<String, List<PracticeCard>> groups = byProject ? byProject(data) : byDistrict(data);
        int g = 0;
        for (Map.Entry<String, List<PracticeCard>> group : groups.entrySet()) {
            if (group.getValue().isEmpty()) {
                continue;
            }
            g++;
            doc.heading(1, String.valueOf(g), group.getKey());
            int i = 0;
            for (PracticeCard p : group.getValue()) {
                if (i > 0) {
                    doc.add(new Document.PageBreak());
                }
                i++;
                practice(doc, data, p, g + "." + i);
            }
        }
        return doc.build(TITLE + " " + data.year() + " года");
    }

    private static Map<String, List<PracticeCard>> byDistrict(ReportData data) {
        Map<String, List<PracticeCard>> groups = new LinkedHashMap<>();
        ReportData.DISTRICTS.forEach(d -> groups.put(d + " федеральный округ", new ArrayList<>()));
        for (PracticeCard p : data.practices()) {
            groups.computeIfAbsent(data.district(p.regionCode()) + " федеральный округ", k -> new ArrayList<>())
                    .add(p);
        }
        return groups;
    }

    /** A practice goes under the first of its national projects the collection covers, so each appears once. */
    private static Map<String, List<PracticeCard>> byProject(ReportData data) {
        Map<String, List<PracticeCard>> byCode = new LinkedHashMap<>();
        data.projects().forEach(np -> byCode.put(np.code(), new ArrayList<>()));
        List<PracticeCard> unlinked = new ArrayList<>();
        for (PracticeCard p : data.practices()) {
            p.links().stream()
                    .map(PracticeParts.LinkRow::nationalProject)
                    .filter(byCode::containsKey)
                    .findFirst()
                    .ifPresentOrElse(code -> byCode.get(code).add(p), () -> unlinked.add(p));
        }
        Map<String, List<PracticeCard>> groups = new LinkedHashMap<>();
        for (NationalProjectView np : data.projects()) {
            groups.put("Национальный проект «" + np.name() + "»", byCode.get(np.code()));
        }
        groups.put("Практики без связи с национальными проектами текущего периода", unlinked);
        return groups;
    }

    /** The card's own texts and figures (not the contacts), labelled as the catalogue labels them. */
    private static void fields(Blocks doc, PracticeCard p, boolean content) {
        for (ru.praktika.practice.CardCatalogue.Field f : ru.praktika.practice.CardCatalogue.FIELDS) {
            boolean shown = f.multiline()
                    || f.kind() == ru.praktika.practice.CardCatalogue.Kind.INTEGER
                    || f.kind() == ru.praktika.practice.CardCatalogue.Kind.URL;
            if (!shown || "content".equals(f.section()) != content) {
                continue;
            }
            Object value = ru.praktika.practice.CardTexts.value(p, f.name());
            String text = value instanceof Number n
                    ? ru.praktika.shared.RussianNumbers.format(n.longValue())
                    : value == null ? null : value.toString();
            doc.labelled(f.label() + ":", text);
        }
    }

    private static void practice(Blocks doc, ReportData data, PracticeCard p, String number) {
        doc.heading(2, number, p.title());
        doc.labelled("Субъект Российской Федерации:", data.regionName(p.regionCode()));
        doc.labelled(
                p.municipalities().size() > 1 ? "Муниципальные образования:" : "Муниципальное образование:",
                String.join(", ", p.municipalityNames().values()));
        if (p.periodFrom() != null) {
            doc.labelled(
                    "Период реализации:",
                    RussianDates.numeric(p.periodFrom()) + " – "
                            + (p.periodTo() == null ? "по настоящее время" : RussianDates.numeric(p.periodTo())));
        }
        doc.labelled("Механизм:", data.mechanism(p));
        // what the card says in words, as the card declares it: the content first, the rest after the money
        fields(doc, p, true);
        if (!p.results().isEmpty()) {
            List<List<String>> rows = new ArrayList<>();
            for (PracticeParts.ResultRow r : p.results()) {
                rows.add(List.of(
                        r.indicator(),
                        r.unit() == null ? "" : r.unit(),
                        format(r.baseValue(), 2) + (r.baseYear() == null ? "" : " (" + r.baseYear() + ")"),
                        format(r.targetValue(), 2),
                        format(r.actualValue(), 2) + (r.actualYear() == null ? "" : " (" + r.actualYear() + ")")));
            }
            doc.table(
                    "Результаты практики «" + p.title() + "»",
                    List.of("Показатель", "Ед. изм.", "Базовое значение (год)", "Целевое", "Фактическое (год)"),
                    rows);
        }
        List<String> links = p.links().stream()
                .map(l -> l.nationalProjectName()
                        + (l.federalProjectName() == null ? "" : " → " + l.federalProjectName())
                        + (l.regionalProjectName() == null
                                ? ""
                                : " → региональный проект «" + l.regionalProjectName() + "»")
                        + (l.indicatorName() == null ? "" : "; показатель: " + l.indicatorName()))
                .toList();
        if (!links.isEmpty()) {
            doc.text("Вклад в национальные проекты:");
            doc.bullets(links);
        }
        BigDecimal total = ConsolidatedReport.money(p);
        if (total.signum() > 0) {
            List<String> parts = p.financing().stream()
                    .filter(f -> f.amountRub().signum() > 0)
                    .map(f -> data.label().apply("source." + f.source().name()) + " — "
                            + ru.praktika.shared.RussianNumbers.fixed(
                                    f.amountRub().movePointLeft(3), 1))
                    .toList();
            doc.labelled(
                    "Финансирование:",
                    "всего " + ru.praktika.shared.RussianNumbers.fixed(total.movePointLeft(3), 1) + " тыс. руб."
                            + (parts.isEmpty() ? "" : ", в том числе " + String.join("; ", parts)) + ".");
        }
        fields(doc, p, false);
        List<String> contact = new ArrayList<>();
        for (String c : new String[] {p.contactName(), p.contactPosition(), p.contactPhone(), p.contactEmail()}) {
            if (c != null && !c.isBlank()) {
                contact.add(c.strip());
            }
        }
        doc.labelled("Контакты:", String.join(", ", contact));
    }
}
