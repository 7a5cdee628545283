package org.plantrace.web.view;

import java.util.ArrayList;
import java.util.List;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.clause.MandatoryProvenance;
import org.plantrace.domain.clause.Span;

/**
 * Cuts a clause's own text into paragraphs (the domain separates them with '\n') and each
 * paragraph into runs inside and outside the mandatory spans, which index into the whole text.
 */
public final class MandatoryText {
    private MandatoryText() {
    }

    /**
     * The clause's paragraphs. A clause marked mandatory by hand carries no spans: then all of its
     * text is the mandatory part, since that is what the drafter declared.
     */
    public static List<Paragraph> paragraphs(Clause clause) {
        List<Span> spans = clause.mandatorySpans();
        if (spans.isEmpty() && clause.mandatory()
                && clause.mandatoryProvenance() == MandatoryProvenance.MANUAL) {
            spans = List.of(new Span(0, clause.textLength()));
        }
        return paragraphs(clause.text(), spans);
    }

    /** Paragraphs of {@code text} with the runs covered by {@code spans} (sorted, disjoint) marked. */
    public static List<Paragraph> paragraphs(String text, List<Span> spans) {
        List<Paragraph> out = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            if (end > start) {
                out.add(new Paragraph(runs(text, start, end, spans)));
            }
            start = end + 1;
        }
        return out;
    }

    private static List<TextRun> runs(String text, int from, int to, List<Span> spans) {
        List<TextRun> runs = new ArrayList<>();
        int at = from;
        for (Span s : spans) {
            // spans from a reader may run past a later edit of the text: clamp rather than fail
            int a = Math.max(s.start(), at);
            int b = Math.min(s.end(), to);
            if (a >= b) {
                continue;
            }
            if (a > at) {
                runs.add(new TextRun(text.substring(at, a), false));
            }
            runs.add(new TextRun(text.substring(a, b), true));
            at = b;
        }
        if (at < to) {
            runs.add(new TextRun(text.substring(at, to), false));
        }
        return runs;
    }
}
