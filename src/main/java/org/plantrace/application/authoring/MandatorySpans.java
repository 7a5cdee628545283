package org.plantrace.application.authoring;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.plantrace.domain.clause.Span;

/**
 * Arithmetic on a clause's mandatory spans: union, difference, and carrying spans through a text
 * edit. When in doubt a span grows rather than shrinks: losing a mandatory mark silently is the
 * worse mistake, and the drafter sees the marks after every save.
 */
final class MandatorySpans {
    private MandatorySpans() {
    }

    /** Sorted, non-empty, non-touching spans covering the same characters. */
    static List<Span> normalize(List<Span> spans) {
        List<Span> sorted = new ArrayList<>();
        for (Span s : spans) {
            if (s.length() > 0) {
                sorted.add(s);
            }
        }
        Collections.sort(sorted);
        List<Span> out = new ArrayList<>();
        for (Span s : sorted) {
            if (!out.isEmpty() && out.get(out.size() - 1).end() >= s.start()) {
                Span last = out.remove(out.size() - 1);
                out.add(new Span(last.start(), Math.max(last.end(), s.end())));
            } else {
                out.add(s);
            }
        }
        return out;
    }

    static List<Span> add(List<Span> spans, Span added) {
        List<Span> all = new ArrayList<>(spans);
        all.add(added);
        return normalize(all);
    }

    static List<Span> subtract(List<Span> spans, Span removed) {
        List<Span> out = new ArrayList<>();
        for (Span s : spans) {
            if (s.end() <= removed.start() || s.start() >= removed.end()) {
                out.add(s);
                continue;
            }
            if (s.start() < removed.start()) {
                out.add(new Span(s.start(), removed.start()));
            }
            if (s.end() > removed.end()) {
                out.add(new Span(removed.end(), s.end()));
            }
        }
        return normalize(out);
    }

    /**
     * Carries spans over an edit from {@code before} to {@code after}. The edit is taken as one
     * replaced stretch between the longest common prefix and suffix; a span ending or starting
     * inside that stretch is stretched to cover the whole replacement.
     */
    static List<Span> remap(String before, String after, List<Span> spans) {
        if (before.equals(after)) {
            return normalize(spans);
        }
        int prefix = 0;
        int max = Math.min(before.length(), after.length());
        while (prefix < max && before.charAt(prefix) == after.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < max - prefix
                && before.charAt(before.length() - 1 - suffix) == after.charAt(after.length() - 1 - suffix)) {
            suffix++;
        }
        int oldEnd = before.length() - suffix;
        int newEnd = after.length() - suffix;
        int delta = after.length() - before.length();
        List<Span> out = new ArrayList<>();
        for (Span s : spans) {
            // a start at the edit point of a pure insertion moves with the text after it
            int start = s.start() < prefix ? s.start() : s.start() >= oldEnd ? s.start() + delta : prefix;
            int end = s.end() <= prefix ? s.end() : s.end() >= oldEnd ? s.end() + delta : newEnd;
            if (end > start) {
                out.add(new Span(start, Math.min(end, after.length())));
            }
        }
        return normalize(out);
    }

    /** The part of the spans inside [from, to), shifted so that {@code from} becomes 0. */
    static List<Span> slice(List<Span> spans, int from, int to) {
        List<Span> out = new ArrayList<>();
        for (Span s : spans) {
            int start = Math.max(s.start(), from);
            int end = Math.min(s.end(), to);
            if (end > start) {
                out.add(new Span(start - from, end - from));
            }
        }
        return out;
    }

    static List<Span> shift(List<Span> spans, int by) {
        List<Span> out = new ArrayList<>();
        for (Span s : spans) {
            out.add(new Span(s.start() + by, s.end() + by));
        }
        return out;
    }
}
