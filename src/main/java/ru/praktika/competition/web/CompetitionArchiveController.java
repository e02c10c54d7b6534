package ru.praktika.competition.web;

import java.io.IOException;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.praktika.competition.domain.CompetitionArchive;
import ru.praktika.shared.AccessDeniedException;
import ru.praktika.shared.CurrentActor;
import ru.praktika.shared.InvalidRequestException;

/** The secretariat's page of the archive: the archive years and the upload of a past year's results. */
@Controller
class CompetitionArchiveController {

    private final CompetitionArchive archive;

    CompetitionArchiveController(CompetitionArchive archive) {
        this.archive = archive;
    }

    @GetMapping("/competitions/archive")
    String page(Model model) {
        requireSecretariat();
        model.addAttribute("years", archive.years());
        model.addAttribute("headers", CompetitionArchive.HEADERS);
        return "competition/archive";
    }

    @PostMapping("/competitions/archive")
    String upload(@RequestParam(required = false) MultipartFile file, Model model, RedirectAttributes redirect)
            throws IOException {
        requireSecretariat();
        try {
            if (file == null || file.isEmpty()) {
                throw new InvalidRequestException("Выберите файл архива (XLSX)");
            }
            if (file.getSize() > CompetitionArchive.MAX_BYTES) {
                throw new InvalidRequestException("Файл архива — не больше 5 МБ; данные не изменены");
            }
            List<CompetitionArchive.YearImported> done = archive.importWorkbook(CurrentActor.get(), file.getBytes());
            redirect.addFlashAttribute("imported", done);
            return "redirect:/competitions/archive";
        } catch (CompetitionArchive.Rejected e) {
            model.addAttribute("problem", e.getMessage());
            model.addAttribute("problems", e.problems());
        } catch (InvalidRequestException e) {
            model.addAttribute("problem", e.getMessage());
        }
        return page(model);
    }

    private static void requireSecretariat() {
        if (!CompetitionArchive.canImport(CurrentActor.get())) {
            throw new AccessDeniedException("Архив конкурса загружает секретариат ассоциации");
        }
    }
}
