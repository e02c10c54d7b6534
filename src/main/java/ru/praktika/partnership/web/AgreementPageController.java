package ru.praktika.partnership.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.praktika.meeting.InstructionRegister;
import ru.praktika.organization.OrganizationApi;
import ru.praktika.partnership.AgreementState;
import ru.praktika.partnership.AgreementView;
import ru.praktika.partnership.PartnershipCommands;
import ru.praktika.partnership.domain.Agreements;
import ru.praktika.partnership.domain.Partners;
import ru.praktika.partnership.domain.Programmes;
import ru.praktika.shared.CurrentActor;
import ru.praktika.shared.InvalidRequestException;
import ru.praktika.shared.RussianDates;
import ru.praktika.shared.web.FileResponses;
import ru.praktika.shared.web.FormActions;

/** The agreements' pages: the list, a new draft, an agreement with its lifecycle, files, obligations, programmes. */
@Controller
class AgreementPageController {

    private final Agreements agreements;
    private final Partners partners;
    private final Programmes programmes;
    private final InstructionRegister register;
    private final OrganizationApi organizations;

    AgreementPageController(
            Agreements agreements,
            Partners partners,
            Programmes programmes,
            InstructionRegister register,
            OrganizationApi organizations) {
        this.agreements = agreements;
        this.partners = partners;
        this.programmes = programmes;
        this.register = register;
        this.organizations = organizations;
    }

    @GetMapping("/agreements")
    String list(@RequestParam(required = false) AgreementState state, Model model) {
        model.addAttribute("agreements", agreements.agreements(CurrentActor.get(), state, null));
        model.addAttribute("state", state);
        model.addAttribute("states", AgreementState.values());
        model.addAttribute("canRecord", Agreements.canRecord(CurrentActor.get()));
        return "partnership/agreements";
    }

    @GetMapping("/agreements/new")
    String form(@RequestParam(required = false) Long instruction, Model model) {
        Map<String, String> typed = new HashMap<>();
        if (instruction != null) {
            typed.put("instructionId", instruction.toString());
        }
        return form(model, typed, Map.of(), null);
    }

    private String form(Model model, Map<String, String> typed, Map<String, String> errors, String problem) {
        if (!Agreements.canRecord(CurrentActor.get())) {
            throw new ru.praktika.shared.AccessDeniedException("Вести партнёрства может секретариат ассоциации");
        }
        model.addAttribute("partners", partners.partners(CurrentActor.get()));
        model.addAttribute(
                "instructions",
                register.meetingInstructions(CurrentActor.get()).stream()
                        .filter(i -> i.producedAgreementId() == null)
                        .toList());
        model.addAttribute("typed", typed);
        model.addAttribute("fieldErrors", errors);
        model.addAttribute("problem", problem);
        return "partnership/agreement-new";
    }

    @PostMapping("/agreements/new")
    String create(
            @RequestParam(required = false) String number,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) String subject,
            @RequestParam(required = false) List<Long> partnerIds,
            @RequestParam(required = false) String partnerSignatory,
            @RequestParam(required = false) String partnerSignatoryPosition,
            @RequestParam(required = false) String associationSignatory,
            @RequestParam(required = false) String associationSignatoryPosition,
            @RequestParam(required = false) String effectiveFrom,
            @RequestParam(required = false) String validUntil,
            @RequestParam(required = false) String reminderDays,
            @RequestParam(required = false) Long instructionId,
            Model model) {
        Map<String, String> typed = new HashMap<>();
        typed.put("number", FormActions.typed(number));
        typed.put("title", FormActions.typed(title));
        typed.put("subject", FormActions.typed(subject));
        typed.put("partnerIds", partnerIds == null ? "" : partnerIds.toString());
        typed.put("partnerSignatory", FormActions.typed(partnerSignatory));
        typed.put("partnerSignatoryPosition", FormActions.typed(partnerSignatoryPosition));
        typed.put("associationSignatory", FormActions.typed(associationSignatory));
        typed.put("associationSignatoryPosition", FormActions.typed(associationSignatoryPosition));
        typed.put("effectiveFrom", FormActions.typed(effectiveFrom));
        typed.put("validUntil", FormActions.typed(validUntil));
        typed.put("reminderDays", FormActions.typed(reminderDays));
        typed.put("instructionId", instructionId == null ? "" : instructionId.toString());
        try {
            List<PartnershipCommands.PartyDetails> parties = new ArrayList<>();
            for (Long p : partnerIds == null ? List.<Long>of() : partnerIds) {
                // the first partner's signatory is typed on the form; others are added through the API
                parties.add(new PartnershipCommands.PartyDetails(
                        p,
                        parties.isEmpty() ? partnerSignatory : null,
                        parties.isEmpty() ? partnerSignatoryPosition : null));
            }
            long id = agreements.draft(
                    CurrentActor.get(),
                    new PartnershipCommands.NewAgreement(
                            number,
                            title,
                            subject,
                            associationSignatory,
                            associationSignatoryPosition,
                            parties,
                            date(effectiveFrom, "effectiveFrom"),
                            date(validUntil, "validUntil"),
                            PartnershipForms.integer(reminderDays, "reminderDays"),
                            instructionId));
            return "redirect:/agreements/" + id;
        } catch (InvalidRequestException e) {
            return form(model, typed, e.errors(), e.getMessage());
        }
    }

    @GetMapping("/agreements/{id}")
    String agreement(@PathVariable long id, Model model) {
        AgreementView a = agreements.agreement(CurrentActor.get(), id);
        model.addAttribute("agreement", a);
        boolean canRecord = Agreements.canRecord(CurrentActor.get());
        model.addAttribute("canRecord", canRecord);
        model.addAttribute("takesProgrammes", canRecord && Programmes.takesProgrammes(a.state()));
        model.addAttribute("organizations", canRecord ? organizations.organizations(null) : List.of());
        model.addAttribute("today", Agreements.today());
        return "partnership/agreement";
    }

    @PostMapping("/agreements/{id}/actions/{action}")
    String act(
            @PathVariable long id,
            @PathVariable String action,
            @RequestParam(required = false) String date,
            @RequestParam(required = false) String comment,
            RedirectAttributes redirect) {
        return FormActions.act(
                "/agreements/" + id,
                redirect,
                "partnership.moved",
                Map.of("form", "action", "comment", FormActions.typed(comment)),
                () -> {
                    PartnershipCommands.Transition t = new PartnershipCommands.Transition(date(date, "date"), comment);
                    switch (action) {
                        case "agree" -> agreements.agree(CurrentActor.get(), id, t);
                        case "sign" -> agreements.sign(CurrentActor.get(), id, t);
                        case "activate" -> agreements.activate(CurrentActor.get(), id, t);
                        case "terminate" -> agreements.terminate(CurrentActor.get(), id, t);
                        default -> throw new InvalidRequestException("Действие: agree, sign, activate или terminate");
                    }
                });
    }

    @PostMapping("/agreements/{id}/attachments")
    String attach(
            @PathVariable long id,
            @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(defaultValue = "false") boolean scan,
            RedirectAttributes redirect) {
        byte[] bytes = PartnershipForms.bytes(file);
        return FormActions.act(
                "/agreements/" + id,
                redirect,
                "partnership.attached",
                Map.of(),
                () -> agreements.attach(CurrentActor.get(), id, scan, PartnershipForms.name(file), bytes));
    }

    @GetMapping("/agreements/{id}/files/{fileId}")
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long fileId) {
        Agreements.Content c = agreements.download(CurrentActor.get(), id, fileId);
        return FileResponses.attachment(c.content(), c.contentType(), c.fileName());
    }

    @PostMapping("/agreements/{id}/obligations")
    String obligation(
            @PathVariable long id,
            @RequestParam(required = false) String text,
            @RequestParam(required = false) Long assigneeOrganizationId,
            @RequestParam(required = false) String assigneeName,
            @RequestParam(required = false) String deadline,
            RedirectAttributes redirect) {
        return FormActions.act(
                "/agreements/" + id,
                redirect,
                "partnership.saved",
                Map.of(
                        "form", "obligation",
                        "text", FormActions.typed(text),
                        "assigneeName", FormActions.typed(assigneeName),
                        "deadline", FormActions.typed(deadline)),
                () -> agreements.addObligation(
                        CurrentActor.get(),
                        id,
                        new PartnershipCommands.NewObligation(
                                text, assigneeOrganizationId, assigneeName, date(deadline, "deadline"))));
    }

    @PostMapping("/agreements/{id}/programmes")
    String programme(
            @PathVariable long id,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) String description,
            @RequestParam(required = false) String firstYear,
            @RequestParam(required = false) String lastYear,
            RedirectAttributes redirect) {
        long[] created = {0};
        String back = FormActions.act(
                "/agreements/" + id,
                redirect,
                "partnership.saved",
                Map.of(
                        "form", "programme",
                        "title", FormActions.typed(title),
                        "description", FormActions.typed(description),
                        "firstYear", FormActions.typed(firstYear),
                        "lastYear", FormActions.typed(lastYear)),
                () -> created[0] = programmes.create(
                        CurrentActor.get(),
                        new PartnershipCommands.NewProgramme(
                                id,
                                title,
                                description,
                                PartnershipForms.integer(firstYear, "firstYear"),
                                PartnershipForms.integer(lastYear, "lastYear"))));
        return created[0] > 0 ? "redirect:/programmes/" + created[0] : back;
    }

    /** A typed date, or a Russian refusal naming the field. */
    static LocalDate date(String text, String field) {
        try {
            return RussianDates.parseInput(text);
        } catch (InvalidRequestException e) {
            throw InvalidRequestException.ofFields(Map.of(field, e.getMessage()));
        }
    }
}
