package ru.praktika.shared.web;

import java.util.Map;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.praktika.shared.ConflictException;
import ru.praktika.shared.InvalidRequestException;

/**
 * A page's write that goes back to a page: with a notice when it is done, or with the Russian refusal, what was typed
 * and each field's message when it is refused (post/redirect/get with flash attributes).
 */
public final class FormActions {

    private FormActions() {}

    /** Does it and goes back to {@code back}; a refused form comes back with {@code typed} and the fields' messages. */
    public static String act(
            String back, RedirectAttributes redirect, String notice, Map<String, String> typed, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", notice);
        } catch (InvalidRequestException | ConflictException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
            if (!typed.isEmpty()) {
                redirect.addFlashAttribute("typed", typed);
                if (e instanceof InvalidRequestException invalid) {
                    redirect.addFlashAttribute("fieldErrors", invalid.errors());
                }
            }
        }
        return "redirect:" + back;
    }

    /** A typed value as the form shows it again: absent is empty. */
    public static String typed(String value) {
        return value == null ? "" : value;
    }
}
