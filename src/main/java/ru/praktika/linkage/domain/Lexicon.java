package ru.praktika.linkage.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.springframework.core.io.ClassPathResource;

/**
 * The curated knowledge shipped as data: {@code linkage/lexicon.csv} (code, term, weight — the words a municipality
 * would use for each federal or national project) and {@code linkage/abbreviations.csv} (ТКО → твердые коммунальные
 * отходы…).
 */
final class Lexicon {

    /**
     * @param code federal or national project code
     * @param term the word or phrase
     * @param weight 1.0 specific, 0.5 weaker
     */
    record Term(String code, String term, double weight) {}

    private Lexicon() {}

    static List<Term> terms() {
        List<Term> terms = new ArrayList<>();
        for (CSVRecord r : read("linkage/lexicon.csv")) {
            terms.add(new Term(r.get("code").strip(), r.get("term").strip(), Double.parseDouble(r.get("weight"))));
        }
        return terms;
    }

    static Map<String, String> abbreviations() {
        Map<String, String> map = new HashMap<>();
        for (CSVRecord r : read("linkage/abbreviations.csv")) {
            map.put(
                    r.get("abbreviation").strip().toLowerCase(java.util.Locale.ROOT),
                    r.get("expansion").strip());
        }
        return map;
    }

    private static List<CSVRecord> read(String path) {
        return new ClassPathResource(path).exists() ? ru.praktika.shared.ReferenceCsv.resource(path) : List.of();
    }
}
