package ru.praktika.territory;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import ru.praktika.shared.PageView;

/** Writes OKTMO files the way Rosstat publishes them (cp1251, «;», quoted, 13 fields, group headings). */
public final class OktmoFiles {

    static final Charset CP1251 = Charset.forName("windows-1251");

    private OktmoFiles() {}

    /** Every active municipality of a region, one Rosstat line each, each preceded by the heading of its kind. */
    public static List<String> linesOf(TerritoryApi territory, String regionCode) {
        List<String> lines = new ArrayList<>();
        String ter = territory.requireRegion(regionCode).oktmo().substring(0, 2);
        lines.add(line(ter, "000", "000", "Муниципальные образования региона"));
        int page = 0;
        PageView<MunicipalityView> p;
        do {
            p = territory.municipalities(regionCode, null, null, false, page++, 200);
            for (MunicipalityView m : p.items()) {
                lines.addAll(linesOf(m.oktmo(), m.name(), m.type()));
            }
        } while (p.hasNext());
        return lines;
    }

    public static List<String> linesOf(String oktmo, String name, MunicipalityType type) {
        String ter = oktmo.substring(0, 2), kod1 = oktmo.substring(2, 5), kod2 = oktmo.substring(5, 8);
        boolean level1 = kod2.equals("000");
        String heading = heading(type);
        return List.of(
                level1 ? line(ter, "700", "000", heading) : line(ter, kod1, "100", heading),
                line(ter, kod1, kod2, name));
    }

    static String line(String ter, String kod1, String kod2, String name) {
        return String.join(
                ";",
                q(ter),
                q(kod1),
                q(kod2),
                q("000"),
                q("1"),
                q("1"),
                q(name),
                q(""),
                q(""),
                q("1"),
                q("0"),
                q("01.01.2024"),
                q("01.01.2024"));
    }

    public static byte[] file(List<String> lines) {
        return (String.join("\r\n", lines) + "\r\n").getBytes(CP1251);
    }

    private static String heading(MunicipalityType type) {
        return switch (type) {
            case MUNICIPAL_DISTRICT -> "Муниципальные районы";
            case MUNICIPAL_OKRUG -> "Муниципальные округа";
            case URBAN_OKRUG -> "Городские округа";
            case URBAN_SETTLEMENT -> "Городские поселения";
            case RURAL_SETTLEMENT -> "Сельские поселения";
            case FEDERAL_CITY_TERRITORY -> "Внутригородские территории города федерального значения";
            case CITY_DISTRICT -> "Внутригородские районы";
            case INTER_SETTLEMENT_TERRITORY -> "Межселенные территории";
        };
    }

    private static String q(String s) {
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }
}
