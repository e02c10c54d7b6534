package ru.praktika.territory;

import java.util.Locale;

/**
 * A municipal formation.
 *
 * @param oktmo the 8-digit OKTMO code
 * @param name its name as in OKTMO
 * @param type its kind
 * @param regionCode the 2-digit code of its region
 * @param parentOktmo the district a settlement belongs to, or null
 * @param parentName the name of that district, or null
 * @param active false once OKTMO no longer lists it (kept for history)
 * @param population permanent population on 1 January 2024 (Rosstat), or null when not known
 */
public record MunicipalityView(
        String oktmo,
        String name,
        MunicipalityType type,
        String regionCode,
        String parentOktmo,
        String parentName,
        boolean active,
        Integer population) {

    private static final String DISTRICT = " муниципальный район";

    public String typeName() {
        return type.russianName();
    }

    /**
     * How people read it in a picker or on a card, never the bare code: «Чайковский — городской округ», «Ключевское —
     * сельское поселение, Нытвенский район», «… (упразднено)» once OKTMO no longer lists it.
     */
    public String label() {
        String kind = typeName();
        String lower = name.toLowerCase(Locale.ROOT);
        String label;
        if (lower.endsWith(" " + kind)) {
            label = name.substring(0, name.length() - kind.length()).strip() + " — " + kind;
        } else if (lower.contains(kind)) {
            label = name;
        } else {
            label = name + " — " + kind;
        }
        if (parentName != null) {
            label += ", "
                    + (parentName.toLowerCase(Locale.ROOT).endsWith(DISTRICT)
                            ? parentName.substring(0, parentName.length() - DISTRICT.length()) + " район"
                            : parentName);
        }
        return active ? label : label + " (упразднено)";
    }
}
