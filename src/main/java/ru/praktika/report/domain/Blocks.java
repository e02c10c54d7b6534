package ru.praktika.report.domain;

import java.util.ArrayList;
import java.util.List;

/** Builds a {@link Document}, numbering its tables and figures in order. */
final class Blocks {

    private final List<Document.Block> blocks = new ArrayList<>();
    private int tables;
    private int figures;

    Blocks add(Document.Block block) {
        blocks.add(block);
        return this;
    }

    Blocks heading(int level, String number, String text) {
        return add(new Document.Heading(level, number, text));
    }

    Blocks text(String text) {
        return add(new Document.Paragraph(null, text));
    }

    Blocks labelled(String label, String text) {
        if (text == null || text.isBlank()) {
            return this;
        }
        return add(new Document.Paragraph(label, text.strip()));
    }

    Blocks bullets(List<String> items) {
        return items.isEmpty() ? this : add(new Document.Bullets(List.copyOf(items)));
    }

    /** A numbered table; an empty one says so in a row, so every format keeps its caption and number. */
    Blocks table(String caption, List<String> header, List<List<String>> rows) {
        if (rows.isEmpty()) {
            List<String> none = new java.util.ArrayList<>(java.util.Collections.nCopies(header.size(), ""));
            none.set(0, "нет данных");
            rows = List.of(none);
        }
        return add(new Document.Table(++tables, caption, header, rows));
    }

    Blocks figure(String caption, Charts.Picture picture) {
        return add(new Document.Figure(++figures, caption, picture.png(), picture.width(), picture.height()));
    }

    /** The number the next table will have. */
    int nextTable() {
        return tables + 1;
    }

    int nextFigure() {
        return figures + 1;
    }

    Document build(String title) {
        return new Document(title, List.copyOf(blocks));
    }
}
