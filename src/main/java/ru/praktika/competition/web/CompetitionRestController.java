package ru.praktika.competition.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ru.praktika.competition.ApplicationStatus;
import ru.praktika.competition.ApplicationView;
import ru.praktika.competition.AssignmentView;
import ru.praktika.competition.CompetitionView;
import ru.praktika.competition.CriterionView;
import ru.praktika.competition.ExpertFile;
import ru.praktika.competition.ExpertView;
import ru.praktika.competition.Question;
import ru.praktika.competition.domain.Applications;
import ru.praktika.competition.domain.Competitions;
import ru.praktika.competition.domain.FederalStage;
import ru.praktika.shared.CurrentActor;
import ru.praktika.shared.NotFoundException;

/** The competition's JSON API: the same services and permissions as the pages. */
@RestController
@RequestMapping("/api/v1/competitions")
@Tag(
        name = "Конкурс",
        description = "Всероссийский конкурс «Лучшая муниципальная практика»: годы, заявки, региональный"
                + " этап, эксперты, оценки, итоги")
class CompetitionRestController {

    private final Competitions competitions;
    private final Applications applications;
    private final FederalStage federal;

    CompetitionRestController(Competitions competitions, Applications applications, FederalStage federal) {
        this.competitions = competitions;
        this.applications = applications;
        this.federal = federal;
    }

    record NewCompetition(Integer year) {}

    record Quota(String nomination, String category, Integer perRegion) {}

    record Prize(String nomination, String category, Integer place, BigDecimal amountRub) {}

    record NewApplication(String nomination, Long practiceId) {}

    record Nomination(String title, String curator, List<String> nationalProjects) {}

    record AssociationApplication(String nomination, Long practiceId, String note) {}

    record Answers(Map<String, String> answers, Boolean declaration, Long version) {}

    record Decision(String note) {}

    record Rank(Integer rank) {}

    record NewExpert(String username, String fullName, String homeRegion, List<String> competences) {}

    record Conflict(String kind, String value, String note) {}

    record Reassignment(Long expertId) {}

    record Scores(Map<Long, BigDecimal> points, Map<Long, String> comments) {}

    record Confirmation(Integer winners) {}

    @GetMapping
    @Operation(summary = "Конкурсы по годам (анонимно — только с опубликованными итогами)")
    List<CompetitionView> list() {
        List<CompetitionView> all = competitions.competitions();
        return CurrentActor.get().isAuthenticated()
                ? all
                : all.stream().filter(CompetitionView::published).toList();
    }

    @PostMapping
    @Operation(
            summary = "Объявить конкурс года с номинациями, квотами, премиями и критериями по умолчанию (секретариат)")
    ResponseEntity<CompetitionView> open(@RequestBody NewCompetition body) {
        CompetitionView c =
                competitions.open(CurrentActor.get(), body == null || body.year() == null ? 0 : body.year());
        return ResponseEntity.created(URI.create("/api/v1/competitions/" + c.year()))
                .body(c);
    }

    @GetMapping("/{year}")
    @Operation(summary = "Конкурс года: сроки, номинации с вопросами, квоты, премии, правило категорий")
    CompetitionView competition(@PathVariable int year) {
        CompetitionView c = competitions.competition(year);
        if (!CurrentActor.get().isAuthenticated() && !c.published()) {
            throw new NotFoundException("Итоги конкурса " + year + " года ещё не опубликованы");
        }
        return c;
    }

    @PutMapping("/{year}")
    @Operation(summary = "Изменить сроки и настройки конкурса (секретариат)")
    CompetitionView update(@PathVariable int year, @RequestBody Competitions.Settings body) {
        return competitions.update(CurrentActor.get(), year, body);
    }

    @PutMapping("/{year}/category-rule")
    @Operation(summary = "Правило категорий: вид муниципального образования → I или II (секретариат)")
    CompetitionView categoryRule(@PathVariable int year, @RequestBody Map<String, String> rule) {
        return competitions.setCategoryRule(CurrentActor.get(), year, rule == null ? Map.of() : rule);
    }

    @PutMapping("/{year}/quotas")
    @Operation(summary = "Квота региона в номинации и категории (секретариат)")
    CompetitionView quota(@PathVariable int year, @RequestBody Quota body) {
        Quota q = body == null ? new Quota(null, null, null) : body;
        return competitions.setQuota(
                CurrentActor.get(), year, q.nomination(), q.category(), q.perRegion() == null ? -1 : q.perRegion());
    }

    @PutMapping("/{year}/prizes")
    @Operation(summary = "Премия за место в номинации и категории (секретариат)")
    CompetitionView prize(@PathVariable int year, @RequestBody Prize body) {
        Prize p = body == null ? new Prize(null, null, null, null) : body;
        return competitions.setPrize(
                CurrentActor.get(),
                year,
                p.nomination(),
                p.category(),
                p.place() == null ? -1 : p.place(),
                p.amountRub());
    }

    @PutMapping("/{year}/nominations/{code}")
    @Operation(summary = "Название, курирующее ведомство и национальные проекты номинации года (секретариат)")
    CompetitionView nomination(@PathVariable int year, @PathVariable String code, @RequestBody Nomination body) {
        Nomination b = body == null ? new Nomination(null, null, null) : body;
        return competitions.setNomination(CurrentActor.get(), year, code, b.title(), b.curator(), b.nationalProjects());
    }

    @PutMapping("/{year}/nominations/{code}/questions")
    @Operation(summary = "Вопросы формы заявки номинации (секретариат)")
    CompetitionView questions(
            @PathVariable int year, @PathVariable String code, @RequestBody List<Question> questions) {
        return competitions.setQuestions(CurrentActor.get(), year, code, questions);
    }

    @PutMapping("/{year}/nominations/{code}/criteria")
    @Operation(summary = "Критерии номинации: по формуле с весом, экспертные с диапазоном и весом (секретариат)")
    List<CriterionView> setCriteria(
            @PathVariable int year,
            @PathVariable String code,
            @RequestBody List<Competitions.CriterionInput> criteria) {
        return competitions.setCriteria(CurrentActor.get(), year, code, criteria);
    }

    @GetMapping("/{year}/criteria")
    @Operation(summary = "Критерии оценки по номинациям")
    List<CriterionView> criteria(@PathVariable int year, @RequestParam(required = false) String nomination) {
        competition(year);
        return competitions.criteria(year, nomination);
    }

    @GetMapping("/{year}/applications")
    @Operation(summary = "Заявки года, видимые пользователю: секретариату все, совету — своего региона, МО — свои")
    List<ApplicationView> applications(
            @PathVariable int year,
            @RequestParam(required = false) String nomination,
            @RequestParam(required = false) ApplicationStatus status) {
        requireSignedIn();
        return applications.applications(CurrentActor.get(), year, nomination, status);
    }

    @PostMapping("/{year}/applications")
    @Operation(summary = "Подать заявку из карточки практики (черновик)")
    ResponseEntity<ApplicationView> apply(@PathVariable int year, @RequestBody NewApplication body) {
        NewApplication b = body == null ? new NewApplication(null, null) : body;
        ApplicationView a = applications.apply(
                CurrentActor.get(), year, b.nomination(), b.practiceId() == null ? -1 : b.practiceId());
        return ResponseEntity.created(URI.create("/api/v1/competitions/applications/" + a.id()))
                .body(a);
    }

    @PostMapping("/{year}/association-applications")
    @Operation(summary = "Собственная заявка ассоциации в пределах её квоты (секретариат)")
    ApplicationView associationApplication(@PathVariable int year, @RequestBody AssociationApplication body) {
        AssociationApplication b = body == null ? new AssociationApplication(null, null, null) : body;
        return applications.addByAssociation(
                CurrentActor.get(), year, b.nomination(), b.practiceId() == null ? -1 : b.practiceId(), b.note());
    }

    @GetMapping("/applications/{id}")
    @Operation(summary = "Заявка (заявителю, совету её региона, секретариату)")
    ApplicationView application(@PathVariable long id) {
        requireSignedIn();
        return applications.application(CurrentActor.get(), id);
    }

    @PutMapping("/applications/{id}/answers")
    @Operation(summary = "Ответы на вопросы номинации и декларация (черновик)")
    ApplicationView answers(@PathVariable long id, @RequestBody Answers body) {
        Answers b = body == null ? new Answers(null, null, null) : body;
        return applications.answer(
                CurrentActor.get(),
                id,
                b.answers(),
                Boolean.TRUE.equals(b.declaration()),
                b.version() == null ? -1 : b.version());
    }

    @PostMapping("/applications/{id}/submit")
    @Operation(summary = "Отправить заявку в региональную комиссию до срока")
    ApplicationView submit(@PathVariable long id) {
        return applications.submit(CurrentActor.get(), id);
    }

    @PutMapping("/applications/{id}/regional-rank")
    @Operation(summary = "Место заявки в рейтинге региональной комиссии")
    ApplicationView rank(@PathVariable long id, @RequestBody Rank body) {
        return applications.rank(CurrentActor.get(), id, body == null ? null : body.rank());
    }

    @PostMapping("/applications/{id}/forward")
    @Operation(summary = "Направить на федеральный этап в пределах квоты, с обоснованием (региональная комиссия)")
    ApplicationView forward(@PathVariable long id, @RequestBody Decision body) {
        return applications.forward(CurrentActor.get(), id, body == null ? null : body.note());
    }

    @PostMapping("/applications/{id}/reject")
    @Operation(summary = "Отклонить на региональном этапе с причиной (региональная комиссия)")
    ApplicationView reject(@PathVariable long id, @RequestBody Decision body) {
        return applications.reject(CurrentActor.get(), id, body == null ? null : body.note());
    }

    @GetMapping("/{year}/experts")
    @Operation(summary = "Пул экспертов с конфликтами интересов и нагрузкой (секретариат)")
    List<ExpertView> experts(@PathVariable int year) {
        return federal.experts(CurrentActor.get(), year);
    }

    @PostMapping("/{year}/experts")
    @Operation(summary = "Включить пользователя в пул экспертов (секретариат)")
    ExpertView enlist(@PathVariable int year, @RequestBody NewExpert body) {
        NewExpert b = body == null ? new NewExpert(null, null, null, null) : body;
        return federal.enlist(CurrentActor.get(), b.username(), b.fullName(), b.homeRegion(), b.competences());
    }

    @PostMapping("/experts/{expertId}/conflicts")
    @Operation(summary = "Заявить конфликт интересов эксперта: МО, регион или организация")
    ResponseEntity<Void> conflict(@PathVariable long expertId, @RequestBody Conflict body) {
        Conflict b = body == null ? new Conflict(null, null, null) : body;
        federal.declareConflict(CurrentActor.get(), expertId, b.kind(), b.value(), b.note());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{year}/start-scoring")
    @Operation(
            summary = "Начать федеральный этап: формальные баллы, короткий список, назначение экспертов (секретариат)")
    FederalStage.Start startScoring(@PathVariable int year) {
        return federal.startScoring(CurrentActor.get(), year);
    }

    @PostMapping("/{year}/assignments")
    @Operation(summary = "Назначить экспертов автоматически до нужного числа на заявку (секретариат)")
    FederalStage.Start assign(@PathVariable int year) {
        return federal.assign(CurrentActor.get(), year);
    }

    @GetMapping("/{year}/assignments")
    @Operation(summary = "Назначения экспертов по заявкам (секретариат)")
    Map<Long, List<AssignmentView>> assignments(@PathVariable int year) {
        return federal.assignments(CurrentActor.get(), year);
    }

    @PutMapping("/assignments/{assignmentId}")
    @Operation(summary = "Передать назначение другому подходящему эксперту (секретариат)")
    ResponseEntity<Void> reassign(@PathVariable long assignmentId, @RequestBody Reassignment body) {
        federal.reassign(
                CurrentActor.get(), assignmentId, body == null || body.expertId() == null ? -1 : body.expertId());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{year}/my-assignments")
    @Operation(summary = "Заявки, назначенные эксперту (в слепом режиме без МО, региона и людей)")
    List<ApplicationView> myAssignments(@PathVariable int year) {
        return federal.assigned(CurrentActor.get(), year);
    }

    @GetMapping("/applications/{id}/expert-file")
    @Operation(summary = "Материалы заявки для назначенного эксперта (в слепом режиме без МО, региона и людей)")
    ExpertFile expertFile(@PathVariable long id) {
        return federal.file(CurrentActor.get(), id);
    }

    @PutMapping("/applications/{id}/scores")
    @Operation(summary = "Оценки эксперта по критериям номинации, каждая в своём диапазоне")
    ExpertFile score(@PathVariable long id, @RequestBody Scores body) {
        federal.score(
                CurrentActor.get(), id, body == null ? null : body.points(), body == null ? null : body.comments());
        return federal.file(CurrentActor.get(), id);
    }

    @GetMapping("/{year}/ranking")
    @Operation(summary = "Рейтинг заявок федерального этапа по номинациям и категориям (секретариат)")
    List<ApplicationView> ranking(@PathVariable int year) {
        return federal.ranking(CurrentActor.get(), year);
    }

    @PostMapping("/{year}/results/confirm")
    @Operation(summary = "Утвердить итоги разом: число победителей — то, что видел секретариат (секретариат)")
    Map<String, Integer> confirm(@PathVariable int year, @RequestBody Confirmation body) {
        int winners = body == null || body.winners() == null ? -1 : body.winners();
        return Map.of("winners", federal.confirmResults(CurrentActor.get(), year, winners));
    }

    @PostMapping("/{year}/results/publish")
    @Operation(summary = "Опубликовать утверждённые итоги (секретариат)")
    ResponseEntity<Void> publish(@PathVariable int year) {
        federal.publish(CurrentActor.get(), year);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{year}/results")
    @Operation(summary = "Опубликованные итоги: победители по номинациям, категориям и местам, с премиями")
    List<ApplicationView> results(@PathVariable int year) {
        return federal.results(year);
    }

    private static void requireSignedIn() {
        if (!CurrentActor.get().isAuthenticated()) {
            throw new ru.praktika.shared.AccessDeniedException("Войдите, чтобы работать с заявками конкурса");
        }
    }
}
