package org.plantrace.ingest.docx;

import java.util.ArrayList;
import java.util.List;
import org.plantrace.domain.clause.Span;

/**
 * Text with its underlined ranges: what one paragraph, or one table, contributes to a clause.
 * Spans are half-open, sorted, non-overlapping and index into {@link #text()}.
 */
record MarkedText(String text, List<Span> underlined) {
    static final MarkedText EMPTY = new MarkedText("", List.of());

    MarkedText {
        underlined = List.copyOf(underlined);
    }

    boolean isEmpty() {
        return text.isEmpty();
    }

    boolean anyUnderlined() {
        return !underlined.isEmpty();
    }

    /** The part [from, to), spans clipped and shifted. */
    MarkedText sub(int from, int to) {
        List<Span> spans = new ArrayList<>();
        for (Span s : underlined) {
            int start = Math.max(s.start(), from);
            int end = Math.min(s.end(), to);
            if (start < end) {
                spans.add(new Span(start - from, end - from));
            }
        }
        return new MarkedText(text.substring(from, to), spans);
    }

    MarkedText sub(int from) {
        return sub(from, text.length());
    }

    /**
     * Without leading and trailing white space, including the ideographic space U+3000 that
     * Chinese documents type for first-line indents; it is layout, not text.
     */
    MarkedText strip() {
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return start == 0 && end == text.length() ? this : sub(start, end);
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u3000' || c == '\u00a0' || c == '\ufeff';
    }

    /** Collects runs of text in order, merging touching underlined runs into one span. */
    static final class Builder {
        private final StringBuilder text = new StringBuilder();
        private final List<Span> spans = new ArrayList<>();

        Builder append(String s, boolean underline) {
            int start = text.length();
            text.append(s);
            if (underline && !s.isEmpty()) {
                Span last = spans.isEmpty() ? null : spans.get(spans.size() - 1);
                if (last != null && last.end() == start) {
                    spans.set(spans.size() - 1, new Span(last.start(), text.length()));
                } else {
                    spans.add(new Span(start, text.length()));
                }
            }
            return this;
        }

        Builder append(MarkedText m) {
            int offset = text.length();
            text.append(m.text());
            for (Span s : m.underlined()) {
                Span shifted = new Span(s.start() + offset, s.end() + offset);
                Span last = spans.isEmpty() ? null : spans.get(spans.size() - 1);
                if (last != null && last.end() == shifted.start()) {
                    spans.set(spans.size() - 1, new Span(last.start(), shifted.end()));
                } else {
                    spans.add(shifted);
                }
            }
            return this;
        }

        int length() {
            return text.length();
        }

        MarkedText build() {
            return new MarkedText(text.toString(), spans);
        }
    }
}
