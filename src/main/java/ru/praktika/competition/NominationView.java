package ru.praktika.competition;

import java.util.List;

/** A nomination of a competition year with its curator, the national projects it serves and its questions. */
public record NominationView(
        String code, String title, String curator, List<String> nationalProjects, List<Question> questions) {

    /** The title without the later renaming in brackets, for tables. */
    public String shortTitle() {
        int i = title.indexOf(" (с ");
        return i > 0 ? title.substring(0, i) : title;
    }
}
