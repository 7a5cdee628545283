package org.plantrace.ingest.rendition;

import java.util.ArrayList;
import java.util.List;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.clause.ClauseTree;
import org.plantrace.domain.clause.Span;

/** Marks, on an expected tree, the sentences that mention chosen words as underlined provisions. */
final class PdfMandatorySentences {
    private static final String SENTENCE_END = "。！？；";

    private PdfMandatorySentences() {
    }

    /**
     * Underlines every sentence (up to and including 。！？；, never across a paragraph break) that
     * contains one of the words, and returns the marked clauses as {@link #describe} gives them in document order.
     */
    static List<String> mark(List<Clause> forest, String... words) {
        List<String> marked = new ArrayList<>();
        for (Clause c : ClauseTree.flatten(forest)) {
            String text = c.text();
            for (String word : words) {
                for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
                    c.addMandatorySpan(sentenceAround(text, at));
                }
            }
            if (c.mandatory()) {
                marked.add(describe(c));
            }
        }
        return marked;
    }

    /** Kind, heading and spans: what readers must agree on (the number as written may differ). */
    static String describe(Clause c) {
        return c.kind().jsonName() + " " + c.heading() + " " + c.mandatorySpans();
    }

    private static Span sentenceAround(String text, int at) {
        int start = at;
        while (start > 0 && SENTENCE_END.indexOf(text.charAt(start - 1)) < 0 && text.charAt(start - 1) != '\n') {
            start--;
        }
        int end = at;
        while (end < text.length() && text.charAt(end) != '\n') {
            end++;
            if (SENTENCE_END.indexOf(text.charAt(end - 1)) >= 0) {
                break;
            }
        }
        return new Span(start, end);
    }
}
