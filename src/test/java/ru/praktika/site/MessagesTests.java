package ru.praktika.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** UI text lives in messages.properties: every key a template names exists, and no page shows Cyrillic text as is. */
class MessagesTests {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern KEY = Pattern.compile("#\\{([a-zA-Z0-9_.]+)[}(]");
    /** An element's text with Cyrillic in it, with the attributes of the tag it follows. */
    private static final Pattern CYRILLIC_TEXT = Pattern.compile("<([^<>]*)>([^<>]*[А-Яа-яЁё][^<>]*)<");

    @Test
    void everyMessageKeyInTemplatesExists() throws IOException {
        Properties messages = new Properties();
        try (var in =
                new InputStreamReader(getClass().getResourceAsStream("/messages.properties"), StandardCharsets.UTF_8)) {
            messages.load(in);
        }
        List<String> missing = new ArrayList<>();
        for (Path template : templates()) {
            Matcher m = KEY.matcher(Files.readString(template));
            while (m.find()) {
                if (!messages.containsKey(m.group(1))) {
                    missing.add(TEMPLATES.relativize(template) + ": " + m.group(1));
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void templatesHaveNoHardCodedRussianText() throws IOException {
        List<String> hardCoded = new ArrayList<>();
        for (Path template : templates()) {
            Matcher m = CYRILLIC_TEXT.matcher(Files.readString(template));
            while (m.find()) {
                // text inside an element that Thymeleaf replaces (th:text) is only a designer's placeholder
                String tag = m.group(1);
                if (!tag.contains("th:text") && !tag.contains("th:utext") && !tag.contains("th:replace")) {
                    hardCoded.add(
                            TEMPLATES.relativize(template) + ": " + m.group(2).strip());
                }
            }
        }
        assertThat(hardCoded).isEmpty();
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(p -> p.toString().endsWith(".html")).toList();
        }
    }
}
