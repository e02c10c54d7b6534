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
        String back = PartnershipForms.act(
                "/partners",
                redirect,
                "partnership.saved",
                Map.of(
                        "form", "partner",
                        "name", PartnershipForms.nz(name),
                        "shortName", PartnershipForms.nz(shortName),
                        "contactPerson", PartnershipForms.nz(contactPerson),
                        "email", PartnershipForms.nz(email)),
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
        typed.put("name", PartnershipForms.nz(name));
        typed.put("shortName", PartnershipForms.nz(shortName));
        typed.put("kind", PartnershipForms.nz(kind));
        typed.put("inn", PartnershipForms.nz(inn));
        typed.put("site", PartnershipForms.nz(site));
        typed.put("address", PartnershipForms.nz(address));
        typed.put("contactPerson", PartnershipForms.nz(contactPerson));
        typed.put("contactPosition", PartnershipForms.nz(contactPosition));
        typed.put("phone", PartnershipForms.nz(phone));
        typed.put("email", PartnershipForms.nz(email));
        return PartnershipForms.act(
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
