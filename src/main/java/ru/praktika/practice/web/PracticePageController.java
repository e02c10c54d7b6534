package ru.praktika.practice.web;

import java.io.IOException;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.praktika.nationalproject.NationalProjectApi;
import ru.praktika.practice.FinancingSource;
import ru.praktika.practice.Mechanism;
import ru.praktika.practice.PracticeAction;
import ru.praktika.practice.PracticeCard;
import ru.praktika.practice.PracticeDraft;
import ru.praktika.practice.PracticeFilter;
import ru.praktika.practice.PracticeHistory.VersionView;
import ru.praktika.practice.PracticeStatus;
import ru.praktika.practice.ReturnReasons;
import ru.praktika.practice.domain.PracticeQueries;
import ru.praktika.practice.domain.PracticeService;
import ru.praktika.shared.Actor;
import ru.praktika.shared.ConflictException;
import ru.praktika.shared.CurrentActor;
import ru.praktika.shared.InvalidRequestException;
import ru.praktika.shared.PageRequest;
import ru.praktika.shared.Role;
import ru.praktika.shared.web.FileResponses;
import ru.praktika.territory.TerritoryApi;

/** The practice pages: the list with filters, the card, its form with repeatable rows, the diff of versions. */
@Controller
class PracticePageController {

    private final PracticeService practices;
    private final PracticeQueries queries;
    private final TerritoryApi territory;
    private final NationalProjectApi catalogue;
    private final ObjectProvider<ReturnReasons> returnReasons;

    PracticePageController(
            PracticeService practices,
            PracticeQueries queries,
            TerritoryApi territory,
            NationalProjectApi catalogue,
            ObjectProvider<ReturnReasons> returnReasons) {
        this.practices = practices;
        this.queries = queries;
        this.territory = territory;
        this.catalogue = catalogue;
        this.returnReasons = returnReasons;
    }

    @GetMapping("/practices")
    String list(
            @RequestParam(required = false) String region,
            @RequestParam(required = false) String nationalProject,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String mechanism,
            @RequestParam(required = false) Boolean interMunicipal,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        Actor actor = CurrentActor.get();
        // a regional operator's lists open on their own region; «all regions» is an explicit empty choice
        if (region == null && actor.has(Role.REGIONAL_OPERATOR) && actor.regionCode() != null) {
            region = actor.regionCode();
        }
        PracticeFilter filter = new PracticeFilter(
                ru.praktika.shared.Texts.strippedOrNull(region),
                ru.praktika.shared.Texts.strippedOrNull(nationalProject),
                null,
                ru.praktika.shared.Texts.enumOrNull(PracticeStatus.class, status),
                year,
                interMunicipal,
                ru.praktika.shared.Texts.enumOrNull(Mechanism.class, mechanism),
                ru.praktika.shared.Texts.strippedOrNull(q));
        model.addAttribute("filter", filter);
        model.addAttribute(
                "practices", queries.search(CurrentActor.get(), filter, new PageRequest(Math.max(page, 0), 25)));
        model.addAttribute("regions", territory.regions());
        var nationalProjects = catalogue.nationalProjects(null);
        model.addAttribute("nationalProjects", nationalProjects);
        Map<String, String> npNames = new LinkedHashMap<>();
        nationalProjects.forEach(np -> npNames.put(np.code(), np.name()));
        model.addAttribute("npNames", npNames);
        model.addAttribute("statuses", PracticeStatus.values());
        model.addAttribute("mechanisms", Mechanism.values());
        model.addAttribute(
                "canCreate",
                CurrentActor.get().isAuthenticated()
                        && !CurrentActor.get().roles().isEmpty());
        return "practice/list";
    }

    @GetMapping("/practices/new")
    String newCard(Model model) {
        Actor actor = CurrentActor.get();
        return form(model, PracticeForm.empty(actor.regionCode(), Year.now().getValue() - 1), Map.of(), null);
    }

    @PostMapping("/practices")
    String create(@RequestParam MultiValueMap<String, String> params, Model model) {
        PracticeForm form = PracticeForm.of(MunicipalityPicks.resolve(params, territory));
        Map<String, String> errors = new LinkedHashMap<>();
        PracticeDraft draft = form.toDraft(errors);
        try {
            String region = draft.regionCode() == null || draft.regionCode().isBlank()
                    ? CurrentActor.get().regionCode()
                    : draft.regionCode();
            refuseUnreadable(errors, draft, region);
            PracticeCard card = practices.create(CurrentActor.get(), draft);
            return "redirect:/practices/" + card.id() + "?saved";
        } catch (InvalidRequestException e) {
            errors.putAll(e.errors());
            errors.putAll(MunicipalityPicks.errors(form));
            return form(model, form, errors, null);
        }
    }

    @GetMapping("/practices/{id}")
    String card(@PathVariable long id, @RequestParam(required = false) String saved, Model model) {
        Actor actor = CurrentActor.get();
        // one read of the card: the card, what the actor may do and the page's lists come from it
        PracticeService.CardPage page = practices.page(actor, id);
        PracticeCard card = page.card();
        model.addAttribute("card", card);
        model.addAttribute("region", territory.requireRegion(card.regionCode()));
        PracticeService.CardAccess access = page.access();
        boolean reviewer = access.reviewer();
        model.addAttribute("actions", access.actions());
        model.addAttribute("canEdit", access.canEdit());
        model.addAttribute("reviewer", reviewer);
        model.addAttribute("contactsPublic", access.contactsPublic());
        model.addAttribute("canPublishContacts", access.canPublishContacts());
        List<VersionView> versions = page.versions();
        model.addAttribute("history", page.history());
        model.addAttribute("versions", versions);
        model.addAttribute("compareFrom", compareFrom(versions));
        model.addAttribute("comments", page.comments());
        model.addAttribute(
                "commentFields",
                ru.praktika.practice.domain.PracticeService.COMMENT_FIELDS.stream()
                        .sorted()
                        .toList());
        model.addAttribute("attachments", page.attachments());
        model.addAttribute("signedIn", actor.isAuthenticated());
        if (saved != null) {
            model.addAttribute("notice", "practice.saved");
        }
        return "practice/card";
    }

    @PostMapping("/practices/{id}/contacts")
    String publishContacts(@PathVariable long id, @RequestParam boolean consent, RedirectAttributes redirect) {
        practices.publishContacts(CurrentActor.get(), id, consent);
        redirect.addFlashAttribute("notice", consent ? "practice.contacts.published" : "practice.contacts.hidden");
        return "redirect:/practices/" + id;
    }

    /** By default compare with the version that was returned for revision (what changed since), else the previous. */
    private static long compareFrom(java.util.List<VersionView> versions) {
        int i = versions.size() - 1;
        while (i >= 0 && versions.get(i).status() != PracticeStatus.RETURNED) {
            i--;
        }
        while (i > 0 && versions.get(i - 1).status() == PracticeStatus.RETURNED) {
            i--;
        }
        if (i >= 0) {
            return versions.get(i).version();
        }
        return versions.size() > 1 ? versions.get(versions.size() - 2).version() : 0;
    }

    @GetMapping("/practices/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        PracticeCard card = practices.card(CurrentActor.get(), id);
        model.addAttribute("fieldComments", fieldComments(id));
        return form(model, PracticeForm.of(card), Map.of(), card);
    }

    @PostMapping("/practices/{id}/edit")
    String revise(@PathVariable long id, @RequestParam MultiValueMap<String, String> params, Model model) {
        PracticeForm form = PracticeForm.of(MunicipalityPicks.resolve(params, territory));
        Map<String, String> errors = new LinkedHashMap<>();
        PracticeDraft draft = form.toDraft(errors);
        PracticeCard card = practices.card(CurrentActor.get(), id);
        model.addAttribute("fieldComments", fieldComments(id));
        try {
            refuseUnreadable(errors, draft, card.regionCode());
            practices.revise(CurrentActor.get(), id, draft);
            return "redirect:/practices/" + id + "?saved";
        } catch (InvalidRequestException e) {
            errors.putAll(e.errors());
            errors.putAll(MunicipalityPicks.errors(form));
            return form(model, form, errors, card);
        } catch (ConflictException e) {
            model.addAttribute("problem", e.getMessage());
            return form(model, form, errors, card);
        }
    }

    @PostMapping("/practices/{id}/actions/{action}")
    String act(
            @PathVariable long id,
            @PathVariable String action,
            @RequestParam(required = false) String comment,
            RedirectAttributes redirect) {
        PracticeAction step =
                PracticeAction.parse(action).orElseThrow(() -> new InvalidRequestException("Неизвестное действие"));
        try {
            practices.act(CurrentActor.get(), id, step, comment);
            redirect.addFlashAttribute("notice", "practice.action.done." + step.name());
        } catch (InvalidRequestException | ConflictException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
            redirect.addFlashAttribute("actionComment", comment);
        }
        return "redirect:/practices/" + id;
    }

    @PostMapping("/practices/{id}/comments")
    String comment(
            @PathVariable long id,
            @RequestParam(required = false) String text,
            @RequestParam(required = false) String field,
            RedirectAttributes redirect) {
        try {
            practices.comment(CurrentActor.get(), id, text, field);
            redirect.addFlashAttribute("notice", "practice.comment.added");
        } catch (InvalidRequestException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/practices/" + id + "#comments";
    }

    @PostMapping("/practices/{id}/attachments")
    String attach(
            @PathVariable long id,
            @RequestParam(name = "file", required = false) MultipartFile file,
            RedirectAttributes redirect)
            throws IOException {
        try {
            if (file == null || file.isEmpty()) {
                throw new InvalidRequestException("Выберите файл");
            }
            practices.attach(CurrentActor.get(), id, file.getOriginalFilename(), file.getBytes());
            redirect.addFlashAttribute("notice", "practice.attachment.added");
        } catch (InvalidRequestException e) {
            redirect.addFlashAttribute("problem", e.errors().getOrDefault("file", e.getMessage()));
        } catch (ConflictException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/practices/" + id + "#attachments";
    }

    @GetMapping("/practices/{id}/attachments/{attachmentId}")
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long attachmentId) {
        PracticeService.AttachmentContent file = practices.download(CurrentActor.get(), id, attachmentId);
        return FileResponses.attachment(file.content(), file.contentType(), file.fileName());
    }

    @GetMapping("/practices/{id}/diff")
    String diff(@PathVariable long id, @RequestParam long from, @RequestParam long to, Model model) {
        Actor actor = CurrentActor.get();
        model.addAttribute("card", practices.card(actor, id));
        model.addAttribute("from", Math.min(from, to));
        model.addAttribute("to", Math.max(from, to));
        model.addAttribute("lines", practices.diff(actor, id, Math.min(from, to), Math.max(from, to)));
        model.addAttribute("versions", practices.versions(actor, id));
        return "practice/diff";
    }

    /** One empty repeatable row, added to the form by htmx without reloading the page. */
    @GetMapping("/practices/form/row")
    String row(
            @RequestParam String kind,
            @RequestParam(required = false) String regionCode,
            @RequestParam(required = false) Integer year,
            Model model) {
        if (!PracticeForm.ROW_KINDS.contains(kind) && !kind.equals("municipalities")) {
            throw new InvalidRequestException("Неизвестный вид строки");
        }
        model.addAttribute("kind", kind);
        model.addAttribute("index", Math.abs(System.nanoTime() % 1_000_000_000L));
        model.addAttribute("row", Map.of());
        model.addAttribute("errors", Map.of());
        choices(model, regionCode, year);
        return "practice/rows :: " + kind;
    }

    /**
     * A form with fields that could not be read (a number, a date) is refused together with everything else the card's
     * check finds, so the user corrects all at once rather than one round at a time.
     */
    private void refuseUnreadable(Map<String, String> errors, PracticeDraft draft, String region) {
        if (!errors.isEmpty()) {
            practices.problems(draft, region).forEach(errors::putIfAbsent);
            throw InvalidRequestException.ofFields(errors);
        }
    }

    /** Reviewers' comments by the field they are about, to show beside it while revising. */
    private Map<String, List<String>> fieldComments(long id) {
        Map<String, List<String>> byField = new LinkedHashMap<>();
        for (var c : practices.comments(CurrentActor.get(), id)) {
            if (c.field() != null) {
                byField.computeIfAbsent(c.field(), k -> new java.util.ArrayList<>())
                        .add(c.author() + ": " + c.text());
            }
        }
        return byField;
    }

    /**
     * Why a returned card came back, kept in view while it is revised: the review's record (the reviewer's words and
     * the rules unmet), or, without one, the comment of the return in the card's own history.
     */
    private ReturnReasons.ReturnReason returnReason(PracticeCard card) {
        if (card == null || card.status() != PracticeStatus.RETURNED) {
            return null;
        }
        ReturnReasons reasons = returnReasons.getIfAvailable();
        return Optional.ofNullable(reasons)
                .flatMap(r -> r.lastReturn(card.id()))
                .orElseGet(() -> practices.history(CurrentActor.get(), card.id()).stream()
                        .filter(a -> a.action() == PracticeAction.RETURN)
                        .reduce((first, last) -> last)
                        .map(a -> new ReturnReasons.ReturnReason(a.at(), a.comment(), List.of()))
                        .orElse(null));
    }

    private String form(Model model, PracticeForm form, Map<String, String> errors, PracticeCard card) {
        if (!model.containsAttribute("fieldComments")) {
            model.addAttribute("fieldComments", Map.of());
        }
        model.addAttribute("returnReason", returnReason(card));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("moTexts", MunicipalityPicks.texts(form, territory));
        model.addAttribute("oktmoEdition", territory.oktmoEdition().orElse(null));
        model.addAttribute("card", card);
        model.addAttribute("regions", territory.regions());
        model.addAttribute("mechanisms", Mechanism.values());
        Integer year = null;
        try {
            year = Integer.valueOf(form.field("year"));
        } catch (NumberFormatException ignored) {
            // the form shows the year error itself
        }
        choices(model, form.field("regionCode"), year);
        if (!errors.isEmpty()) {
            model.addAttribute("errorSummary", ErrorSummary.of(errors));
        }
        return "practice/form";
    }

    /** What the selects of rows offer: the catalogue of both periods and the region's regional projects. */
    private void choices(Model model, String regionCode, Integer year) {
        model.addAttribute("catalogue", catalogue.nationalProjects(null));
        model.addAttribute(
                "regionalProjects",
                regionCode == null
                                || regionCode.isBlank()
                                || territory.region(regionCode).isEmpty()
                        ? List.of()
                        : catalogue.regionalProjects(regionCode));
        model.addAttribute("sources", FinancingSource.values());
        model.addAttribute("formRegion", regionCode);
        model.addAttribute("formYear", year);
    }
}
