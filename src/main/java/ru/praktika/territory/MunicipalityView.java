package ru.praktika.territory;

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
 */
public record MunicipalityView(
        String oktmo,
        String name,
        MunicipalityType type,
        String regionCode,
        String parentOktmo,
        String parentName,
        boolean active) {

    public String typeName() {
        return type.russianName();
    }
}
