package ru.praktika.territory.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ru.praktika.shared.PageView;
import ru.praktika.territory.MunicipalityView;
import ru.praktika.territory.RegionView;
import ru.praktika.territory.TerritoryApi;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Территории", description = "Субъекты РФ и муниципальные образования (ОКТМО); открытые данные")
class TerritoryRestController {

    private final TerritoryApi territory;

    TerritoryRestController(TerritoryApi territory) {
        this.territory = territory;
    }

    @GetMapping("/regions")
    @Operation(summary = "Все 89 субъектов РФ")
    List<RegionView> regions() {
        return territory.regions();
    }

    @GetMapping("/regions/{code}")
    @Operation(summary = "Субъект РФ по двузначному коду (59 — Пермский край)")
    RegionView region(@PathVariable String code) {
        return territory.requireRegion(code);
    }

    @GetMapping("/municipalities")
    @Operation(
            summary = "Поиск муниципальных образований",
            description = "q ищет по названию в любой форме слова («чайковского») и с опечатками («чайковскй»);"
                    + " страницы с 0, size от 1 до 200")
    PageView<MunicipalityJson> municipalities(
            @Parameter(description = "код региона, например 59") @RequestParam(required = false) String region,
            @Parameter(description = "вид: RURAL_SETTLEMENT, URBAN_OKRUG, MUNICIPAL_OKRUG, … или по-русски")
                    @RequestParam(required = false)
                    String type,
            @Parameter(description = "слова названия") @RequestParam(required = false) String q,
            @Parameter(description = "включая упразднённые") @RequestParam(defaultValue = "false")
                    boolean includeInactive,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return territory
                .municipalities(region, type, q, includeInactive, page, size)
                .map(MunicipalityJson::of);
    }

    @GetMapping("/municipalities/edition")
    @Operation(
            summary = "Загруженная редакция ОКТМО",
            description = "дата, на которую составлен справочник, и подпись для форм: «Справочник ОКТМО на 1 января"
                    + " 2024 г.»")
    EditionJson edition() {
        return territory
                .oktmoEdition()
                .map(e -> new EditionJson(e.date(), e.title(), territory.activeMunicipalities()))
                .orElseThrow(() -> new ru.praktika.shared.NotFoundException("Справочник ОКТМО ещё не загружен"));
    }

    @GetMapping("/municipalities/{oktmo}")
    @Operation(summary = "Муниципальное образование по коду ОКТМО (8 цифр)")
    MunicipalityJson municipality(@PathVariable String oktmo) {
        return MunicipalityJson.of(territory.requireMunicipality(oktmo));
    }

    /**
     * A municipality in the API.
     *
     * @param oktmo 8-digit OKTMO code
     * @param name name
     * @param type kind code
     * @param typeName kind in Russian
     * @param regionCode 2-digit region code
     * @param parentOktmo the district of a settlement
     * @param active false when abolished
     * @param label how people read it: «Чайковский — городской округ», «Ключевское — сельское поселение, Нытвенский
     *     район»
     * @param population permanent population on 1 January 2024 (Rosstat), null when not known
     */
    record MunicipalityJson(
            String oktmo,
            String name,
            String type,
            String typeName,
            String regionCode,
            String parentOktmo,
            boolean active,
            String label,
            Integer population) {
        static MunicipalityJson of(MunicipalityView m) {
            return new MunicipalityJson(
                    m.oktmo(),
                    m.name(),
                    m.type().name(),
                    m.typeName(),
                    m.regionCode(),
                    m.parentOktmo(),
                    m.active(),
                    m.label(),
                    m.population());
        }
    }

    /**
     * The OKTMO edition loaded.
     *
     * @param date the date it is on
     * @param title «Справочник ОКТМО на 1 января 2024 г.»
     * @param municipalities active municipal formations
     */
    record EditionJson(java.time.LocalDate date, String title, long municipalities) {}
}
