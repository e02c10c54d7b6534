package ru.praktika.competition.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ru.praktika.shared.PageRequest;
import ru.praktika.territory.MunicipalitySearch;
import ru.praktika.territory.MunicipalityType;
import ru.praktika.territory.MunicipalityView;
import ru.praktika.territory.RegionView;
import ru.praktika.territory.TerritoryApi;

/**
 * Finds the municipality an archive row means: by its OKTMO when given, else by name within the region with the
 * territory module's search (word forms, typos). One clear match is taken; none or several are reported with the
 * candidates. One matcher serves one import and remembers the names it has looked up.
 */
final class MunicipalityMatcher {

    private final TerritoryApi territory;
    private final List<RegionView> regions;
    private final Map<String, Object> found = new HashMap<>();

    MunicipalityMatcher(TerritoryApi territory) {
        this.territory = territory;
        this.regions = territory.regions();
    }

    /** The municipality of the row, or {@code null} with its problem added. */
    MunicipalityView municipality(CompetitionArchive.Row r, List<CompetitionArchive.Problem> problems) {
        String oktmo = r.oktmo() == null ? null : r.oktmo().strip();
        if (oktmo != null && !oktmo.isEmpty()) {
            String code = oktmo.matches("\\d{1,8}") ? "0".repeat(8 - oktmo.length()) + oktmo : oktmo;
            Optional<MunicipalityView> m = code.matches("\\d{8}") ? territory.municipality(code) : Optional.empty();
            if (m.isEmpty()) {
                problems.add(CompetitionArchive.problem(
                        r, "муниципального образования с ОКТМО «" + oktmo + "» нет в справочнике."));
                return null;
            }
            return m.get();
        }
        RegionView region = region(regions, r.region());
        if (region == null) {
            problems.add(CompetitionArchive.problem(
                    r,
                    r.region() == null || r.region().isBlank()
                            ? "укажите регион (название или двузначный код) или ОКТМО."
                            : "регион «" + r.region() + "» не найден: нужен двузначный код или название субъекта РФ."));
            return null;
        }
        String name = r.municipality() == null ? "" : r.municipality().strip();
        if (name.isEmpty() || name.length() > 200) {
            problems.add(CompetitionArchive.problem(r, "укажите муниципальное образование (не длиннее 200 знаков)."));
            return null;
        }
        String key = region.code() + "/" + CompetitionArchive.normal(name);
        Object match = found.computeIfAbsent(key, k -> match(region, name));
        if (match instanceof MunicipalityView m) {
            return m;
        }
        @SuppressWarnings("unchecked")
        List<MunicipalityView> candidates = (List<MunicipalityView>) match;
        if (candidates.isEmpty()) {
            problems.add(CompetitionArchive.problem(
                    r,
                    "муниципальное образование «" + name + "» не найдено в регионе «" + region.name()
                            + "»; укажите его название по ОКТМО или код ОКТМО."));
        } else {
            problems.add(new CompetitionArchive.Problem(
                    r.rowNumber(),
                    "муниципальному образованию «" + name + "» в регионе «" + region.name()
                            + "» подходят несколько; уточните название или укажите ОКТМО.",
                    candidates.stream()
                            .map(m -> m.label() + " (ОКТМО " + m.oktmo() + ")")
                            .toList()));
        }
        return null;
    }

    /**
     * The one municipality the text means, or the candidates (none or several). The name is searched without the kind
     * words («городской округ»), as people type it; among several hits the one of the kind the text names, then the
     * one whose name is clearly the nearest (by edit distance, a typo or two) is taken.
     */
    private Object match(RegionView region, String name) {
        Optional<MunicipalityView> exact = territory.municipalityNamed(region.code(), name);
        if (exact.isPresent()) {
            return exact.get();
        }
        String wanted = CompetitionArchive.normal(name);
        String core = core(wanted);
        List<MunicipalityView> found = territory
                .municipalities(new MunicipalitySearch(
                        region.code(), null, core.isEmpty() ? name : core, false, PageRequest.of(0, 10)))
                .items();
        if (found.size() > 1) {
            List<MunicipalityView> ofKind = found.stream()
                    .filter(m -> wanted.contains(m.type().russianName()))
                    .toList();
            found = ofKind.isEmpty() ? found : ofKind;
        }
        if (found.size() <= 1) {
            return found.isEmpty() ? found : found.get(0);
        }
        List<MunicipalityView> same = found.stream()
                .filter(m -> CompetitionArchive.normal(m.name()).equals(wanted)
                        || CompetitionArchive.normal(m.label()).equals(wanted))
                .toList();
        if (same.size() == 1) {
            return same.get(0);
        }
        MunicipalityView best = null;
        int bestDistance = Integer.MAX_VALUE;
        int second = Integer.MAX_VALUE;
        for (MunicipalityView m : found) {
            int d = distance(core, core(CompetitionArchive.normal(m.name())));
            if (d < bestDistance) {
                second = bestDistance;
                bestDistance = d;
                best = m;
            } else if (d < second) {
                second = d;
            }
        }
        if (best != null && bestDistance <= Math.max(2, core.length() / 5) && second > bestDistance + 2) {
            return best;
        }
        return found.subList(0, Math.min(found.size(), 5));
    }

    /** The name without the words of its kind: «чайковский городской округ» → «чайковский». */
    private static String core(String normalName) {
        String t = normalName;
        for (MunicipalityType type : MunicipalityType.values()) {
            t = t.replace(type.russianName(), " ");
        }
        return t.replaceAll("\\s+", " ").strip();
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    private static RegionView region(List<RegionView> regions, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        if (t.matches("\\d{1,2}")) {
            String code = t.length() == 1 ? "0" + t : t;
            return regions.stream()
                    .filter(r -> r.code().equals(code))
                    .findFirst()
                    .orElse(null);
        }
        String wanted = CompetitionArchive.normal(t);
        return regions.stream()
                .filter(r -> CompetitionArchive.normal(r.name()).equals(wanted)
                        || CompetitionArchive.normal(r.fullName()).equals(wanted))
                .findFirst()
                .orElse(null);
    }
}
