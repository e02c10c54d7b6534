package ru.praktika.library.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ru.praktika.library.AdoptionView;
import ru.praktika.library.LibraryQuery;
import ru.praktika.library.LibraryResult;
import ru.praktika.library.PracticePage;
import ru.praktika.library.RegionFigures;
import ru.praktika.library.domain.Adoptions;
import ru.praktika.library.domain.LibraryMap;
import ru.praktika.library.domain.LibrarySearch;
import ru.praktika.library.domain.PracticePages;
import ru.praktika.shared.CurrentActor;

/** The public library's JSON API: the same search, pages and adoptions as the site. */
@RestController
@RequestMapping("/api/v1/library")
@Tag(
        name = "Библиотека практик",
        description = "Поиск опубликованных практик с морфологией и исправлением опечаток, фасеты, страница практики,"
                + " внедрения в других муниципалитетах, карта по регионам")
class LibraryRestController {

    private final LibrarySearch search;
    private final PracticePages pages;
    private final Adoptions adoptions;
    private final LibraryMap map;

    LibraryRestController(LibrarySearch search, PracticePages pages, Adoptions adoptions, LibraryMap map) {
        this.search = search;
        this.pages = pages;
        this.adoptions = adoptions;
        this.map = map;
    }

    /**
     * An adoption as sent.
     *
     * @param oktmo the municipality (a municipal operator's own when empty)
     * @param periodFrom since when
     * @param periodTo until when, or null
     * @param results what it achieved
     */
    record NewAdoption(String oktmo, LocalDate periodFrom, LocalDate periodTo, String results) {}

    @GetMapping("/practices")
    @Operation(
            summary = "Найти опубликованные практики: слова в любой форме, «фраза», слово*, -исключить; фасеты с"
                    + " числами; исправление опечаток (поле corrected)")
    LibraryResult practices(
            @Parameter(description = "Что искать", example = "благоустройство дворов") @RequestParam(required = false)
                    String q,
            @Parameter(description = "Федеральный округ", example = "Приволжский") @RequestParam(required = false)
                    String district,
            @Parameter(description = "Код региона", example = "59") @RequestParam(required = false) String region,
            @Parameter(description = "Вид муниципального образования", example = "URBAN_OKRUG")
                    @RequestParam(required = false)
                    String type,
            @Parameter(description = "Код национального проекта", example = "NP19-04") @RequestParam(required = false)
                    String np,
            @Parameter(description = "Код федерального проекта", example = "NP19-04-FP03")
                    @RequestParam(required = false)
                    String fp,
            @Parameter(description = "Год кампании", example = "2024") @RequestParam(required = false) String year,
            @Parameter(description = "Механизм финансирования", example = "CONCESSION") @RequestParam(required = false)
                    String mechanism,
            @Parameter(description = "Только межмуниципальные", example = "true") @RequestParam(required = false)
                    String inter,
            @Parameter(description = "Только победители конкурса", example = "true") @RequestParam(required = false)
                    String winner,
            @Parameter(description = "Только внедрённые в других муниципалитетах", example = "true")
                    @RequestParam(required = false)
                    String adopted,
            @Parameter(description = "Порядок: relevance, date, quality, adoptions", example = "relevance")
                    @RequestParam(required = false)
                    String sort,
            @Parameter(description = "Страница с 0, по 20 практик", example = "0") @RequestParam(defaultValue = "0")
                    String page) {
        LibraryQuery query = LibraryParams.query(
                q, district, region, type, np, fp, year, mechanism, inter, winner, adopted, sort, page);
        return search.search(query, true);
    }

    @GetMapping("/practices/{id}")
    @Operation(summary = "Опубликованная практика: карточка, документы, награда, внедрения, похожие практики")
    PracticePage practice(@PathVariable long id) {
        return pages.page(id);
    }

    @GetMapping("/practices/{id}/adoptions")
    @Operation(summary = "Муниципалитеты, внедрившие практику")
    List<AdoptionView> adoptions(@PathVariable long id) {
        pages.page(id);
        return adoptions.adoptions(id);
    }

    @PostMapping("/practices/{id}/adoptions")
    @Operation(
            summary = "Отметить «мы внедрили эту практику» (оператор МО — за своё МО, оператор совета — за МО своего"
                    + " региона)")
    ResponseEntity<AdoptionView> adopt(@PathVariable long id, @RequestBody NewAdoption body) {
        NewAdoption b = body == null ? new NewAdoption(null, null, null, null) : body;
        AdoptionView a = adoptions.record(
                CurrentActor.get(), id, new Adoptions.Adoption(b.oktmo(), b.periodFrom(), b.periodTo(), b.results()));
        return ResponseEntity.created(URI.create("/api/v1/library/practices/" + id + "/adoptions"))
                .body(a);
    }

    @DeleteMapping("/practices/{id}/adoptions/{adoptionId}")
    @Operation(summary = "Снять отметку о внедрении (тот, кто её поставил)")
    ResponseEntity<Void> withdraw(@PathVariable long id, @PathVariable long adoptionId) {
        adoptions.withdraw(CurrentActor.get(), id, adoptionId);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/regions")
    @Operation(summary = "Практики по регионам: число, на 100 тыс. жителей, победители, внедрения")
    List<RegionFigures> regions(
            @Parameter(description = "Код национального проекта", example = "NP19-04") @RequestParam(required = false)
                    String np,
            @Parameter(description = "Год кампании", example = "2024") @RequestParam(required = false) String year) {
        LibraryQuery asked =
                LibraryParams.query(null, null, null, null, np, null, year, null, null, null, null, null, null);
        return map.map(asked.nationalProject(), asked.year(), false).rows();
    }

    @GetMapping("/regions/{code}")
    @Operation(summary = "Регион в библиотеке: показатели, совет, победы в конкурсе, практики по нацпроектам")
    LibraryMap.RegionPage region(@PathVariable String code) {
        return map.region(code);
    }
}
