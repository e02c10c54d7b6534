package ru.praktika.meeting.web;

import java.time.format.DateTimeFormatter;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.util.HtmlUtils;
import ru.praktika.meeting.domain.MeetingQueries;
import ru.praktika.shared.BaseUrl;
import ru.praktika.shared.NotFoundException;

/** The public news page of published press releases and its Atom feed. */
@Controller
class NewsController {

    private final MeetingQueries queries;
    private final BaseUrl baseUrl;

    NewsController(MeetingQueries queries, BaseUrl baseUrl) {
        this.queries = queries;
        this.baseUrl = baseUrl;
    }

    @GetMapping("/news")
    String news(Model model) {
        model.addAttribute("news", queries.published());
        return "meeting/news";
    }

    @GetMapping("/news/{meetingId}")
    String item(@PathVariable long meetingId, Model model) {
        model.addAttribute(
                "item",
                queries.pressRelease(meetingId)
                        .filter(p -> "PUBLISHED".equals(p.state()))
                        .orElseThrow(() -> new NotFoundException("Новость не найдена")));
        return "meeting/news-item";
    }

    @GetMapping("/news/feed.atom")
    ResponseEntity<String> feed() {
        // the configured address, not the request's Host header: a feed reader caches what it is given
        String base = baseUrl.get();
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n")
                .append("<feed xmlns=\"http://www.w3.org/2005/Atom\">\n")
                .append("<title>Практика — новости ассоциации</title>\n")
                .append("<id>")
                .append(base)
                .append("/news</id>\n")
                .append("<link rel=\"self\" href=\"")
                .append(base)
                .append("/news/feed.atom\"/>\n");
        var news = queries.published();
        xml.append("<updated>")
                .append(
                        news.isEmpty()
                                ? "2020-01-01T00:00:00Z"
                                : news.get(0).publishedAt().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME))
                .append("</updated>\n");
        for (var n : news) {
            String url = base + "/news/" + n.meetingId();
            xml.append("<entry>\n<title>")
                    .append(HtmlUtils.htmlEscape(n.title()))
                    .append("</title>\n")
                    .append("<id>")
                    .append(url)
                    .append("</id>\n<link href=\"")
                    .append(url)
                    .append("\"/>\n")
                    .append("<updated>")
                    .append(n.publishedAt().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME))
                    .append("</updated>\n<author><name>ВАРМСУ</name></author>\n<content type=\"text\">")
                    .append(HtmlUtils.htmlEscape(n.text()))
                    .append("</content>\n</entry>\n");
        }
        xml.append("</feed>\n");
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/atom+xml;charset=UTF-8"))
                .body(xml.toString());
    }
}
