package ru.praktika.shared;

import java.util.List;

/**
 * One panel of a person's desk (the page they land on after sign-in): what waits for them in one module.
 *
 * @param order where it stands on the desk (smaller first)
 * @param title its heading
 * @param summary one line under the heading, or null
 * @param items what waits, most urgent first
 * @param empty what the panel says when nothing waits, or null to leave the panel out then
 * @param moreHref the page with all of it, or null
 * @param moreText the words of that link
 */
public record DeskPanel(
        int order, String title, String summary, List<Item> items, String empty, String moreHref, String moreText) {

    /**
     * One thing that waits.
     *
     * @param text what it is
     * @param href where to deal with it, or null
     * @param note a second line (a reason, a deadline), or null
     * @param urgent shown as urgent (returned, overdue)
     */
    public record Item(String text, String href, String note, boolean urgent) {}

    /** The panels a module puts on the desk of this actor (none when it has nothing for them). */
    public interface Source {
        List<DeskPanel> panels(Actor actor);
    }
}
