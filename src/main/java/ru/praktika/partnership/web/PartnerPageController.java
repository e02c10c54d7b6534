package ru.praktika.partnership.web;

import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.praktika.partnership.PartnershipCommands;
import ru.praktika.partnership.domain.Agreements;
import ru.praktika.partnership.domain.Partners;
import ru.praktika.shared.CurrentActor;
import ru.praktika.shared.web.FormActions;

/** The partners' pages: the list (with the secretariat's form for a new partner) and a partner with its agreements. */
@Controller
class PartnerPageController {

    private final Partners partners;
    private final Agreements agreements;

    PartnerPageController(Partners partners, Agreements agreements) {
        this.partners = partners;
        this.agreements = agreements;
    }

    @GetMapping("/partners")
    String list(Model model) {
        model.addAttribute("partners", partners.partners(CurrentActor.get()));
        model.addAttribute("canRecord", Partners.canRecord(CurrentActor.get()));
        model.addAttribute(
                "candidates",
                Partners.canRecord(CurrentActor.get()) ? partners.candidates(CurrentActor.get()) : java.util.List.of());
        return "partnership/partners";
    }

    @PostMapping("/partners")
    String create(
            @RequestParam(required = false) Long organizationId,
            @RequestParam(required = false) String name,
            @RequestParam(required = false) String shortName,
            @RequestParam(required = false) String contactPerson,
            @RequestParam(required = false) String email,
            RedirectAttributes redirect) {
        long[] id = {0};
        String back = FormActions.act(
                "/partners",
                redirect,
                "partnership.saved",
                Map.of(
                        "form", "partner",
                        "name", FormActions.typed(name),
                        "shortName", FormActions.typed(shortName),
                        "contactPerson", FormActions.typed(contactPerson),
                        "email", FormActions.typed(email)),
                () -> id[0] = partners.create(
                        CurrentActor.get(),
                        new PartnershipCommands.PartnerDetails(
                                organizationId,
                                name,
                                shortName,
                                null,
                                null,
                                null,
                                null,
                                contactPerson,
                                null,
                                null,
                                email,
                                null)));
        return id[0] > 0 ? "redirect:/partners/" + id[0] : back;
    }

    @GetMapping("/partners/{id}")
    String partner(@PathVariable long id, Model model) {
        model.addAttribute("partner", partners.partner(CurrentActor.get(), id));
        model.addAttribute("agreements", agreements.agreements(CurrentActor.get(), null, id));
        model.addAttribute("canRecord", Partners.canRecord(CurrentActor.get()));
        return "partnership/partner";
    }

    @PostMapping("/partners/{id}")
    String update(
            @PathVariable long id,
            @RequestParam(required = false) String name,
            @RequestParam(required = false) String shortName,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String inn,
            @RequestParam(required = false) String site,
            @RequestParam(required = false) String address,
            @RequestParam(required = false) String contactPerson,
            @RequestParam(required = false) String contactPosition,
            @RequestParam(required = false) String phone,
            @RequestParam(required = false) String email,
            @RequestParam(required = false) Long version,
            RedirectAttributes redirect) {
        Map<String, String> typed = new java.util.HashMap<>();
        typed.put("form", "partner");
        typed.put("name", FormActions.typed(name));
        typed.put("shortName", FormActions.typed(shortName));
        typed.put("kind", FormActions.typed(kind));
        typed.put("inn", FormActions.typed(inn));
        typed.put("site", FormActions.typed(site));
        typed.put("address", FormActions.typed(address));
        typed.put("contactPerson", FormActions.typed(contactPerson));
        typed.put("contactPosition", FormActions.typed(contactPosition));
        typed.put("phone", FormActions.typed(phone));
        typed.put("email", FormActions.typed(email));
        return FormActions.act(
                "/partners/" + id,
                redirect,
                "partnership.saved",
                typed,
                () -> partners.update(
                        CurrentActor.get(),
                        id,
                        new PartnershipCommands.PartnerDetails(
                                null,
                                name,
                                shortName,
                                kind,
                                inn,
                                site,
                                address,
                                contactPerson,
                                contactPosition,
                                phone,
                                email,
                                version)));
    }
}
