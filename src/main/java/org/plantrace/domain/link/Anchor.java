package org.plantrace.domain.link;

import java.util.Objects;

/**
 * The text a link was read from: {@code [start,end)} into the clause's heading or its own body
 * text, and that text itself, so that after an edit one can tell whether the link still stands.
 */
public record Anchor(Field field, int start, int end, String text) {
    /** Which string of the clause the span indexes into. */
    public enum Field {
        HEADING,
        TEXT
    }

    public Anchor {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(text, "text");
        if (start < 0 || end < start || end - start != text.length()) {
            throw new IllegalArgumentException("bad anchor [" + start + "," + end + ") for “" + text + "”");
        }
    }

    /** Whether the clause's heading or text (as {@code field} says) still holds this text here. */
    public boolean matches(String heading, String body) {
        String s = field == Field.HEADING ? heading : body;
        return s != null && end <= s.length() && s.substring(start, end).equals(text);
    }

    /** The same text found again nearest the old position, or null when the string no longer holds it. */
    public Anchor relocated(String heading, String body) {
        String s = field == Field.HEADING ? heading : body;
        if (s == null || text.isEmpty()) {
            return null;
        }
        int best = -1;
        for (int i = s.indexOf(text); i >= 0; i = s.indexOf(text, i + 1)) {
            if (best < 0 || Math.abs(i - start) < Math.abs(best - start)) {
                best = i;
            }
        }
        return best < 0 ? null : new Anchor(field, best, best + text.length(), text);
    }
}
