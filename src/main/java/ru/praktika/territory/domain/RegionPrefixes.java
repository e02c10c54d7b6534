package ru.praktika.territory.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the region of an OKTMO code. Most regions own a 2-digit prefix (57 = Пермский край), but the autonomous
 * okrugs inside another region own a 3-digit one (118 = Ненецкий АО inside 11 = Архангельская область), so the
 * longest matching prefix wins.
 */
public final class RegionPrefixes {

    private final List<Map.Entry<String, String>> prefixToCode;

    private RegionPrefixes(List<Map.Entry<String, String>> prefixToCode) {
        this.prefixToCode = prefixToCode;
    }

    /** @param regionOktmo region code → the region's 8-digit OKTMO */
    public static RegionPrefixes of(Map<String, String> regionOktmo) {
        List<Map.Entry<String, String>> entries = regionOktmo.entrySet().stream()
                .map(e -> Map.entry(prefixOf(e.getValue()), e.getKey()))
                .sorted(Comparator.comparingInt(
                                (Map.Entry<String, String> e) -> e.getKey().length())
                        .reversed())
                .toList();
        return new RegionPrefixes(entries);
    }

    public Optional<String> regionOf(String oktmo) {
        return prefixToCode.stream()
                .filter(e -> oktmo.startsWith(e.getKey()))
                .map(Map.Entry::getValue)
                .findFirst();
    }

    static String prefixOf(String regionOktmo) {
        String p = regionOktmo.replaceAll("0+$", "");
        return p.length() < 2 ? regionOktmo.substring(0, 2) : p;
    }
}
