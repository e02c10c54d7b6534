package ru.praktika.organization.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.praktika.organization.OrganizationApi;
import ru.praktika.organization.domain.AccessTokens;
import ru.praktika.organization.domain.UserAdministration;
import ru.praktika.shared.Actor;
import ru.praktika.shared.CurrentActor;
import ru.praktika.shared.InvalidRequestException;

/** The signed-in user's own page: who they are, their password, their API tokens. */
@Controller
class AccountController {

    private final OrganizationApi organizations;
    private final AccessTokens tokens;
    private final UserAdministration users;
    private final ru.praktika.territory.TerritoryApi territory;

    AccountController(
            OrganizationApi organizations,
            AccessTokens tokens,
            UserAdministration users,
            ru.praktika.territory.TerritoryApi territory) {
        this.territory = territory;
        this.organizations = organizations;
        this.tokens = tokens;
        this.users = users;
    }

    @GetMapping("/account")
    String account(Model model) {
        Actor actor = CurrentActor.get();
        var user = organizations.user(actor.userId()).orElseThrow();
        model.addAttribute("user", user);
        model.addAttribute(
                "municipality",
                user.oktmo() == null
                        ? "—"
                        : territory
                                .municipality(user.oktmo())
                                .map(m -> m.label())
                                .orElse(user.oktmo()));
        model.addAttribute("tokens", tokens.list(actor));
        return "organization/account";
    }

    @PostMapping("/account/tokens")
    String issue(
            @RequestParam(required = false) String name,
            @RequestParam(required = false) Integer validDays,
            RedirectAttributes redirect) {
        try {
            AccessTokens.IssuedToken issued = tokens.issue(CurrentActor.get(), name, validDays);
            redirect.addFlashAttribute("issuedToken", issued.secret());
        } catch (InvalidRequestException e) {
            redirect.addFlashAttribute("tokenError", e.getMessage());
            redirect.addFlashAttribute("tokenName", name);
        }
        return "redirect:/account";
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revoke(@PathVariable long id, RedirectAttributes redirect) {
        tokens.revoke(CurrentActor.get(), id);
        redirect.addFlashAttribute("notice", "account.token.revoked");
        return "redirect:/account";
    }

    @PostMapping("/account/password")
    String password(
            @RequestParam(required = false) String current,
            @RequestParam(required = false) String next,
            @RequestParam(required = false) String repeat,
            RedirectAttributes redirect) {
        try {
            if (next == null || !next.equals(repeat)) {
                throw new InvalidRequestException("Новый пароль и его повтор не совпадают");
            }
            users.changeOwnPassword(CurrentActor.get(), current, next);
            redirect.addFlashAttribute("notice", "account.password.changed");
        } catch (InvalidRequestException e) {
            redirect.addFlashAttribute("passwordError", e.getMessage());
        }
        return "redirect:/account";
    }
}
