package ru.praktika.practice.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.praktika.practice.domain.PracticeImports;
import ru.praktika.shared.CurrentActor;
import ru.praktika.shared.InvalidRequestException;

/** The council's workbook: template, import as a job with a progress bar, export in the same layout. */
@Controller
@Tag(name = "Отчётные кампании")
class WorkbookController {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final PracticeImports imports;

    WorkbookController(PracticeImports imports) {
        this.imports = imports;
    }

    @GetMapping("/campaigns/{year}/import")
    String page(
            @PathVariable int year,
            @RequestParam(required = false) UUID job,
            @RequestParam(required = false) String region,
            Model model) {
        var actor = CurrentActor.get();
        boolean chooseRegion = actor.isAdmin() && (region == null || region.isBlank());
        // the secretariat first chooses the region; anyone else must be the region's council
        String chosen = chooseRegion ? null : imports.regionFor(actor, region);
        model.addAttribute("year", year);
        model.addAttribute("jobId", job);
        model.addAttribute("region", chosen);
        model.addAttribute("chooseRegion", actor.isAdmin());
        return "practice/import";
    }

    @PostMapping("/campaigns/{year}/import")
    String uploadFromPage(
            @PathVariable int year,
            @RequestParam(required = false) String region,
            @RequestParam(name = "file", required = false) MultipartFile file,
            RedirectAttributes redirect)
            throws IOException {
        if (region != null && !region.matches("\\d{2}")) {
            region = null;
        }
        try {
            UUID job = imports.start(CurrentActor.get(), year, region, file == null ? new byte[0] : file.getBytes());
            return "redirect:/campaigns/" + year + "/import?job=" + job + regionParameter(region);
        } catch (InvalidRequestException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
            return "redirect:/campaigns/" + year + "/import"
                    + regionParameter(region).replaceFirst("^&", "?");
        }
    }

    private static String regionParameter(String region) {
        return region == null || region.isBlank() ? "" : "&region=" + region;
    }
}
