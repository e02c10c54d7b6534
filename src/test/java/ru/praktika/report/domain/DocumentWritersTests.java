package ru.praktika.report.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/** The writers on a small hand-made document: escaping, numbering, truncated preview, hostile characters. */
class DocumentWritersTests {

    private static Document document(int rows) {
        List<List<String>> cells = new ArrayList<>();
        for (int i = 1; i <= rows; i++) {
            cells.add(List.of(String.valueOf(i), "Практика <b>&\u0007 «" + i + "»"));
        }
        return new Blocks()
                .add(new Document.Contents())
                .heading(1, "1", "Раздел <script>alert(1)</script>")
                .text("Текст с \"кавычками\" & амперсандом")
                .table("Таблица практик", List.of("№", "Практика"), cells)
                .table("Вторая", List.of("A"), List.of(List.of("x")))
                .build("Проверка");
    }

    @Test
    void thePreviewEscapesTextAndShowsTheFirstRowsOfALongTable() {
        String html = HtmlWriter.write(document(120));
        assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;");
        assertThat(html).contains("Таблица 1 – Таблица практик").contains("Таблица 2 – Вторая");
        assertThat(html).contains("… ещё 70 строк");
        assertThat(html.split("<tr>", -1)).hasSize(1 + 1 + HtmlWriter.TABLE_ROWS + 1 + 2);
    }

    @Test
    void theDocxKeepsTextExactlyAndDropsCharactersXmlForbids() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DocxWriter(List.of()).write(document(3), out, n -> {});
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(doc.getTables()).hasSize(2);
            assertThat(doc.getTables().get(0).getRow(2).getCell(1).getText()).isEqualTo("Практика <b>& «2»");
            assertThat(doc.getParagraphs())
                    .anyMatch(p -> "Heading1".equals(p.getStyleID())
                            && p.getText().equals("1. Раздел <script>alert(1)</script>"));
        }
    }
}
