package ru.praktika.territory;

import ru.praktika.shared.PageRequest;

/**
 * A search for municipalities.
 *
 * @param regionCode only this region, or null
 * @param type only this kind, or null
 * @param query words of the name in any form («чайковского»), with typos tolerated; or null
 * @param includeInactive also those abolished
 * @param page the page
 */
public record MunicipalitySearch(
        String regionCode, MunicipalityType type, String query, boolean includeInactive, PageRequest page) {}
