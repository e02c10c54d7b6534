package ru.praktika.audit.web;

import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import ru.praktika.audit.AuditEntry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An audit entry in words, for the log page: «Пермский край: карточка №307 возвращена на доработку», with a link to
 * the object. Phrases are messages {@code audit.do.<action>} with the object id as {0}; an action without a phrase
 * falls back to the kind of object and «изменение».
 */
@Component
class AuditWords {

    private static final Locale RU = Locale.forLanguageTag("ru");
    private static final Map<String, String> LINKS = Map.of(
            "practice", "/practices/",
            "meeting", "/meetings/",
            "vote", "/votes/",
            "user", "/admin/users/",
            "organization", "/organizations/",
            "campaign", "/campaigns/",
            "nationalProject", "/national-projects/");

    private final MessageSource messages;
    private final JsonMapper json;

    AuditWords(MessageSource messages, JsonMapper json) {
        this.messages = messages;
        this.json = json;
    }

    /** @param regionNames region code → name, to start the phrase with the region when the entry names one */
    public String text(AuditEntry e, Map<String, String> regionNames) {
        String id = e.objectId() == null || "null".equals(e.objectId()) ? "" : e.objectId();
        String phrase = messages.getMessage("audit.do." + e.action(), new Object[] {id}, null, RU);
        if (phrase == null) {
            phrase = type(e.objectType()) + (id.isEmpty() ? "" : " №" + id) + ": изменение";
        }
        String region = region(e);
        String name = region == null ? null : regionNames.get(region);
        return name == null ? capitalized(phrase) : name + ": " + phrase;
    }

    /** Where the object of the entry can be seen, or null. */
    public String href(AuditEntry e) {
        String base = LINKS.get(e.objectType());
        if (base == null || e.objectId() == null || "null".equals(e.objectId())) {
            return null;
        }
        return base + e.objectId();
    }

    /** The kind of object in Russian, for the filter's choices. */
    public String type(String objectType) {
        return messages.getMessage("audit.type." + objectType, null, objectType, RU);
    }

    private String region(AuditEntry e) {
        if (e.details() == null || e.details().isBlank()) {
            return null;
        }
        try {
            JsonNode node = json.readTree(e.details());
            JsonNode region = node.get("region");
            return region == null || !region.isString() ? null : region.asString();
        } catch (RuntimeException ex) {
            return null;
        }
    }

    private static String capitalized(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
