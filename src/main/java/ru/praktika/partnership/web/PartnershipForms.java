package ru.praktika.partnership.web;

import java.math.BigDecimal;
import java.util.Map;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.praktika.shared.ConflictException;
import ru.praktika.shared.InvalidRequestException;

/** What the partnership's pages share: a write that goes back to the page with a notice or the Russian refusal. */
final class PartnershipForms {

    private PartnershipForms() {}

    /** Does it and goes back; a refused form comes back with what was typed and the field's message. */
    static String act(
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

    static String nz(String s) {
        return s == null ? "" : s;
    }

    static byte[] bytes(MultipartFile file) {
        try {
            return file == null ? new byte[0] : file.getBytes();
        } catch (java.io.IOException e) {
            throw new InvalidRequestException("Файл не удалось прочитать");
        }
    }

    static String name(MultipartFile file) {
        return file == null ? null : file.getOriginalFilename();
    }

    /** «1 234,5» as a person types it. */
    static BigDecimal number(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(
                    text.strip().replace('\u00a0', ' ').replace(" ", "").replace(',', '.'));
        } catch (NumberFormatException e) {
            throw InvalidRequestException.ofFields(Map.of(field, "Введите число, например 1 234,5"));
        }
    }

    static Integer integer(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw InvalidRequestException.ofFields(Map.of(field, "Введите целое число"));
        }
    }
}
