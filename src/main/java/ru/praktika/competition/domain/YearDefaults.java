package ru.praktika.competition.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVRecord;
import ru.praktika.competition.NominationView;
import ru.praktika.competition.Question;
import ru.praktika.shared.ReferenceCsv;

/**
 * What a new competition year starts with, from the facts in {@code reference/competition_nominations.csv} and
 * {@code competition_facts.csv}: the nominations that ran that year, the categories (I — городские и муниципальные
 * округа, городские поселения; II — сельские поселения), 3 places until 2020 and 5 since 2021, the prizes of 2022–2024
 * (I: 50, 40, 30, 20, 10 million roubles; II: 20, 15, 10, 5, 3 million), the association's own quota of 5 since 2025,
 * the deadlines (applications by 1 July, the regional stage by 20 August, since 2025 by 1 August, results by
 * 15 October), the questions every nomination asks plus its own, and the criteria of the decree's practice (formula
 * criteria from the card, then one expert mark of 1–10). The secretariat changes any of it per year.
 */
final class YearDefaults {

    static final Map<String, String> CATEGORY_RULE = Map.of(
            "URBAN_OKRUG", "I",
            "MUNICIPAL_OKRUG", "I",
            "URBAN_SETTLEMENT", "I",
            "FEDERAL_CITY_TERRITORY", "I",
            "RURAL_SETTLEMENT", "II");

    private static final long MILLION = 1_000_000L;
    private static final long[] PRIZES_I = {50, 40, 30, 20, 10};
    private static final long[] PRIZES_II = {20, 15, 10, 5, 3};
    private static final Pattern YEAR = Pattern.compile("(20\\d\\d)");

    private YearDefaults() {}

    static int places(int year) {
        return year <= 2020 ? 3 : 5;
    }

    static int associationQuota(int year) {
        return year >= 2025 ? 5 : 0;
    }

    static LocalDate applicationsDeadline(int year) {
        return LocalDate.of(year, 7, 1);
    }

    static LocalDate regionalDeadline(int year) {
        return year >= 2025 ? LocalDate.of(year, 8, 1) : LocalDate.of(year, 8, 20);
    }

    static LocalDate federalDeadline(int year) {
        return LocalDate.of(year, 10, 15);
    }

    /** Prize in roubles for a category and place (1…5). */
    static BigDecimal prize(String category, int place) {
        long[] table = "I".equals(category) ? PRIZES_I : PRIZES_II;
        return BigDecimal.valueOf(table[place - 1] * MILLION);
    }

    /** The nominations that ran in a year, with the national projects of the year's period by their names. */
    static List<NominationView> nominations(int year, Map<String, String> nationalProjectsByName) {
        List<NominationView> list = new ArrayList<>();
        for (CSVRecord r : ReferenceCsv.read("competition_nominations.csv")) {
            if (!ranIn(r.get("years"), year)) {
                continue;
            }
            String column = year <= 2024 ? "related_np_2019_2024 (researcher)" : "related_np_2025_2030 (researcher)";
            List<String> projects = new ArrayList<>();
            for (String name : r.get(column).split(";")) {
                String code = projectCode(name, nationalProjectsByName);
                if (code != null && !projects.contains(code)) {
                    projects.add(code);
                }
            }
            String code = r.get("nomination_id");
            list.add(new NominationView(
                    code, r.get("nomination"), curator(r.get("curator")), projects, questions(code)));
        }
        return list;
    }

    /**
     * Whether a nomination ran in a year, from the file's wording: «2017–2024 (…)», «с 2018 (…)», «2017–2025+»,
     * «не позднее 2020 – 2024 (…)», «с 2025».
     */
    static boolean ranIn(String years, int year) {
        List<Integer> found = new ArrayList<>();
        Matcher m = YEAR.matcher(years);
        while (m.find()) {
            found.add(Integer.parseInt(m.group(1)));
        }
        if (found.isEmpty()) {
            return false;
        }
        String t = years.strip().toLowerCase(Locale.ROOT);
        int from = found.get(0);
        boolean open = t.startsWith("с ") || found.size() == 1 || years.contains("+");
        int to = open ? Integer.MAX_VALUE : found.get(1);
        return year >= from && year <= to;
    }

    private static String curator(String text) {
        return text.startsWith("(") ? "куратор не установлен" : text;
    }

    private static String projectCode(String name, Map<String, String> byName) {
        String t = normal(name.replaceAll("\\(.*?\\)", ""));
        if (t.isEmpty() || t.equals("—")) {
            return null;
        }
        if (t.equals("мсп")) {
            t = "малое и среднее предпринимательство";
        }
        for (Map.Entry<String, String> e : byName.entrySet()) {
            if (normal(e.getKey()).startsWith(t)) {
                return e.getValue();
            }
        }
        return null;
    }

    private static String normal(String s) {
        return s.strip().toLowerCase(Locale.ROOT).replace('ё', 'е');
    }

    /** The questions every nomination asks, and its own. */
    static List<Question> questions(String nomination) {
        List<Question> q = new ArrayList<>(List.of(
                new Question(
                        "problem",
                        "Какую проблему жителей решила практика и почему она была важна для муниципального образования",
                        "TEXT",
                        true,
                        4000),
                new Question(
                        "effect",
                        "Социально-экономический эффект практики (в цифрах: было → стало)",
                        "TEXT",
                        true,
                        4000),
                new Question("residents", "Сколько жителей участвовали в реализации, чел.", "NUMBER", false, 0),
                new Question(
                        "replicable",
                        "Практика может быть тиражирована в других муниципальных образованиях",
                        "YES_NO",
                        true,
                        0)));
        Map<String, Question> own = new LinkedHashMap<>();
        own.put(
                "N1",
                new Question(
                        "comfort", "Участие в программе формирования комфортной городской среды", "YES_NO", false, 0));
        own.put(
                "N2",
                new Question(
                        "revenue",
                        "Прирост доходов местного бюджета благодаря практике, тыс. руб.",
                        "NUMBER",
                        false,
                        0));
        own.put(
                "N4",
                new Question(
                        "associations", "Сколько национально-культурных объединений участвовали", "NUMBER", false, 0));
        own.put(
                "N5",
                new Question(
                        "channels",
                        "Каналы обратной связи с жителями (платформа обратной связи, ТОС, опросы)",
                        "TEXT",
                        true,
                        2000));
        own.put(
                "N6",
                new Question(
                        "platforms",
                        "Цифровые платформы и решения «Умного города», внедрённые в муниципальном образовании",
                        "TEXT",
                        true,
                        2000));
        own.put("N7", new Question("management", "Какие решения управления территорией внедрены", "TEXT", true, 2000));
        own.put("N8", new Question("brand", "Элементы бренда территории и где они используются", "TEXT", true, 2000));
        if (own.containsKey(nomination)) {
            q.add(own.get(nomination));
        }
        return q;
    }

    /** The criteria of a nomination: four formula criteria from the card, then the commission member's mark 1–10. */
    record Criterion(String code, String title, String kind, String formula, int min, int max, BigDecimal weight) {}

    static List<Criterion> criteria() {
        return List.of(
                new Criterion(
                        "extra_budget",
                        "Доля внебюджетных средств",
                        "FORMULA",
                        "EXTRA_BUDGET_SHARE",
                        0,
                        1,
                        BigDecimal.ONE),
                new Criterion(
                        "inter_municipal",
                        "Межмуниципальная практика",
                        "FORMULA",
                        "INTER_MUNICIPAL",
                        0,
                        1,
                        BigDecimal.ONE),
                new Criterion(
                        "concession", "Концессия или ГЧП/МЧП", "FORMULA", "CONCESSION_OR_PPP", 0, 1, BigDecimal.ONE),
                new Criterion(
                        "results",
                        "Достигнутые целевые значения результатов",
                        "FORMULA",
                        "RESULTS_ACHIEVED",
                        0,
                        1,
                        BigDecimal.valueOf(2)),
                new Criterion("mark", "Оценка члена комиссии", "EXPERT", null, 1, 10, BigDecimal.ONE));
    }
}
