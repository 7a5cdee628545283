package org.plantrace.application.authoring;

import org.plantrace.domain.message.Message;

/**
 * What a drafter types into a heading or a clause text, cleaned and bounded before anything is
 * stored: a heading is one line, a text keeps its paragraphs, both have a length limit so a paste
 * accident cannot fill the database.
 */
final class ClauseInput {
    /** Longest heading accepted, in characters. */
    static final int MAX_HEADING = 500;
    /** Longest clause text accepted, in characters. */
    static final int MAX_TEXT = 50_000;

    private ClauseInput() {
    }

    /** Headings are one line: line breaks become spaces, control characters go. */
    static String heading(String heading) {
        String h = heading == null ? "" : heading.replaceAll("[\\r\\n\\t]+", " ").replaceAll("\\p{Cntrl}", "").strip();
        if (h.length() > MAX_HEADING) {
            throw new AuthoringException(Message.of("authoring.input.headingTooLong", h.length(), MAX_HEADING));
        }
        return h;
    }

    /** Paragraphs are separated by '\n'; other control characters go; trailing blank lines too. */
    static String text(String text) {
        String t = text == null ? "" : text.replace("\r\n", "\n").replace('\r', '\n')
                .replaceAll("[\\p{Cntrl}&&[^\\n\\t]]", "").stripTrailing();
        if (t.length() > MAX_TEXT) {
            throw new AuthoringException(Message.of("authoring.input.textTooLong", t.length(), MAX_TEXT));
        }
        return t;
    }
}
