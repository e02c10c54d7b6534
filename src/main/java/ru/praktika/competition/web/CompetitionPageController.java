package ru.praktika.competition.web;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.praktika.competition.ApplicationStatus;
import ru.praktika.competition.ApplicationView;
import ru.praktika.competition.CompetitionPhase;
import ru.praktika.competition.CompetitionView;
import ru.praktika.competition.ExpertFile;
import ru.praktika.competition.NominationView;
import ru.praktika.competition.domain.Applications;
import ru.praktika.competition.domain.Competitions;
import ru.praktika.competition.domain.FederalStage;
import ru.praktika.practice.PracticeApi;
import ru.praktika.practice.PracticeCard;
import ru.praktika.shared.AccessDeniedException;
import ru.praktika.shared.Actor;
import ru.praktika.shared.ConflictException;
import ru.praktika.shared.CurrentActor;
import ru.praktika.shared.InvalidRequestException;
import ru.praktika.shared.NotFoundException;
import ru.praktika.shared.Role;
import ru.praktika.shared.RussianDates;
import ru.praktika.territory.MunicipalityType;
import ru.praktika.territory.TerritoryApi;

/**
 * The competition's pages: the years; a year's page with what each role does there; applying from a practice card;
 * an application with its answers, files and the commission's decision; the secretariat's experts, ranking and
 * results; the expert's list and score sheet; the public results.
 */
@Controller
class CompetitionPageController {

    private final Competitions competitions;
    private final Applications applications;
    private final FederalStage federal;
    private final PracticeApi practices;
    private final TerritoryApi territory;

    CompetitionPageController(
            Competitions competitions,
            Applications applications,
            FederalStage federal,
            PracticeApi practices,
            TerritoryApi territory) {
        this.competitions = competitions;
        this.applications = applications;
        this.federal = federal;
        this.practices = practices;
        this.territory = territory;
    }

    @GetMapping("/competitions")
    String list(Model model) {
        Actor actor = CurrentActor.get();
        List<CompetitionView> all = competitions.competitions();
        model.addAttribute(
                "competitions",
                actor.isAuthenticated()
                        ? all
                        : all.stream().filter(c -> c.published()).toList());
        model.addAttribute("canSetUp", actor.isAdmin());
        model.addAttribute("nextYear", java.time.LocalDate.now().getYear() + 1);
        return "competition/list";
    }

    @PostMapping("/competitions")
    String open(@RequestParam(required = false) String year, RedirectAttributes redirect) {
        int y;
        try {
            y = Integer.parseInt(year == null ? "" : year.strip());
        } catch (NumberFormatException e) {
            redirect.addFlashAttribute("problem", "Год конкурса — четыре цифры, например 2027");
            return "redirect:/competitions";
        }
        return act(redirect, "/competitions/" + y, "/competitions", () -> competitions.open(CurrentActor.get(), y));
    }

    @GetMapping("/competitions/{year}")
    String competition(@PathVariable int year, Model model) {
        Actor actor = CurrentActor.get();
        CompetitionView c = competitions.competition(year);
        if (!actor.isAuthenticated() && !c.published()) {
            throw new NotFoundException("Итоги конкурса " + year + " года ещё не опубликованы");
        }
        model.addAttribute("c", c);
        model.addAttribute("phases", CompetitionPhase.values());
        model.addAttribute("types", MunicipalityType.values());
        model.addAttribute("deadlines", deadlines(c));
        model.addAttribute("prizeRows", prizeRows(c));
        model.addAttribute("canSetUp", actor.isAdmin());
        model.addAttribute("signedIn", actor.isAuthenticated());
        model.addAttribute("isExpert", actor.has(Role.EXPERT));
        model.addAttribute("isCommission", actor.has(Role.REGIONAL_OPERATOR));
        model.addAttribute(
                "mine",
                actor.isAuthenticated() && !actor.has(Role.EXPERT) || actor.isAdmin()
                        ? applications.applications(actor, year, null, null)
                        : List.of());
        model.addAttribute("regions", names());
        model.addAttribute("npNames", competitions.nationalProjectNames());
        return "competition/competition";
    }

    private static Map<String, String> deadlines(CompetitionView c) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("Приём заявок", "до " + RussianDates.numeric(c.applicationsDeadline()));
        m.put("Региональный этап", "до " + RussianDates.numeric(c.regionalDeadline()));
        m.put("Федеральный этап и итоги", "до " + RussianDates.numeric(c.federalDeadline()));
        return m;
    }

    /** Prize table rows: nomination, category, amounts by place formatted in millions. */
    private static List<List<String>> prizeRows(CompetitionView c) {
        List<List<String>> rows = new java.util.ArrayList<>();
        for (NominationView n : c.nominations()) {
            for (String cat : List.of("I", "II")) {
                List<String> row = new java.util.ArrayList<>();
                row.add(n.code());
                row.add(cat);
                for (int p = 1; p <= c.places(); p++) {
                    BigDecimal amount = c.prize(n.code(), cat, p);
                    row.add(amount == null ? "—" : ru.praktika.shared.RussianNumbers.millionRoubles(amount));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    private Map<String, String> names() {
        Map<String, String> m = new LinkedHashMap<>();
        territory.regions().forEach(r -> m.put(r.code(), r.name()));
        return m;
    }

    @PostMapping("/competitions/{year}/settings")
    String settings(@PathVariable int year, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        return act(redirect, "/competitions/" + year, "/competitions/" + year, () -> {
            CompetitionView c = competitions.competition(year);
            competitions.update(
                    CurrentActor.get(),
                    year,
                    new Competitions.Settings(
                            form.getOrDefault("title", c.title()),
                            date(form.get("applicationsDeadline"), "applicationsDeadline"),
                            date(form.get("regionalDeadline"), "regionalDeadline"),
                            date(form.get("federalDeadline"), "federalDeadline"),
                            number(form.get("expertsPerApplication"), "expertsPerApplication"),
                            form.get("shortlistSize") == null
                                            || form.get("shortlistSize").isBlank()
                                    ? null
                                    : number(form.get("shortlistSize"), "shortlistSize"),
                            form.getOrDefault("aggregation", "MEAN"),
                            "on".equals(form.get("blind")) || "true".equals(form.get("blind")),
                            number(form.get("places"), "places"),
                            number(form.get("associationQuota"), "associationQuota"),
                            Long.parseLong(form.getOrDefault("version", "-1"))));
            for (NominationView n : c.nominations()) {
                for (String cat : List.of("I", "II")) {
                    String q = form.get("quota-" + n.code() + "-" + cat);
                    if (q != null && !q.isBlank() && number(q, "quota") != c.quota(n.code(), cat)) {
                        competitions.setQuota(CurrentActor.get(), year, n.code(), cat, number(q, "quota"));
                    }
                }
            }
            Map<String, String> rule = new LinkedHashMap<>();
            for (MunicipalityType t : MunicipalityType.values()) {
                rule.put(t.name(), form.getOrDefault("rule-" + t.name(), ""));
            }
            if (!rule.entrySet().stream()
                    .filter(e -> !e.getValue().isBlank())
                    .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue))
                    .equals(c.categoryRule())) {
                competitions.setCategoryRule(CurrentActor.get(), year, rule);
            }
        });
    }

    private static java.time.LocalDate date(String text, String field) {
        try {
            return RussianDates.parseInput(text);
        } catch (RuntimeException e) {
            throw InvalidRequestException.ofFields(Map.of(field, "Дата в виде дд.мм.гггг"));
        }
    }

    private static int number(String text, String field) {
        try {
            return Integer.parseInt(text == null ? "" : text.strip());
        } catch (NumberFormatException e) {
            throw InvalidRequestException.ofFields(Map.of(field, "Введите целое число"));
        }
    }

    // ---- applying ----------------------------------------------------------------------------------------------

    @GetMapping("/competitions/apply")
    String applyForm(@RequestParam long practice, Model model) {
        Actor actor = CurrentActor.get();
        requireSignedIn(actor);
        PracticeCard card = practices
                .card(practice)
                .filter(p -> practices.canRead(actor, p.regionCode(), p.municipalities(), p.status()))
                .orElseThrow(() -> new NotFoundException("Практика №" + practice + " не найдена"));
        Optional<CompetitionView> open = competitions.competitions().stream()
                .filter(c -> c.phase() == CompetitionPhase.APPLICATIONS && !c.archive())
                .filter(c -> !Applications.today().isAfter(c.applicationsDeadline()))
                .findFirst();
        model.addAttribute("card", card);
        model.addAttribute("open", open.orElse(null));
        return "competition/apply";
    }

    @PostMapping("/competitions/{year}/applications")
    String apply(
            @PathVariable int year,
            @RequestParam(required = false) String nomination,
            @RequestParam long practice,
            RedirectAttributes redirect) {
        try {
            ApplicationView a = applications.apply(CurrentActor.get(), year, nomination, practice);
            redirect.addFlashAttribute("notice", "competition.applied");
            return "redirect:/competitions/applications/" + a.id();
        } catch (InvalidRequestException | ConflictException | AccessDeniedException e) {
            redirect.addFlashAttribute("problem", message(e));
            return "redirect:/competitions/apply?practice=" + practice;
        }
    }

    @GetMapping("/competitions/applications/{id}")
    String application(@PathVariable long id, Model model) {
        Actor actor = CurrentActor.get();
        requireSignedIn(actor);
        ApplicationView a = applications.application(actor, id);
        CompetitionView c = competitions.competition(a.year());
        model.addAttribute("a", a);
        model.addAttribute("c", c);
        model.addAttribute("nomination", c.nomination(a.nominationCode()).orElseThrow());
        model.addAttribute("attachments", applications.attachments(actor, id));
        boolean draft = a.status() == ApplicationStatus.DRAFT && c.phase() == CompetitionPhase.APPLICATIONS;
        model.addAttribute("editable", draft && !Applications.today().isAfter(c.applicationsDeadline()));
        model.addAttribute(
                "commission",
                !a.byAssociation()
                        && a.status() != ApplicationStatus.DRAFT
                        && c.phase() == CompetitionPhase.APPLICATIONS
                        && (actor.isAdmin()
                                || actor.has(Role.REGIONAL_OPERATOR)
                                        && a.regionCode().equals(actor.regionCode())));
        model.addAttribute("practiceLink", a.practiceId() == null ? null : "/practices/" + a.practiceId());
        return "competition/application";
    }

    @PostMapping("/competitions/applications/{id}/answers")
    String answers(
            @PathVariable long id,
            @RequestParam Map<String, String> form,
            @RequestParam(defaultValue = "false") boolean submit,
            RedirectAttributes redirect) {
        Map<String, String> answers = new LinkedHashMap<>();
        form.forEach((k, v) -> {
            if (k.startsWith("answer-")) {
                answers.put(k.substring("answer-".length()), v);
            }
        });
        boolean declaration = "on".equals(form.get("declaration"));
        long version = Long.parseLong(form.getOrDefault("version", "-1"));
        String back = "/competitions/applications/" + id;
        try {
            applications.answer(CurrentActor.get(), id, answers, declaration, version);
            if (submit) {
                applications.submit(CurrentActor.get(), id);
                redirect.addFlashAttribute("notice", "competition.submitted");
            } else {
                redirect.addFlashAttribute("notice", "competition.saved");
            }
        } catch (InvalidRequestException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
            redirect.addFlashAttribute("fieldErrors", e.errors());
            redirect.addFlashAttribute("typed", answers);
            redirect.addFlashAttribute("typedDeclaration", declaration);
        } catch (ConflictException | AccessDeniedException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:" + back;
    }

    @PostMapping("/competitions/applications/{id}/attachments")
    String attach(
            @PathVariable long id, @RequestParam(required = false) MultipartFile file, RedirectAttributes redirect)
            throws java.io.IOException {
        byte[] bytes = file == null ? new byte[0] : file.getBytes();
        String name = file == null ? null : file.getOriginalFilename();
        String back = "/competitions/applications/" + id;
        return act(redirect, back, back, () -> applications.attach(CurrentActor.get(), id, name, bytes));
    }

    @GetMapping("/competitions/applications/{id}/attachments/{attachmentId}")
    ResponseEntity<byte[]> attachment(@PathVariable long id, @PathVariable long attachmentId) {
        Applications.AttachmentFile f = applications.attachment(CurrentActor.get(), id, attachmentId);
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(f.fileName(), java.nio.charset.StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .contentType(MediaType.parseMediaType(f.contentType()))
                .body(f.content());
    }

    @PostMapping("/competitions/applications/{id}/decision")
    String decide(
            @PathVariable long id,
            @RequestParam String decision,
            @RequestParam(required = false) String note,
            @RequestParam(required = false) String rank,
            RedirectAttributes redirect) {
        String back = "/competitions/applications/" + id;
        return act(redirect, back, back, () -> {
            Actor actor = CurrentActor.get();
            switch (decision) {
                case "forward" -> applications.forward(actor, id, note);
                case "reject" -> applications.reject(actor, id, note);
                case "rank" ->
                    applications.rank(actor, id, rank == null || rank.isBlank() ? null : number(rank, "rank"));
                default -> throw new InvalidRequestException("Решение комиссии: направить, отклонить или место");
            }
        });
    }

    // ---- the secretariat's federal stage -----------------------------------------------------------------------

    @GetMapping("/competitions/{year}/experts")
    String experts(@PathVariable int year, Model model) {
        Actor actor = CurrentActor.get();
        CompetitionView c = competitions.competition(year);
        model.addAttribute("c", c);
        model.addAttribute("experts", federal.experts(actor, year));
        model.addAttribute("regions", names());
        model.addAttribute("assignments", federal.assignments(actor, year));
        model.addAttribute(
                "applications",
                federal.ranking(actor, year).stream()
                        .filter(ApplicationView::shortlisted)
                        .toList());
        return "competition/experts";
    }

    @PostMapping("/competitions/{year}/experts")
    String enlist(
            @PathVariable int year,
            @RequestParam(required = false) String username,
            @RequestParam(required = false) String fullName,
            @RequestParam(required = false) String homeRegion,
            @RequestParam(required = false) List<String> competences,
            RedirectAttributes redirect) {
        String back = "/competitions/" + year + "/experts";
        return act(
                redirect,
                back,
                back,
                () -> federal.enlist(CurrentActor.get(), username, fullName, homeRegion, competences));
    }

    @PostMapping("/competitions/{year}/experts/{expertId}/conflicts")
    String conflict(
            @PathVariable int year,
            @PathVariable long expertId,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String value,
            @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        String back = "/competitions/" + year + "/experts";
        return act(
                redirect, back, back, () -> federal.declareConflict(CurrentActor.get(), expertId, kind, value, note));
    }

    @PostMapping("/competitions/{year}/start-scoring")
    String startScoring(@PathVariable int year, RedirectAttributes redirect) {
        String back = "/competitions/" + year;
        try {
            FederalStage.Start s = federal.startScoring(CurrentActor.get(), year);
            redirect.addFlashAttribute("notice", "competition.scoringStarted");
            if (!s.shortOfExperts().isEmpty()) {
                redirect.addFlashAttribute(
                        "problem",
                        "Не хватает экспертов для " + s.shortOfExperts().size()
                                + " заявок: добавьте экспертов в пул и назначьте ещё раз");
            }
        } catch (InvalidRequestException | ConflictException | AccessDeniedException e) {
            redirect.addFlashAttribute("problem", message(e));
        }
        return "redirect:" + back + "/ranking";
    }

    @PostMapping("/competitions/{year}/assign")
    String assign(@PathVariable int year, RedirectAttributes redirect) {
        String back = "/competitions/" + year + "/experts";
        return act(redirect, back, back, () -> federal.assign(CurrentActor.get(), year));
    }

    @PostMapping("/competitions/{year}/assignments/{assignmentId}")
    String reassign(
            @PathVariable int year,
            @PathVariable long assignmentId,
            @RequestParam(required = false) String expert,
            RedirectAttributes redirect) {
        String back = "/competitions/" + year + "/experts";
        return act(
                redirect,
                back,
                back,
                () -> federal.reassign(
                        CurrentActor.get(),
                        assignmentId,
                        expert == null || expert.isBlank() ? -1 : Long.parseLong(expert)));
    }

    @GetMapping("/competitions/{year}/ranking")
    String ranking(@PathVariable int year, Model model) {
        Actor actor = CurrentActor.get();
        CompetitionView c = competitions.competition(year);
        List<ApplicationView> all = federal.ranking(actor, year);
        Map<String, List<ApplicationView>> groups = new LinkedHashMap<>();
        for (ApplicationView a : all) {
            groups.computeIfAbsent(a.nominationCode() + "/" + a.category(), k -> new java.util.ArrayList<>())
                    .add(a);
        }
        model.addAttribute("c", c);
        model.addAttribute("groups", groups);
        model.addAttribute("assignments", federal.assignments(actor, year));
        model.addAttribute(
                "winners", c.phase() == CompetitionPhase.SCORING ? federal.proposedWinners(actor, year) : List.of());
        return "competition/ranking";
    }

    @PostMapping("/competitions/{year}/results/confirm")
    String confirm(
            @PathVariable int year, @RequestParam(defaultValue = "-1") int winners, RedirectAttributes redirect) {
        String back = "/competitions/" + year + "/ranking";
        return act(redirect, back, back, () -> federal.confirmResults(CurrentActor.get(), year, winners));
    }

    @PostMapping("/competitions/{year}/results/publish")
    String publish(@PathVariable int year, RedirectAttributes redirect) {
        return act(
                redirect,
                "/competitions/" + year + "/results",
                "/competitions/" + year + "/ranking",
                () -> federal.publish(CurrentActor.get(), year));
    }

    // ---- the expert --------------------------------------------------------------------------------------------

    @GetMapping("/competitions/{year}/scoring")
    String scoring(@PathVariable int year, Model model) {
        Actor actor = CurrentActor.get();
        model.addAttribute("c", competitions.competition(year));
        model.addAttribute("assigned", federal.assigned(actor, year));
        model.addAttribute("scored", federal.scoredBy(actor, year));
        return "competition/scoring";
    }

    @GetMapping("/competitions/{year}/scoring/{id}")
    String scoreSheet(@PathVariable int year, @PathVariable long id, Model model) {
        ExpertFile f = federal.file(CurrentActor.get(), id);
        model.addAttribute("f", f);
        model.addAttribute("c", competitions.competition(year));
        return "competition/score";
    }

    @PostMapping("/competitions/{year}/scoring/{id}")
    String score(
            @PathVariable int year,
            @PathVariable long id,
            @RequestParam Map<String, String> form,
            RedirectAttributes redirect) {
        Map<Long, BigDecimal> points = new LinkedHashMap<>();
        Map<Long, String> comments = new LinkedHashMap<>();
        Map<String, String> errors = new LinkedHashMap<>();
        form.forEach((k, v) -> {
            if (k.startsWith("points-")) {
                long criterion = Long.parseLong(k.substring("points-".length()));
                if (v != null && !v.isBlank()) {
                    try {
                        points.put(criterion, new BigDecimal(v.strip().replace(',', '.')));
                    } catch (NumberFormatException e) {
                        errors.put("points." + criterion, "Оценка — число, например 7 или 7,5");
                    }
                }
            } else if (k.startsWith("comment-")) {
                comments.put(Long.parseLong(k.substring("comment-".length())), v);
            }
        });
        String back = "/competitions/" + year + "/scoring/" + id;
        try {
            if (!errors.isEmpty()) {
                throw new InvalidRequestException("Оценка не сохранена", errors);
            }
            federal.score(CurrentActor.get(), id, points, comments);
            redirect.addFlashAttribute("notice", "competition.scored");
            return "redirect:/competitions/" + year + "/scoring";
        } catch (InvalidRequestException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
            redirect.addFlashAttribute("fieldErrors", e.errors());
            redirect.addFlashAttribute("typed", form);
        } catch (ConflictException | AccessDeniedException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:" + back;
    }

    // ---- public results ----------------------------------------------------------------------------------------

    @GetMapping("/competitions/{year}/results")
    String results(@PathVariable int year, Model model) {
        CompetitionView c = competitions.competition(year);
        List<ApplicationView> winners = federal.results(year);
        Map<String, List<ApplicationView>> groups = new LinkedHashMap<>();
        for (NominationView n : c.nominations()) {
            for (String cat : List.of("I", "II")) {
                groups.put(n.code() + "/" + cat, new java.util.ArrayList<>());
            }
        }
        winners.forEach(
                a -> groups.computeIfAbsent(a.nominationCode() + "/" + a.category(), k -> new java.util.ArrayList<>())
                        .add(a));
        BigDecimal fund = winners.stream()
                .map(a -> a.prizeRub() == null ? BigDecimal.ZERO : a.prizeRub())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        model.addAttribute("c", c);
        model.addAttribute("groups", groups);
        model.addAttribute("fund", ru.praktika.shared.RussianNumbers.millionRoubles(fund));
        model.addAttribute("winnerCount", winners.size());
        model.addAttribute(
                "regionCount",
                winners.stream().map(ApplicationView::regionCode).distinct().count());
        return "competition/results";
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    private static void requireSignedIn(Actor actor) {
        if (!actor.isAuthenticated()) {
            throw new AccessDeniedException("Войдите, чтобы работать с заявками конкурса");
        }
    }

    private static String message(RuntimeException e) {
        return e.getMessage();
    }

    private String act(RedirectAttributes redirect, String success, String failure, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", "competition.saved");
            return "redirect:" + success;
        } catch (InvalidRequestException e) {
            redirect.addFlashAttribute(
                    "problem",
                    e.errors().isEmpty()
                            ? e.getMessage()
                            : String.join("; ", e.errors().values()));
            redirect.addFlashAttribute("fieldErrors", e.errors());
            return "redirect:" + failure;
        } catch (ConflictException | AccessDeniedException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
            return "redirect:" + failure;
        }
    }
}
