package ru.praktika.practice.web;

import java.util.List;
import org.springframework.stereotype.Component;
import ru.praktika.practice.CardCatalogue;
import ru.praktika.practice.CardCatalogue.Field;
import ru.praktika.practice.CardCatalogue.Kind;
import ru.praktika.practice.CardTexts;
import ru.praktika.practice.PracticeCard;
import ru.praktika.shared.RussianNumbers;

/**
 * The card's fields for the templates ({@code @cardFields}): the form's inputs of a section and the card page's texts
 * and facts come from {@link CardCatalogue}, so a field declared there appears on both pages.
 */
@Component("cardFields")
public class CardFields {

    /** The fields a form section shows as plain inputs (the mechanism has its own list). */
    public List<Field> section(String section) {
        return CardCatalogue.section(section).stream()
                .filter(f -> f.kind() != Kind.MECHANISM && f.kind() != Kind.OKTMO)
                .toList();
    }

    /** The paragraphs of the card page, in the catalogue's order. */
    public List<Field> prose() {
        return CardCatalogue.FIELDS.stream().filter(Field::multiline).toList();
    }

    /** The short facts the card page lists beside the region and period (numbers, links). */
    public List<Field> facts() {
        return CardCatalogue.FIELDS.stream()
                .filter(f -> f.kind() == Kind.INTEGER || f.kind() == Kind.URL)
                .toList();
    }

    /** A field's value as the card page shows it, or null when the card has none. */
    public String show(PracticeCard card, Field field) {
        Object value = CardTexts.value(card, field.name());
        if (value == null) {
            return null;
        }
        if (field.kind() == Kind.INTEGER) {
            return RussianNumbers.format(((Number) value).longValue());
        }
        String text = CardTexts.text(field.kind(), value, CardTexts.Style.WORDS);
        return text.isEmpty() ? null : text;
    }

    /** The attributes of a field's input: how a phone's keyboard should look. */
    public String inputMode(Field field) {
        return switch (field.kind()) {
            case INTEGER, YEAR -> "numeric";
            case NUMBER, MONEY -> "decimal";
            case EMAIL -> "email";
            case PHONE -> "tel";
            case URL -> "url";
            default -> "text";
        };
    }

    /** The placeholder of a field's input, or null. */
    public String placeholder(Field field) {
        return switch (field.kind()) {
            case DATE -> "дд.мм.гггг";
            case URL -> "https://";
            default -> null;
        };
    }
}
