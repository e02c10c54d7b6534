package ru.praktika.shared;

import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A request breaks a rule of the domain; the message is Russian and says which. Forms with several problems carry
 * them by field path ({@code results[1].unit} → «Укажите единицу»), so each can be shown next to its field.
 */
@ResponseStatus(HttpStatus.BAD_REQUEST)
public class InvalidRequestException extends RuntimeException {

    private final Map<String, String> errors;

    public InvalidRequestException(String message) {
        this(message, Map.of());
    }

    public InvalidRequestException(String message, Map<String, String> errors) {
        super(message);
        this.errors = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(errors));
    }

    /** Field path → Russian message; empty when the problem is not about one field. */
    public Map<String, String> errors() {
        return errors;
    }

    /** Several field problems at once. */
    public static InvalidRequestException ofFields(Map<String, String> errors) {
        return new InvalidRequestException(
                "Данные заполнены с ошибками: " + String.join("; ", errors.values()),
                new java.util.LinkedHashMap<>(errors));
    }
}
