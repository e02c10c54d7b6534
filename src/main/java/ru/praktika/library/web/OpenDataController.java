package ru.praktika.library.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import ru.praktika.library.OpenDataColumn;
import ru.praktika.library.domain.OpenData;
import ru.praktika.library.domain.OpenDataFiles;
import ru.praktika.library.domain.OpenDataFormats;

/**
 * Open data for everyone: the page that explains the set (its licence, freshness and data dictionary) and the
 * downloads, streamed as they are written.
 */
@Controller
class OpenDataController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final java.time.format.DateTimeFormatter UPDATED =
            java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(OpenData.MOSCOW);

    private final OpenData data;
    private final OpenDataFormats formats;
    private final OpenDataFiles files;
    private final MessageSource messages;

    OpenDataController(OpenData data, OpenDataFormats formats, OpenDataFiles files, MessageSource messages) {
        this.data = data;
        this.formats = formats;
        this.files = files;
        this.messages = messages;
    }

    @GetMapping("/opendata")
    String page(Model model) {
        OpenData.State state = data.state();
        model.addAttribute("state", state);
        model.addAttribute("updated", UPDATED.format(state.changedAt()));
        model.addAttribute("columns", OpenData.dictionary());
        model.addAttribute("ogTitle", messages.getMessage("opendata.title", null, Locale.ROOT));
        model.addAttribute("ogDescription", messages.getMessage("opendata.og", null, Locale.ROOT));
        return "library/opendata";
    }

    @GetMapping("/opendata/practices.csv")
    void csv(HttpServletResponse response) throws IOException {
        download(response, "text/csv;charset=UTF-8", "practices.csv");
        String base = baseUrl();
        files.send("csv", base, out -> formats.csv(OpenData.Filter.ALL, base, out), response.getOutputStream());
    }

    @GetMapping("/opendata/practices.xlsx")
    void xlsx(HttpServletResponse response) throws IOException {
        download(response, XLSX, "practices.xlsx");
        String base = baseUrl();
        files.send("xlsx", base, out -> formats.xlsx(OpenData.Filter.ALL, base, out), response.getOutputStream());
    }

    @GetMapping("/opendata/practices.json")
    void json(HttpServletResponse response) throws IOException {
        download(response, MediaType.APPLICATION_JSON_VALUE, "practices.json");
        String base = baseUrl();
        files.send("json", base, out -> formats.json(OpenData.Filter.ALL, base, out), response.getOutputStream());
    }

    @GetMapping(value = "/opendata/dictionary.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    List<OpenDataColumn> dictionary() {
        return OpenData.dictionary();
    }

    private static void download(HttpServletResponse response, String contentType, String fileName) {
        response.setContentType(contentType);
        response.setCharacterEncoding("UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"praktika-" + fileName + "\"");
    }

    /** The site's address as the visitor reached it, without a trailing slash. */
    static String baseUrl() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    }
}
