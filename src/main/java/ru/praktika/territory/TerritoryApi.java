package ru.praktika.territory;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.praktika.shared.InvalidRequestException;
import ru.praktika.shared.NotFoundException;
import ru.praktika.shared.PageRequest;
import ru.praktika.shared.PageView;
import ru.praktika.territory.domain.RussianGenitive;
import ru.praktika.territory.domain.TerritoryQueries;

/** What other modules may ask of the territory module. Reference data is public: no permission is needed to read. */
@Service
@Transactional(readOnly = true)
public class TerritoryApi {

    private final TerritoryQueries queries;

    TerritoryApi(TerritoryQueries queries) {
        this.queries = queries;
    }

    /** All 89 subjects of the RF, by code. */
    public List<RegionView> regions() {
        return queries.regions();
    }

    /**
     * The subjects of the RF on a day, by code: 83 before 18 March 2014, 85 until 30 September 2022, 89 since. A
     * meeting, a vote or a campaign of that day counts only their councils.
     */
    public List<RegionView> regionsOn(java.time.LocalDate day) {
        return queries.regions().stream().filter(r -> r.existedOn(day)).toList();
    }

    public Optional<RegionView> region(String code) {
        return code == null ? Optional.empty() : queries.region(code);
    }

    /** The region, or a Russian 404 naming the code. */
    public RegionView requireRegion(String code) {
        return region(code).orElseThrow(() -> new NotFoundException("Регион с кодом «" + code + "» не найден"));
    }

    public RegionDetails regionDetails(String code) {
        return queries.regionDetails(code)
                .orElseThrow(() -> new NotFoundException("Регион с кодом «" + code + "» не найден"));
    }

    public List<FederalDistrictSummary> federalDistricts() {
        return queries.federalDistricts();
    }

    public Optional<MunicipalityView> municipality(String oktmo) {
        return oktmo == null ? Optional.empty() : queries.municipality(oktmo);
    }

    public MunicipalityView requireMunicipality(String oktmo) {
        return municipality(oktmo)
                .orElseThrow(
                        () -> new NotFoundException("Муниципальное образование с ОКТМО «" + oktmo + "» не найдено"));
    }

    public PageView<MunicipalityView> municipalities(MunicipalitySearch search) {
        return queries.search(search);
    }

    /**
     * A search from request parameters, each checked with a Russian message (400) when wrong.
     *
     * @param region a 2-digit region code or blank
     * @param type a kind code ({@code RURAL_SETTLEMENT}) or its Russian name, or blank
     * @param q words of the name, or blank
     * @param includeInactive also abolished ones
     * @param page from 0
     * @param size 1 to 200
     */
    public PageView<MunicipalityView> municipalities(
            String region, String type, String q, boolean includeInactive, Integer page, Integer size) {
        String regionCode = ru.praktika.shared.Texts.strippedOrNull(region);
        if (regionCode != null && region(regionCode).isEmpty()) {
            throw new InvalidRequestException(
                    "Неизвестный код региона «" + regionCode + "»: нужен двузначный код" + " субъекта РФ, например 59");
        }
        MunicipalityType kind = null;
        if (type != null && !type.isBlank()) {
            kind = MunicipalityType.parse(type)
                    .orElseThrow(() -> new InvalidRequestException("Неизвестный вид муниципального образования «" + type
                            + "». Допустимо: " + java.util.Arrays.toString(MunicipalityType.values())));
        }
        String query = ru.praktika.shared.Texts.strippedOrNull(q);
        if (query != null && query.length() > 200) {
            throw new InvalidRequestException("Строка поиска — не длиннее 200 знаков");
        }
        return queries.search(
                new MunicipalitySearch(regionCode, kind, query, includeInactive, PageRequest.of(page, size)));
    }

    /** The official name in the genitive case: «Пермского края», «Республики Татарстан», «города Москвы». */
    public String nameInGenitive(String code) {
        return queries.regionType(code)
                .map(type -> RussianGenitive.ofRegion(requireRegion(code).fullName(), type))
                .orElseThrow(() -> new NotFoundException("Регион с кодом «" + code + "» не найден"));
    }

    /** The OKTMO edition loaded last (the shipped 1 January 2024 one until the secretariat loads a newer file). */
    public Optional<OktmoEdition> oktmoEdition() {
        return queries.currentEdition();
    }

    /** The OKTMO editions loaded, latest first (up to 50). */
    public List<OktmoEdition> oktmoEditions() {
        return queries.editions(50);
    }

    /** Active municipalities of all Russia per kind. */
    public java.util.Map<MunicipalityType, Long> municipalitiesByType() {
        return queries.countByType();
    }

    /**
     * A municipality from what a person typed instead of picking from the list: the one active municipality of the
     * region whose name or label («Чайковский — городской округ») is exactly that text; empty when none or several.
     */
    public Optional<MunicipalityView> municipalityNamed(String regionCode, String text) {
        if (regionCode == null || regionCode.isBlank() || text == null || text.isBlank() || text.length() > 200) {
            return Optional.empty();
        }
        return queries.exactlyNamed(regionCode, text);
    }

    public long activeMunicipalities() {
        return queries.countMunicipalities(true);
    }

    /**
     * Permanent population per region (Rosstat, 1 January 2024): the sum over the active municipalities of the top
     * level (districts, okrugs, the federal cities' territories), so settlements are not counted twice; regions
     * without figures are left out.
     */
    public java.util.Map<String, Long> populationByRegion() {
        return queries.populationByRegion();
    }
}
