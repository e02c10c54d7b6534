package ru.praktika.report.domain;

import static ru.praktika.shared.RussianNumbers.fixed;
import static ru.praktika.shared.RussianNumbers.format;
import static ru.praktika.shared.RussianNumbers.percent;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import ru.praktika.nationalproject.NationalProjectView;
import ru.praktika.nationalproject.ProjectRef;
import ru.praktika.practice.FinancingSource;
import ru.praktika.practice.PracticeCard;
import ru.praktika.practice.PracticeParts;
import ru.praktika.review.PracticeScore;
import ru.praktika.review.QualityRule;
import ru.praktika.review.ReturnRecord;
import ru.praktika.shared.RussianDates;
import ru.praktika.shared.RussianNumbers;
import ru.praktika.territory.RegionView;

/**
 * The consolidated report on a campaign year: summary with charts and the map, practices by national and federal
 * project, quality and returns, inter-municipal cooperation and concessions, practices recommended for replication,
 * and the register of all accepted practices. Only accepted practices go in, in a stable order.
 */
final class ConsolidatedReport {

    static final String TITLE = "Доклад о лучших муниципальных практиках";

    private static final int RECOMMENDED = 10;
    /** More bars than this would not fit a page legibly: the chart continues in the next figure. */
    private static final int BARS_PER_FIGURE = 30;

    private final ReportData data;
    private final List<PracticeCard> practices;
    private final Blocks doc = new Blocks();

    private ConsolidatedReport(ReportData data) {
        this.data = data;
        this.practices = data.practices();
    }

    static Document build(ReportData data) {
        return new ConsolidatedReport(data).build();
    }

    private Document build() {
        doc.add(new Document.TitlePage(
                ReportData.ASSOCIATION,
                TITLE + " и их участии в реализации региональных проектов, обеспечивающих достижение целей,"
                        + " показателей и результатов национальных проектов",
                "по итогам отчётной кампании " + data.year() + " года (" + data.scope() + ")",
                "Москва, " + data.today().getYear(),
                "Сформирован " + RussianDates.inWords(data.today())));
        doc.add(new Document.Contents());
        summary();
        byNationalProject();
        quality();
        cooperation();
        recommended();
        register();
        return doc.build(TITLE + " за " + data.year() + " год");
    }

    // 1. Summary

    private void summary() {
        doc.heading(1, "1", "Общие сведения");
        Set<String> regionsWithPractices =
                practices.stream().map(PracticeCard::regionCode).collect(Collectors.toCollection(LinkedHashSet::new));
        long linked =
                practices.stream().filter(PracticeCard::linkedToFederalProject).count();
        long inter = practices.stream().filter(PracticeCard::interMunicipal).count();
        long concessions =
                practices.stream().filter(PracticeCard::drawsPrivateMoney).count();
        BigDecimal money = practices.stream().map(ConsolidatedReport::money).reduce(BigDecimal.ZERO, BigDecimal::add);
        int n = practices.size();
        doc.text("В отчётной кампании " + data.year() + " года Ассоциация приняла " + format(n) + " "
                + practicesWord(n) + "; их представили советы муниципальных образований "
                + format(regionsWithPractices.size()) + " из "
                + data.scopeRegions().size()
                + " субъектов Российской Федерации. С федеральными проектами национальных проектов связаны "
                + format(linked) + " (" + percent(share(linked, n)) + "), межмуниципальные — " + format(inter)
                + " (" + percent(share(inter, n)) + "), с концессией, ГЧП/МЧП или внебюджетными средствами — "
                + format(concessions) + " (" + percent(share(concessions, n)) + ").");
        doc.table(
                "Основные показатели отчётной кампании " + data.year() + " года",
                List.of("Показатель", "Значение"),
                List.of(
                        List.of("Принято практик", format(n)),
                        List.of(
                                "Субъектов Российской Федерации, представивших практики",
                                format(regionsWithPractices.size()) + " из "
                                        + data.scopeRegions().size()),
                        List.of(
                                "Практик, связанных с федеральными проектами",
                                format(linked) + " (" + percent(share(linked, n)) + ")"),
                        List.of("Межмуниципальных практик", format(inter) + " (" + percent(share(inter, n)) + ")"),
                        List.of(
                                "Практик с концессией, ГЧП/МЧП или внебюджетными средствами",
                                format(concessions) + " (" + percent(share(concessions, n)) + ")"),
                        List.of("Финансирование практик, всего", RussianNumbers.millionRoubles(money))));

        doc.heading(2, "1.1", "Охват субъектов Российской Федерации");
        Map<String, Long> perRegion = practices.stream()
                .collect(Collectors.groupingBy(PracticeCard::regionCode, TreeMap::new, Collectors.counting()));
        doc.figure(
                "Число принятых практик по субъектам Российской Федерации",
                Charts.map(data.outlines(), data.mapSize(), perRegion, "Практик"));
        List<List<String>> districtRows = new ArrayList<>();
        List<Charts.Bar> districtBars = new ArrayList<>();
        for (String district : ReportData.DISTRICTS) {
            List<RegionView> all = data.scopeRegions().stream()
                    .filter(r -> district.equals(r.federalDistrict()))
                    .toList();
            if (all.isEmpty()) {
                continue;
            }
            long covered =
                    all.stream().filter(r -> perRegion.containsKey(r.code())).count();
            long count = all.stream()
                    .mapToLong(r -> perRegion.getOrDefault(r.code(), 0L))
                    .sum();
            districtRows.add(List.of(
                    district + " федеральный округ",
                    format(all.size()),
                    format(covered),
                    format(count),
                    percent(share(count, n))));
            districtBars.add(new Charts.Bar(district, count, format(count)));
        }
        doc.table(
                "Практики по федеральным округам",
                List.of("Федеральный округ", "Субъектов", "Субъектов с практиками", "Практик", "Доля"),
                districtRows);
        doc.figure("Число принятых практик по федеральным округам", Charts.bars(districtBars));

        doc.heading(2, "1.2", "Финансирование практик по источникам");
        Map<FinancingSource, BigDecimal> bySource = new EnumMap<>(FinancingSource.class);
        practices.forEach(p -> p.financing().forEach(f -> bySource.merge(f.source(), f.amountRub(), BigDecimal::add)));
        BigDecimal bySourceTotal = bySource.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        List<List<String>> moneyRows = new ArrayList<>();
        for (FinancingSource s : FinancingSource.values()) {
            BigDecimal v = bySource.getOrDefault(s, BigDecimal.ZERO);
            moneyRows.add(List.of(
                    data.label().apply("source." + s.name()),
                    fixed(v.movePointLeft(6), 1),
                    percent(bySourceTotal.signum() == 0 ? 0 : v.doubleValue() / bySourceTotal.doubleValue())));
        }
        moneyRows.add(List.of("Итого", fixed(bySourceTotal.movePointLeft(6), 1), percent(1)));
        doc.table("Финансирование практик по источникам", List.of("Источник", "млн руб.", "Доля"), moneyRows);
    }

    // 2. National projects

    private void byNationalProject() {
        doc.heading(1, "2", "Практики по национальным проектам");
        Map<String, Long> perProject = new LinkedHashMap<>();
        for (NationalProjectView np : data.projects()) {
            long count = practices.stream()
                    .filter(p -> p.links().stream().anyMatch(l -> np.code().equals(l.nationalProject())))
                    .count();
            if (count > 0) {
                perProject.put(np.code(), count);
            }
        }
        doc.text("Национальных проектов, с которыми связаны практики: " + format(perProject.size()) + " из "
                + data.projects().size() + ". Практика, связанная с несколькими проектами, учтена в каждом из них.");
        List<Charts.Bar> bars = new ArrayList<>();
        data.projects().stream()
                .filter(np -> perProject.containsKey(np.code()))
                .sorted(Comparator.comparing((NationalProjectView np) -> -perProject.get(np.code())))
                .forEach(np -> bars.add(
                        new Charts.Bar(np.name(), perProject.get(np.code()), format(perProject.get(np.code())))));
        doc.figure("Число принятых практик по национальным проектам", Charts.bars(bars));
        int section = 0;
        for (NationalProjectView np : data.projects()) {
            if (!perProject.containsKey(np.code())) {
                continue;
            }
            section++;
            List<PracticeCard> inProject = practices.stream()
                    .filter(p -> p.links().stream().anyMatch(l -> np.code().equals(l.nationalProject())))
                    .toList();
            doc.heading(2, "2." + section, "Национальный проект «" + np.name() + "»");
            long regionsCount =
                    inProject.stream().map(PracticeCard::regionCode).distinct().count();
            doc.text("Практик: " + format(inProject.size()) + ", субъектов Российской Федерации: "
                    + format(regionsCount) + ".");
            Set<String> regional = new LinkedHashSet<>();
            inProject.forEach(p -> p.links().stream()
                    .filter(l -> np.code().equals(l.nationalProject()) && l.regionalProjectName() != null)
                    .forEach(l ->
                            regional.add(data.regionName(p.regionCode()) + ": «" + l.regionalProjectName() + "»")));
            if (!regional.isEmpty()) {
                doc.text("Затронутые региональные проекты (" + format(regional.size()) + "):");
                List<String> list = new ArrayList<>(regional).subList(0, Math.min(regional.size(), 25));
                List<String> items = new ArrayList<>(list);
                if (regional.size() > list.size()) {
                    items.add("и ещё " + format(regional.size() - list.size()));
                }
                doc.bullets(items);
            }
            doc.table(
                    "Практики, связанные с национальным проектом «" + np.name() + "», по федеральным проектам",
                    List.of(
                            "№",
                            "Практика; субъект РФ, муниципальное образование",
                            "Показатель (результат): базовое → фактическое значение",
                            "Средства, тыс. руб.",
                            "Механизм"),
                    projectRows(np, inProject));
        }
    }

    /**
     * The rows of one national project's table: under a sub-heading row for each federal project of the catalogue
     * (in its order), then those linked to none of them; numbered through the table.
     */
    private List<List<String>> projectRows(NationalProjectView np, List<PracticeCard> inProject) {
        List<ProjectRef> federal = new ArrayList<>(np.federalProjects());
        Set<String> listed = federal.stream().map(ProjectRef::code).collect(Collectors.toSet());
        federal.add(null);
        List<List<String>> rows = new ArrayList<>();
        int number = 0;
        for (ProjectRef fp : federal) {
            List<List<String>> group = new ArrayList<>();
            for (PracticeCard p : inProject) {
                var link = p.links().stream()
                        .filter(l -> np.code().equals(l.nationalProject())
                                && (fp == null
                                        ? l.federalProject() == null || !listed.contains(l.federalProject())
                                        : fp.code().equals(l.federalProject())))
                        .findFirst();
                if (link.isPresent()) {
                    group.add(projectRow(number + group.size() + 1, p, link.get()));
                }
            }
            if (group.isEmpty()) {
                continue;
            }
            rows.add(List.of(fp == null ? "Федеральный проект не указан" : "Федеральный проект «" + fp.name() + "»"));
            rows.addAll(group);
            number += group.size();
        }
        return rows;
    }

    private List<String> projectRow(int number, PracticeCard p, PracticeParts.LinkRow link) {
        String indicator = link.indicatorName() != null
                ? link.indicatorName()
                : (p.results().isEmpty() ? null : p.results().get(0).indicator());
        return List.of(
                String.valueOf(number),
                practiceAndPlace(p),
                indicator == null ? "—" : indicator + ":\n" + baseToActual(p),
                fixed(money(p).movePointLeft(3), 1),
                data.mechanism(p));
    }

    /** The practice's title and, below it, where: five columns fit a page without breaking words, seven do not. */
    private String practiceAndPlace(PracticeCard p) {
        return p.title() + "\n" + data.regionName(p.regionCode()) + ", " + ReportData.municipality(p);
    }

    static String baseToActual(PracticeCard p) {
        if (p.results().isEmpty()) {
            return "—";
        }
        PracticeParts.ResultRow r = p.results().get(0);
        String unit = r.unit() == null || r.unit().isBlank() ? "" : " " + r.unit();
        return value(r.baseValue(), r.baseYear()) + " → " + value(r.actualValue(), r.actualYear()) + unit;
    }

    private static String value(BigDecimal v, Integer year) {
        return format(v, 2) + (year == null ? "" : " (" + year + ")");
    }

    // 3. Quality

    private void quality() {
        doc.heading(1, "3", "Качество представленных практик");
        Map<String, List<PracticeCard>> byRegion = practices.stream()
                .collect(Collectors.groupingBy(PracticeCard::regionCode, TreeMap::new, Collectors.toList()));
        record Place(String code, int count, double average, List<String> reasons) {}
        List<Place> places = new ArrayList<>();
        byRegion.forEach((code, list) -> {
            double average = list.stream().mapToInt(data::score).average().orElse(0);
            Map<QualityRule, Long> findings = new EnumMap<>(QualityRule.class);
            list.forEach(p -> {
                PracticeScore s = data.scores().get(p.id());
                if (s != null) {
                    s.findings().forEach(f -> findings.merge(f, 1L, Long::sum));
                }
            });
            List<String> reasons = findings.entrySet().stream()
                    .sorted(Map.Entry.<QualityRule, Long>comparingByValue()
                            .reversed()
                            .thenComparing(Map.Entry.comparingByKey()))
                    .limit(3)
                    .map(e -> e.getKey().finding() + " (" + e.getValue() + ")")
                    .toList();
            places.add(new Place(code, list.size(), average, reasons));
        });
        places.sort(Comparator.comparingDouble((Place p) -> -p.average())
                .thenComparing(p -> -p.count())
                .thenComparing(Place::code));
        double overall = practices.stream().mapToInt(data::score).average().orElse(0);
        doc.text("Каждая практика проверена по " + QualityRule.values().length + " правилам качества (полнота"
                + " карточки, связь с федеральным проектом и её подтверждение текстом, результат в цифрах,"
                + " правовой акт, финансирование по источникам, межмуниципальное взаимодействие, внебюджетные"
                + " средства, отсутствие дублей). Средняя оценка принятых практик — " + fixed(overall, 1)
                + " из 100.");
        doc.heading(2, "3.1", "Рейтинг субъектов Российской Федерации по качеству практик");
        List<List<String>> rows = new ArrayList<>();
        List<Charts.Bar> bars = new ArrayList<>();
        for (int i = 0; i < places.size(); i++) {
            Place p = places.get(i);
            rows.add(List.of(
                    String.valueOf(i + 1),
                    data.regionName(p.code()),
                    format(p.count()),
                    fixed(p.average(), 1),
                    p.reasons().isEmpty() ? "замечаний нет" : String.join("; ", p.reasons())));
            bars.add(new Charts.Bar(data.regionName(p.code()), p.average(), fixed(p.average(), 1)));
        }
        for (int from = 0; from < bars.size(); from += BARS_PER_FIGURE) {
            int to = Math.min(bars.size(), from + BARS_PER_FIGURE);
            doc.figure(
                    "Средняя оценка качества практик по субъектам Российской Федерации"
                            + (bars.size() > BARS_PER_FIGURE ? " (места " + (from + 1) + "–" + to + ")" : ""),
                    Charts.bars(bars.subList(from, to), 100));
        }
        doc.table(
                "Рейтинг субъектов Российской Федерации по средней оценке качества практик",
                List.of("Место", "Субъект РФ", "Практик", "Оценка", "Основные замечания (число практик)"),
                rows);

        doc.heading(2, "3.2", "Возврат практик на доработку");
        Set<String> scope = data.scopeRegions().stream().map(RegionView::code).collect(Collectors.toSet());
        Set<String> projects =
                data.projects().stream().map(NationalProjectView::code).collect(Collectors.toSet());
        List<ReturnRecord> returns = data.returns().stream()
                .filter(r -> scope.contains(r.regionCode()))
                .filter(r -> !data.filteredByProject()
                        || r.nationalProjects().stream().anyMatch(projects::contains))
                .toList();
        if (returns.isEmpty()) {
            doc.text("Записей о возврате практик на доработку в отчётной кампании " + data.year() + " года нет.");
            return;
        }
        long returnedPractices =
                returns.stream().map(ReturnRecord::practiceId).distinct().count();
        doc.text("Возвращено на доработку практик: " + format(returnedPractices) + " (всего возвратов: "
                + format(returns.size()) + "). При каждом возврате записаны правила качества, которым практика в тот"
                + " момент не отвечала, и замечание проверяющего.");
        Map<QualityRule, Long> reasons = new EnumMap<>(QualityRule.class);
        returns.forEach(r -> r.rules().forEach(rule -> reasons.merge(rule, 1L, Long::sum)));
        doc.table(
                "Причины возврата на доработку по правилам качества",
                List.of("Правило, которому практика не отвечала", "Возвратов", "Доля возвратов"),
                reasons.entrySet().stream()
                        .sorted(Map.Entry.<QualityRule, Long>comparingByValue()
                                .reversed()
                                .thenComparing(Map.Entry.comparingByKey()))
                        .map(e -> List.of(
                                e.getKey().title(), format(e.getValue()), percent(share(e.getValue(), returns.size()))))
                        .toList());
        Map<String, Long> comments = returns.stream()
                .filter(r -> r.comment() != null && !r.comment().isBlank())
                .collect(Collectors.groupingBy(r -> r.comment().strip(), TreeMap::new, Collectors.counting()));
        if (!comments.isEmpty()) {
            doc.text("Самые частые замечания проверяющих:");
            doc.bullets(comments.entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue()
                            .reversed()
                            .thenComparing(Map.Entry.comparingByKey()))
                    .limit(5)
                    .map(e -> "«" + ReportData.shorten(e.getKey(), 200) + "» — " + format(e.getValue()))
                    .toList());
        }
    }

    // 4. Inter-municipal cooperation and concessions

    private void cooperation() {
        doc.heading(1, "4", "Межмуниципальное сотрудничество, концессии и ГЧП/МЧП");
        int n = practices.size();
        long inter = practices.stream().filter(PracticeCard::interMunicipal).count();
        long concessions =
                practices.stream().filter(PracticeCard::drawsPrivateMoney).count();
        doc.text("Межмуниципальных практик — " + format(inter) + " (" + percent(share(inter, n))
                + "); практик с концессией, ГЧП/МЧП или внебюджетными средствами — " + format(concessions) + " ("
                + percent(share(concessions, n)) + ").");
        List<List<String>> rows = new ArrayList<>();
        List<String> weak = new ArrayList<>();
        for (String district : ReportData.DISTRICTS) {
            List<PracticeCard> list = practices.stream()
                    .filter(p -> district.equals(data.district(p.regionCode())))
                    .toList();
            if (list.isEmpty()) {
                continue;
            }
            long i = list.stream().filter(PracticeCard::interMunicipal).count();
            long c = list.stream().filter(PracticeCard::drawsPrivateMoney).count();
            BigDecimal extra = list.stream()
                    .flatMap(p -> p.financing().stream())
                    .filter(f -> f.source() == FinancingSource.EXTRA_BUDGETARY)
                    .map(PracticeParts.FinancingRow::amountRub)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            rows.add(List.of(
                    district,
                    format(list.size()),
                    format(i) + " (" + percent(share(i, list.size())) + ")",
                    format(c) + " (" + percent(share(c, list.size())) + ")",
                    fixed(extra.movePointLeft(6), 1)));
            if (share(i, list.size()) < share(inter, n) || share(c, list.size()) < share(concessions, n)) {
                weak.add(district + " федеральный округ: межмуниципальных " + percent(share(i, list.size()))
                        + ", с концессиями и ГЧП/МЧП " + percent(share(c, list.size())));
            }
        }
        doc.table(
                "Межмуниципальные практики, концессии и ГЧП/МЧП по федеральным округам",
                List.of(
                        "Федеральный округ",
                        "Практик",
                        "Межмуниципальных",
                        "С концессией, ГЧП/МЧП, внебюджетными средствами",
                        "Внебюджетные средства, млн руб."),
                rows);
        Map<String, Long> leaders = practices.stream()
                .filter(PracticeCard::interMunicipal)
                .collect(Collectors.groupingBy(PracticeCard::regionCode, TreeMap::new, Collectors.counting()));
        List<String> top = leaders.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(5)
                .map(e -> data.regionName(e.getKey()) + " — " + format(e.getValue()))
                .toList();
        if (!top.isEmpty()) {
            doc.text("Больше всего межмуниципальных практик представили:");
            doc.bullets(top);
        }
        if (!weak.isEmpty()) {
            doc.text("Ниже среднего по докладу доля межмуниципальных практик или практик с концессиями и ГЧП/МЧП:");
            doc.bullets(weak);
        }
        List<String> none = data.scopeRegions().stream()
                .filter(r -> practices.stream().anyMatch(p -> p.regionCode().equals(r.code())))
                .filter(r -> !leaders.containsKey(r.code()))
                .map(RegionView::name)
                .toList();
        if (!none.isEmpty()) {
            doc.labelled(
                    "Нет ни одной межмуниципальной практики (" + format(none.size()) + "):",
                    String.join(", ", none) + ".");
        }
    }

    // 5. Recommended

    private void recommended() {
        doc.heading(1, "5", "Практики, рекомендуемые к тиражированию");
        List<PracticeCard> best = practices.stream()
                .sorted(Comparator.comparingInt((PracticeCard p) -> -data.score(p))
                        .thenComparingLong(PracticeCard::id))
                .limit(RECOMMENDED)
                .toList();
        doc.text("К тиражированию рекомендуются практики с наивысшей оценкой качества (при равной оценке — в порядке"
                + " поступления).");
        int i = 0;
        for (PracticeCard p : best) {
            i++;
            doc.labelled(
                    i + ". «" + p.title() + "»",
                    "(" + data.regionName(p.regionCode()) + ", " + ReportData.municipality(p) + "; оценка "
                            + data.score(p) + "). " + ReportData.shorten(p.description(), 320)
                            + (p.replicability() == null || p.replicability().isBlank()
                                    ? ""
                                    : " Условия тиражирования: " + ReportData.shorten(p.replicability(), 200)));
        }
    }

    // Annex

    private void register() {
        doc.heading(1, null, "Приложение. Реестр принятых практик");
        List<List<String>> rows = new ArrayList<>(practices.size());
        for (PracticeCard p : practices) {
            rows.add(List.of(
                    String.valueOf(rows.size() + 1),
                    practiceAndPlace(p),
                    p.links().stream()
                            .map(PracticeParts.LinkRow::nationalProjectName)
                            .filter(Objects::nonNull)
                            .distinct()
                            .collect(Collectors.joining("; ")),
                    data.mechanism(p),
                    String.valueOf(data.score(p))));
        }
        doc.table(
                "Реестр принятых практик " + data.year() + " года",
                List.of(
                        "№",
                        "Практика; субъект РФ, муниципальное образование",
                        "Национальные проекты",
                        "Механизм",
                        "Оценка"),
                rows);
    }

    static BigDecimal money(PracticeCard p) {
        return p.totalFinancingRub() == null ? BigDecimal.ZERO : p.totalFinancingRub();
    }

    private static double share(long part, long whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }

    static String practicesWord(long n) {
        long d = n % 100;
        if (d >= 11 && d <= 14) {
            return "практик";
        }
        return switch ((int) (n % 10)) {
            case 1 -> "практику";
            case 2, 3, 4 -> "практики";
            default -> "практик";
        };
    }
}
