package ru.praktika.report.domain;

import java.awt.geom.Path2D;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ru.praktika.nationalproject.NationalProjectView;
import ru.praktika.practice.PracticeCard;
import ru.praktika.report.ReportRequest;
import ru.praktika.review.PracticeScore;
import ru.praktika.territory.RegionView;

/**
 * Everything a report is made of, gathered through the other modules' APIs before writing starts.
 *
 * @param year the campaign year
 * @param scope in words: «все субъекты Российской Федерации», «Приволжский федеральный округ», «Пермский край»
 * @param scopeRegions the regions the report covers
 * @param regions all 89 regions, by code
 * @param practices the accepted practices of the scope, in a stable order (region, id)
 * @param scores practice id → quality score (all practices of the year)
 * @param returns the year's returns for revision, with the rules unmet at each
 * @param projects the national projects of the year's period, in the catalogue's order
 * @param outlines region code → region outline for the map (all 89 subjects)
 * @param mapSize the map's width and height
 * @param label message key → Russian label (mechanisms, financing sources)
 * @param filteredByProject whether the report is limited to one national project
 * @param groupBy the collection's grouping
 * @param today the date the report is made
 */
record ReportData(
        int year,
        String scope,
        List<RegionView> scopeRegions,
        Map<String, RegionView> regions,
        List<PracticeCard> practices,
        Map<Long, PracticeScore> scores,
        List<ru.praktika.review.ReturnRecord> returns,
        List<NationalProjectView> projects,
        Map<String, Path2D> outlines,
        double[] mapSize,
        Function<String, String> label,
        boolean filteredByProject,
        ReportRequest.Grouping groupBy,
        LocalDate today) {

    static final String ASSOCIATION =
            "Общероссийская общественная организация «Всероссийская ассоциация развития" + " местного самоуправления»";

    static final List<String> DISTRICTS = List.of(
            "Центральный",
            "Северо-Западный",
            "Южный",
            "Северо-Кавказский",
            "Приволжский",
            "Уральский",
            "Сибирский",
            "Дальневосточный");

    String regionName(String code) {
        RegionView r = regions.get(code);
        return r == null ? code : r.fullName();
    }

    String district(String regionCode) {
        RegionView r = regions.get(regionCode);
        return r == null ? "" : r.federalDistrict();
    }

    static String municipality(PracticeCard p) {
        return p.municipalityNames().getOrDefault(p.leadMunicipality(), p.leadMunicipality())
                + (p.municipalities().size() > 1
                        ? " и ещё " + (p.municipalities().size() - 1)
                        : "");
    }

    String mechanism(PracticeCard p) {
        return p.mechanism() == null
                ? "—"
                : label.apply("mechanism." + p.mechanism().name());
    }

    int score(PracticeCard p) {
        PracticeScore s = scores.get(p.id());
        return s == null ? 0 : s.score();
    }

    /** A sentence ends at . ! ? after a word of three letters or more (not «г.», «ул.», an initial) before a capital. */
    private static final Pattern SENTENCE_END =
            Pattern.compile("(?<=[\\p{L}\\d»)]{3})[.!?…](?=\\s+[«\"(]?[\\p{Lu}\\d])");

    /**
     * The beginning of a text for a summary: whole sentences if they fill at least a third of {@code max}, else whole
     * words followed by «…», never ending on a number (a cut «620…» would misstate «620 000»). When no such place
     * exists, the text is given whole: a document never shows a number or a word cut in two.
     */
    static String shorten(String text, int max) {
        if (text == null || text.isBlank()) {
            return "";
        }
        String t = text.strip().replaceAll("\\s+", " ");
        if (t.length() <= max) {
            return t;
        }
        int sentence = -1;
        Matcher m = SENTENCE_END.matcher(t);
        while (m.find() && m.end() <= max) {
            sentence = m.end();
        }
        if (sentence >= max / 3) {
            return t.substring(0, sentence);
        }
        for (int cut = t.lastIndexOf(' ', max); cut > max / 3; cut = t.lastIndexOf(' ', cut - 1)) {
            String head = t.substring(0, cut).replaceAll("[\\s,;:.—–-]+$", "");
            String last = head.substring(head.lastIndexOf(' ') + 1);
            if (!last.matches(".*\\d.*") && head.length() > max / 3) {
                return head + "…";
            }
        }
        return t;
    }
}
