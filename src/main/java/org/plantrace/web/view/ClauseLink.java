package org.plantrace.web.view;

import org.plantrace.citation.DisplayNumber;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * A link to a clause: its durable id (the address {@code /clause/{uid}}), what it is (章, 节 …),
 * the number the pages show and its heading.
 *
 * @param heading the heading; for an untitled item or paragraph, the start of its text (that text
 *                is what the item says). Empty for a chapter, section or article whose title was
 *                lost: the pages then say （无标题） and show {@code excerpt} in a muted style.
 * @param excerpt for an untitled heading, the start of its own text (may be empty); else empty
 */
public record ClauseLink(String uid, String kind, DisplayNumber number, String heading, String excerpt,
                         boolean mandatory, boolean empty) {
    /** What stands for a missing heading, in the reader's language: （无标题） / (untitled). */
    public static String untitledWord() {
        return org.plantrace.web.i18n.Texts.in("org.plantrace.web.i18n.Common", "clause.untitledWord");
    }

    public ClauseLink(String uid, String kind, DisplayNumber number, String heading, String excerpt, boolean mandatory) {
        this(uid, kind, number, heading, excerpt, mandatory, false);
    }

    /**
     * A number and nothing else: no heading, no text, no sub-clauses. Such a clause is in the source
     * (the Hunyuan export's 第4节 of the ecology chapter is a heading paragraph with only Word's
     * bookmarks left, which Word still numbered), not made by the reader; the pages say so rather
     * than hide it, since dropping it would make the numbers that follow look wrong.
     */
    public boolean numberOnly() {
        return empty && untitled() && excerpt.isEmpty();
    }

    public boolean untitled() {
        return heading.isEmpty();
    }

    /** The whole title as plain text, for the browser's title bar and tests: 第十三条 划定生态保护红线. */
    public String title() {
        String name = untitled() ? untitledWord() + (excerpt.isEmpty() ? "" : " " + excerpt) : heading;
        return number.isEmpty() ? name : number.text() + " " + name;
    }

    /** The clause page's address inside the app, {@code /clause/{uid}}, the uid percent-encoded. */
    public String path() {
        return "/clause/" + URLEncoder.encode(uid, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
