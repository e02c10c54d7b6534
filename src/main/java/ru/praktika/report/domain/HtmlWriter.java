package ru.praktika.report.domain;

import java.util.Base64;
import java.util.List;
import org.springframework.web.util.HtmlUtils;

/**
 * Writes a {@link Document} as an HTML fragment for the preview page; every text is escaped. A preview stays light: a
 * table shows its first {@value #TABLE_ROWS} rows and the page stops after {@value #BLOCKS} blocks, each with a note that
 * the file has it all.
 */
final class HtmlWriter {

    static final int TABLE_ROWS = 50;
    static final int BLOCKS = 1500;

    private HtmlWriter() {}

    static String write(Document doc) {
        StringBuilder html = new StringBuilder("<article class=\"report-preview\">");
        int heading = 0;
        int shown = 0;
        for (Document.Block block : doc.blocks()) {
            if (++shown > BLOCKS) {
                html.append("<p class=\"notice\">Предпросмотр показывает начало документа; целиком он — в файле DOCX"
                        + " или PDF.</p>");
                break;
            }
            if (block instanceof Document.TitlePage t) {
                html.append("<header class=\"report-title\"><p>")
                        .append(e(t.organisation()))
                        .append("</p><h1>")
                        .append(e(t.title()))
                        .append("</h1><p>")
                        .append(e(t.subtitle()))
                        .append("</p><p class=\"muted\">")
                        .append(e(t.place()))
                        .append(" · ")
                        .append(e(t.date()))
                        .append("</p></header>");
            } else if (block instanceof Document.Contents) {
                html.append("<nav class=\"report-contents\"><h2>Содержание</h2><ul>");
                int i = 0;
                for (Document.Block b :
                        doc.blocks().subList(0, Math.min(BLOCKS, doc.blocks().size()))) {
                    if (b instanceof Document.Heading h) {
                        html.append("<li class=\"level")
                                .append(h.level())
                                .append("\"><a href=\"#h")
                                .append(i++)
                                .append("\">")
                                .append(e(h.full()))
                                .append("</a></li>");
                    }
                }
                html.append("</ul></nav>");
            } else if (block instanceof Document.Heading h) {
                String tag = h.level() == 1 ? "h2" : "h3";
                html.append('<')
                        .append(tag)
                        .append(" id=\"h")
                        .append(heading++)
                        .append("\">")
                        .append(e(h.full()))
                        .append("</")
                        .append(tag)
                        .append('>');
            } else if (block instanceof Document.Paragraph p) {
                html.append("<p>");
                if (p.label() != null) {
                    html.append("<strong>").append(e(p.label())).append("</strong> ");
                }
                html.append(e(p.text())).append("</p>");
            } else if (block instanceof Document.Bullets b) {
                html.append("<ul>");
                b.items().forEach(item -> html.append("<li>").append(e(item)).append("</li>"));
                html.append("</ul>");
            } else if (block instanceof Document.Table t) {
                html.append("<div class=\"table-wrap\"><table class=\"table compact\"><caption>Таблица ")
                        .append(t.number())
                        .append(" – ")
                        .append(e(t.caption()))
                        .append("</caption><thead><tr>");
                t.header().forEach(c -> html.append("<th>").append(e(c)).append("</th>"));
                html.append("</tr></thead><tbody>");
                for (List<String> row :
                        t.rows().subList(0, Math.min(TABLE_ROWS, t.rows().size()))) {
                    if (Document.Table.isSubheading(row, t.header().size())) {
                        html.append("<tr class=\"subheading\"><th colspan=\"")
                                .append(t.header().size())
                                .append("\">")
                                .append(e(row.get(0)))
                                .append("</th></tr>");
                        continue;
                    }
                    html.append("<tr>");
                    row.forEach(c -> html.append("<td>").append(e(c)).append("</td>"));
                    html.append("</tr>");
                }
                if (t.rows().size() > TABLE_ROWS) {
                    html.append("<tr><td class=\"muted\" colspan=\"")
                            .append(t.header().size())
                            .append("\">… ещё ")
                            .append(t.rows().size() - TABLE_ROWS)
                            .append(" строк — полностью в файле DOCX или PDF</td></tr>");
                }
                html.append("</tbody></table></div>");
            } else if (block instanceof Document.Figure f) {
                html.append("<figure><img alt=\"")
                        .append(e(f.caption()))
                        .append("\" src=\"data:image/png;base64,")
                        .append(Base64.getEncoder().encodeToString(f.png()))
                        .append("\"><figcaption>Рисунок ")
                        .append(f.number())
                        .append(" – ")
                        .append(e(f.caption()))
                        .append("</figcaption></figure>");
            }
        }
        return html.append("</article>").toString();
    }

    private static String e(String text) {
        return HtmlUtils.htmlEscape(text == null ? "" : text);
    }
}
