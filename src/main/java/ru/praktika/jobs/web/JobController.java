package ru.praktika.jobs.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import ru.praktika.jobs.Jobs;
import ru.praktika.shared.CurrentActor;

@Controller
@Tag(name = "Фоновые задания")
class JobController {

    private final Jobs jobs;

    JobController(Jobs jobs) {
        this.jobs = jobs;
    }

    /** The progress bar, polled by htmx until the job ends. */
    @GetMapping("/jobs/{jobId}/progress")
    String progress(@PathVariable UUID jobId, Model model) {
        model.addAttribute("job", jobs.job(CurrentActor.get(), jobId));
        return "jobs/progress :: progress";
    }
}
