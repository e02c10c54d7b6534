package ru.praktika.audit.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import ru.praktika.audit.AuditLog;
import ru.praktika.shared.CurrentActor;
import ru.praktika.shared.PageRequest;

@Controller
class AuditPageController {

    private final AuditLog log;
    private final AuditWords words;

    AuditPageController(AuditLog log, AuditWords words) {
        this.log = log;
        this.words = words;
    }

    /**
     * An entry as the page shows it: in words (begun with its region's name from the page's {@code regionNames}, which
     * is added to the model after this controller ran), with the link to its object (or null).
     */
    record Line(ru.praktika.audit.AuditEntry entry, AuditWords words, String href) {
        public String text(java.util.Map<String, String> regionNames) {
            return words.text(entry, regionNames == null ? java.util.Map.of() : regionNames);
        }
    }

    @GetMapping("/admin/audit")
    String audit(
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) String type,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        var entries = log.latest(CurrentActor.get(), actor, type, new PageRequest(Math.max(page, 0), 50));
        model.addAttribute("entries", entries);
        model.addAttribute(
                "lines",
                entries.items().stream()
                        .map(e -> new Line(e, words, words.href(e)))
                        .toList());
        model.addAttribute(
                "typeNames",
                log.objectTypes(CurrentActor.get()).stream()
                        .collect(java.util.stream.Collectors.toMap(
                                t -> t, words::type, (a, b) -> a, java.util.LinkedHashMap::new)));
        model.addAttribute("actors", log.actors(CurrentActor.get()));
        model.addAttribute("actor", actor);
        model.addAttribute("type", type);
        return "admin/audit";
    }
}
