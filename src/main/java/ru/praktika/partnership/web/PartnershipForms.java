package ru.praktika.partnership.web;

import java.math.BigDecimal;
import java.util.Map;
import org.springframework.web.multipart.MultipartFile;
import ru.praktika.shared.InvalidRequestException;

/** What the partnership's forms share: files and numbers as a person sends them (writes go through FormActions). */
final class PartnershipForms {

    private PartnershipForms() {}

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
