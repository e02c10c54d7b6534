package ru.praktika.library.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.praktika.library.LibraryQuery;
import ru.praktika.library.LibraryResult;
import ru.praktika.library.domain.Adoptions;
import ru.praktika.library.domain.LibraryMap;
import ru.praktika.library.domain.LibrarySearch;
import ru.praktika.library.domain.PracticePages;
import ru.praktika.shared.Actor;
import ru.praktika.shared.CurrentActor;
import ru.praktika.shared.InvalidRequestException;
import ru.praktika.shared.RussianDates;

/** The public library: the search with facets and the practice page with its adoptions. */
@Controller
class LibraryPageController {

    private final LibrarySearch search;
    private final PracticePages pages;
    private final Adoptions adoptions;
    private final LibraryMap map;

    LibraryPageController(LibrarySearch search, PracticePages pages, Adoptions adoptions, LibraryMap map) {
        this.search = search;
        this.pages = pages;
        this.adoptions = adoptions;
        this.map = map;
    }

    @GetMapping("/library/map")
    String map(
            @RequestParam(required = false) String measure,
            @RequestParam(required = false) String np,
            @RequestParam(required = false) String year,
            Model model) {
        LibraryQuery asked =
                LibraryParams.query(null, null, null, null, np, null, year, null, null, null, null, null, null);
        boolean perCapita = "per100k".equals(measure);
        model.addAttribute("view", map.map(asked.nationalProject(), asked.year(), perCapita));
        LibraryResult all = search.search(LibraryQuery.of(null), true);
        model.addAttribute("projects", all.facets().get("np").values());
        model.addAttribute("years", all.facets().get("year").values());
        model.addAttribute("np", asked.nationalProject());
        model.addAttribute("year", asked.year());
        return "library/map";
    }

    @GetMapping("/library/regions/{code}")
    String region(@PathVariable String code, Model model) {
        LibraryMap.RegionPage region = map.region(code);
        model.addAttribute("region", region);
        LibraryQuery best =
                new LibraryQuery(null, null, code, null, null, null, null, null, null, null, null, "quality", 0);
        model.addAttribute("practices", search.search(best, false));
        java.util.Map<String, String> names = new java.util.HashMap<>();
        region.byProject().keySet().forEach(c -> names.put(c, search.nameOf(c)));
        model.addAttribute("names", names);
        return "library/region";
    }

    @GetMapping("/library")
    String search(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String district,
            @RequestParam(required = false) String region,
            @RequestParam(required = false) String type,
            @RequestParam(required = false) String np,
            @RequestParam(required = false) String fp,
            @RequestParam(required = false) String year,
            @RequestParam(required = false) String mechanism,
            @RequestParam(required = false) String inter,
            @RequestParam(required = false) String winner,
            @RequestParam(required = false) String adopted,
            @RequestParam(required = false) String sort,
            @RequestParam(defaultValue = "0") String page,
            Model model) {
        LibraryQuery query = LibraryParams.query(
                q, district, region, type, np, fp, year, mechanism, inter, winner, adopted, sort, page);
        LibraryResult result = search.search(query, true);
        model.addAttribute("result", result);
        model.addAttribute("query", query);
        return "library/search";
    }

    @GetMapping("/library/practices/{id}")
    String practice(@PathVariable long id, Model model) {
        Actor actor = CurrentActor.get();
        ru.praktika.library.PracticePage page = pages.page(id);
        model.addAttribute("page", page);
        model.addAttribute("ogTitle", page.card().title());
        model.addAttribute("ogType", "article");
        String problem = page.card().problem();
        if (problem != null && !problem.isBlank()) {
            model.addAttribute("ogDescription", problem.length() > 200 ? problem.substring(0, 197) + "…" : problem);
        }
        if (!model.containsAttribute("adoption")) {
            model.addAttribute("adoption", new AdoptionForm("", "", "", ""));
        }
        model.addAttribute("mayAdopt", Adoptions.mayAdopt(actor));
        model.addAttribute("ownMunicipalities", adoptions.municipalitiesFor(actor));
        model.addAttribute("actorOktmo", actor.oktmo());
        model.addAttribute("actorRegion", actor.regionCode());
        return "library/practice";
    }

    /**
     * What the adoption form holds, as typed.
     *
     * @param oktmo the municipality
     * @param periodFrom since, dd.MM.yyyy
     * @param periodTo until, dd.MM.yyyy or empty
     * @param results the results in words
     */
    record AdoptionForm(String oktmo, String periodFrom, String periodTo, String results) {}

    @PostMapping("/library/practices/{id}/adoptions")
    String adopt(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String oktmo,
            @RequestParam(defaultValue = "") String periodFrom,
            @RequestParam(defaultValue = "") String periodTo,
            @RequestParam(defaultValue = "") String results,
            Model model,
            RedirectAttributes redirect) {
        AdoptionForm form = new AdoptionForm(oktmo, periodFrom, periodTo, results);
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate from = date(periodFrom, "periodFrom", errors, true);
        LocalDate to = date(periodTo, "periodTo", errors, false);
        try {
            if (!errors.isEmpty()) {
                throw InvalidRequestException.ofFields(errors);
            }
            adoptions.record(CurrentActor.get(), id, new Adoptions.Adoption(oktmo, from, to, results));
        } catch (InvalidRequestException e) {
            errors.putAll(e.errors());
            model.addAttribute("adoption", form);
            model.addAttribute("adoptionErrors", errors);
            return practice(id, model);
        }
        redirect.addFlashAttribute("notice", "library.adoption.saved");
        return "redirect:/library/practices/" + id + "#adoptions";
    }

    @PostMapping("/library/practices/{id}/adoptions/{adoptionId}/withdraw")
    String withdraw(@PathVariable long id, @PathVariable long adoptionId, RedirectAttributes redirect) {
        adoptions.withdraw(CurrentActor.get(), id, adoptionId);
        redirect.addFlashAttribute("notice", "library.adoption.withdrawn");
        return "redirect:/library/practices/" + id + "#adoptions";
    }

    private static LocalDate date(String text, String field, Map<String, String> errors, boolean required) {
        if (text == null || text.isBlank()) {
            if (required) {
                errors.put(field, "Укажите дату в виде дд.мм.гггг");
            }
            return null;
        }
        LocalDate d = RussianDates.parse(text);
        if (d == null) {
            errors.put(field, "Дата в виде дд.мм.гггг, например 01.03.2025");
        }
        return d;
    }
}
