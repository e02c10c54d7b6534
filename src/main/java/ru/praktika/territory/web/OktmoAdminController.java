package ru.praktika.territory.web;

import java.io.IOException;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import ru.praktika.jobs.Jobs;
import ru.praktika.shared.Actor;
import ru.praktika.shared.CurrentActor;
import ru.praktika.shared.InvalidRequestException;
import ru.praktika.territory.MunicipalityType;
import ru.praktika.territory.TerritoryApi;
import ru.praktika.territory.domain.OktmoImportJobs;
import ru.praktika.territory.domain.OktmoImporter;
import ru.praktika.territory.domain.OktmoImports;

/** «Справочник ОКТМО» for the secretariat: the edition in force, its counts, the history, the upload as a job. */
@Controller
class OktmoAdminController {

    private final OktmoImportJobs importJobs;
    private final OktmoImports imports;
    private final TerritoryApi territory;
    private final Jobs jobs;

    OktmoAdminController(OktmoImportJobs importJobs, OktmoImports imports, TerritoryApi territory, Jobs jobs) {
        this.importJobs = importJobs;
        this.imports = imports;
        this.territory = territory;
        this.jobs = jobs;
    }

    @GetMapping("/admin/oktmo")
    String page(@RequestParam(required = false) UUID job, Model model) {
        Actor actor = CurrentActor.get();
        OktmoImporter.requireSecretariat(actor);
        if (job != null) {
            model.addAttribute("job", jobs.job(actor, job));
        }
        return page(model);
    }

    @PostMapping("/admin/oktmo")
    String upload(@RequestParam(name = "file", required = false) MultipartFile file, Model model) throws IOException {
        try {
            UUID job = importJobs.start(
                    CurrentActor.get(),
                    file == null ? null : file.getOriginalFilename(),
                    file == null ? new byte[0] : file.getBytes());
            return "redirect:/admin/oktmo?job=" + job;
        } catch (InvalidRequestException e) {
            model.addAttribute("problem", e.getMessage());
            return page(model);
        }
    }

    private String page(Model model) {
        model.addAttribute("edition", territory.oktmoEdition().orElse(null));
        Map<MunicipalityType, Long> byType = territory.municipalitiesByType();
        model.addAttribute("byType", byType);
        model.addAttribute(
                "total", byType.values().stream().mapToLong(Long::longValue).sum());
        model.addAttribute("imports", imports.latest());
        return "territory/oktmo";
    }
}
