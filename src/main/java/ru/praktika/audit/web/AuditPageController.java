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

    AuditPageController(AuditLog log) {
        this.log = log;
    }

    @GetMapping("/admin/audit")
    String audit(
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) String type,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute(
                "entries", log.latest(CurrentActor.get(), actor, type, new PageRequest(Math.max(page, 0), 50)));
        model.addAttribute("actor", actor);
        model.addAttribute("type", type);
        return "admin/audit";
    }
}
