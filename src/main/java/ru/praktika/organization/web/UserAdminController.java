package ru.praktika.organization.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.praktika.organization.UserView;
import ru.praktika.organization.domain.UserAdministration;
import ru.praktika.shared.Actor;
import ru.praktika.shared.ConflictException;
import ru.praktika.shared.CurrentActor;
import ru.praktika.shared.InvalidRequestException;
import ru.praktika.shared.Role;
import ru.praktika.territory.TerritoryApi;

/** Admin pages for accounts: list, open, change roles, reset the password, deactivate. */
@Controller
class UserAdminController {

    private final UserAdministration users;
    private final TerritoryApi territory;

    UserAdminController(UserAdministration users, TerritoryApi territory) {
        this.users = users;
        this.territory = territory;
    }

    @GetMapping("/admin/users")
    String list(@RequestParam(required = false) String q, Model model) {
        Actor actor = CurrentActor.get();
        java.util.List<UserView> list = users.list(actor, q);
        model.addAttribute("users", list);
        model.addAttribute(
                "manageable",
                list.stream()
                        .filter(u -> UserAdministration.canManage(actor, u.roles(), u.regionCode()))
                        .map(UserView::id)
                        .collect(java.util.stream.Collectors.toSet()));
        model.addAttribute("q", q);
        return "organization/users";
    }

    @GetMapping("/admin/users/new")
    String newUser(Model model) {
        Actor actor = CurrentActor.get();
        UserForm form = actor.isAdmin()
                ? UserForm.empty()
                : new UserForm(
                        "", "", "", "", java.util.Set.of(Role.MUNICIPAL_OPERATOR), actor.regionCode(), "", "", 0L);
        return form(model, form, null, null);
    }

    /**
     * The one-time password is shown on the answer to the POST itself, never carried through a redirect: a flash
     * attribute would sit in the session, which lives in a database table (Spring Session JDBC).
     */
    @PostMapping("/admin/users")
    String open(@ModelAttribute("form") UserForm form, Model model) {
        try {
            UserAdministration.Credentials created = users.open(CurrentActor.get(), form.toNewUser());
            return handOver(model, created.user().id(), created.password(), "users.created");
        } catch (InvalidRequestException | ConflictException e) {
            return form(model, form, null, e.getMessage());
        }
    }

    @GetMapping("/admin/users/{id}")
    String edit(@PathVariable long id, Model model) {
        UserView user = users.get(CurrentActor.get(), id);
        return form(model, UserForm.of(user), user, null);
    }

    @PostMapping("/admin/users/{id}")
    String place(
            @PathVariable long id, @ModelAttribute("form") UserForm form, Model model, RedirectAttributes redirect) {
        try {
            users.place(CurrentActor.get(), id, form.toPlacement());
            redirect.addFlashAttribute("notice", "users.saved");
            return "redirect:/admin/users/" + id;
        } catch (InvalidRequestException | ConflictException e) {
            return form(model, form, users.get(CurrentActor.get(), id), e.getMessage());
        }
    }

    @PostMapping("/admin/users/{id}/password")
    String resetPassword(@PathVariable long id, Model model) {
        return handOver(model, id, users.resetPassword(CurrentActor.get(), id).password(), "users.passwordReset");
    }

    private String handOver(Model model, long id, String password, String notice) {
        UserView user = users.get(CurrentActor.get(), id);
        model.addAttribute("handedPassword", password);
        model.addAttribute("notice", notice);
        return form(model, UserForm.of(user), user, null);
    }

    @PostMapping("/admin/users/{id}/deactivate")
    String deactivate(@PathVariable long id, RedirectAttributes redirect) {
        try {
            users.deactivate(CurrentActor.get(), id);
            redirect.addFlashAttribute("notice", "users.deactivated");
        } catch (InvalidRequestException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/admin/users/{id}/activate")
    String activate(@PathVariable long id, RedirectAttributes redirect) {
        users.activate(CurrentActor.get(), id);
        redirect.addFlashAttribute("notice", "users.activated");
        return "redirect:/admin/users/" + id;
    }

    private String form(Model model, UserForm form, UserView user, String problem) {
        model.addAttribute("form", form);
        model.addAttribute("user", user);
        model.addAttribute("problem", problem);
        model.addAttribute("regions", territory.regions());
        java.util.Map<String, String> moTexts = new java.util.HashMap<>();
        if (form.oktmo() != null && form.oktmo().matches("\\d{8}")) {
            territory.municipality(form.oktmo()).ifPresent(m -> moTexts.put(m.oktmo(), m.label()));
        }
        model.addAttribute("moTexts", moTexts);
        model.addAttribute("oktmoEdition", territory.oktmoEdition().orElse(null));
        model.addAttribute(
                "roles", CurrentActor.get().isAdmin() ? Role.values() : new Role[] {Role.MUNICIPAL_OPERATOR});
        return "organization/user-form";
    }
}
