package ru.praktika.jobs.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import ru.praktika.jobs.JobView;
import ru.praktika.jobs.Jobs;
import ru.praktika.shared.CurrentActor;

@RestController
@Tag(name = "Фоновые задания")
class JobRestController {

    private final Jobs jobs;

    JobRestController(Jobs jobs) {
        this.jobs = jobs;
    }

    @GetMapping("/api/v1/jobs/{jobId}")
    @Operation(summary = "Состояние задания: QUEUED, RUNNING, DONE, FAILED; прогресс; ошибки по строкам")
    JobView job(@PathVariable UUID jobId) {
        return jobs.job(CurrentActor.get(), jobId);
    }
}
