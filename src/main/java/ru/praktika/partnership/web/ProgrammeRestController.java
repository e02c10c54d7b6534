package ru.praktika.partnership.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import ru.praktika.partnership.PartnershipCommands;
import ru.praktika.partnership.ProgrammeSummary;
import ru.praktika.partnership.ProgrammeView;
import ru.praktika.partnership.domain.Programmes;
import ru.praktika.shared.CurrentActor;

/** The joint programmes' JSON API: the same services and permissions as the pages. */
@RestController
@RequestMapping("/api/v1/programmes")
@Tag(
        name = "Совместные программы",
        description = "Программы по соглашениям: регионы, мероприятия, показатели, отчёты, связи")
@ApiResponse(
        responseCode = "400",
        description = "Неверные данные: русское сообщение, errors — по полям",
        content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "401", description = "Нужен вход", content = @Content)
@ApiResponse(
        responseCode = "403",
        description = "Недостаточно прав (пишет секретариат; практику своего региона связывает совет участника)",
        content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(
        responseCode = "404",
        description = "Нет такой программы или она не видна (по неподписанному соглашению)",
        content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
class ProgrammeRestController {

    private final Programmes programmes;

    ProgrammeRestController(Programmes programmes) {
        this.programmes = programmes;
    }

    /**
     * A yearly report, as text.
     *
     * @param year the year
     * @param text the report
     */
    record NewReport(Integer year, String text) {}

    @GetMapping
    @Operation(summary = "Совместные программы (по подписанным соглашениям; секретариату — все)")
    List<ProgrammeSummary> programmes() {
        return programmes.programmes(CurrentActor.get());
    }

    @PostMapping
    @Operation(summary = "Открыть программу по соглашению (секретариат)")
    ResponseEntity<ProgrammeView> create(@RequestBody PartnershipCommands.NewProgramme body) {
        long id = programmes.create(
                CurrentActor.get(),
                body == null ? new PartnershipCommands.NewProgramme(null, null, null, null, null) : body);
        return ResponseEntity.created(URI.create("/api/v1/programmes/" + id))
                .body(programmes.programme(CurrentActor.get(), id));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Программа: регионы, мероприятия, показатели по годам, отчёты, связанные практики и заявки")
    ProgrammeView programme(@PathVariable long id) {
        return programmes.programme(CurrentActor.get(), id);
    }

    @PutMapping("/{id}/regions")
    @Operation(summary = "Заменить список регионов-участников: коды регионов (секретариат)")
    ProgrammeView regions(@PathVariable long id, @RequestBody List<String> codes) {
        return programmes.setRegions(CurrentActor.get(), id, codes);
    }

    @PostMapping("/{id}/activities")
    @Operation(summary = "Добавить мероприятие (секретариат)")
    ProgrammeView activity(@PathVariable long id, @RequestBody PartnershipCommands.NewActivity body) {
        programmes.addActivity(
                CurrentActor.get(),
                id,
                body == null ? new PartnershipCommands.NewActivity(null, null, null, null, null) : body);
        return programmes.programme(CurrentActor.get(), id);
    }

    @PostMapping("/{id}/kpis")
    @Operation(summary = "Добавить показатель (секретариат)")
    ProgrammeView kpi(@PathVariable long id, @RequestBody PartnershipCommands.NewKpi body) {
        programmes.addKpi(CurrentActor.get(), id, body == null ? new PartnershipCommands.NewKpi(null, null) : body);
        return programmes.programme(CurrentActor.get(), id);
    }

    @PutMapping("/{id}/kpis/{kpiId}/values")
    @Operation(summary = "План и факт показателя за год (секретариат)")
    ProgrammeView kpiValue(
            @PathVariable long id, @PathVariable long kpiId, @RequestBody PartnershipCommands.KpiValue body) {
        return programmes.setKpiValue(
                CurrentActor.get(),
                id,
                kpiId,
                body == null ? new PartnershipCommands.KpiValue(null, null, null) : body);
    }

    @PostMapping("/{id}/reports")
    @Operation(summary = "Отчёт за год, текстом (секретариат; файл прикладывается на странице программы)")
    ProgrammeView report(@PathVariable long id, @RequestBody NewReport body) {
        programmes.addReport(
                CurrentActor.get(),
                id,
                body == null ? null : body.year(),
                body == null ? null : body.text(),
                null,
                null);
        return programmes.programme(CurrentActor.get(), id);
    }

    @PostMapping("/{id}/links")
    @Operation(
            summary = "Связать с программой практику (PRACTICE: секретариат или совет участвующего региона — свою) или"
                    + " заявку конкурса (APPLICATION: секретариат)")
    ProgrammeView link(@PathVariable long id, @RequestBody PartnershipCommands.NewLink body) {
        programmes.link(CurrentActor.get(), id, body == null ? new PartnershipCommands.NewLink(null, null) : body);
        return programmes.programme(CurrentActor.get(), id);
    }
}
