package org.plantrace.search.query;

import java.io.IOException;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.apache.lucene.search.highlight.SimpleSpanFragmenter;
import org.plantrace.search.analysis.Analysis;
import org.plantrace.search.analysis.TextFields;

/**
 * Highlighted snippets from a clause's text: up to two fragments of about {@value #FRAGMENT}
 * characters, HTML-escaped, matches in {@code <em>}. A clause that matched only by its heading or
 * path gets the start of its text.
 */
final class Snippets {
    static final int FRAGMENT = 60;
    private final Analysis analysis;
    private final Highlighter highlighter;

    Snippets(Analysis analysis, Query highlightQuery) {
        this.analysis = analysis;
        QueryScorer scorer = new QueryScorer(highlightQuery, TextFields.TEXT);
        this.highlighter = new Highlighter(new SimpleHTMLFormatter("<em>", "</em>"), new SimpleHTMLEncoder(), scorer);
        highlighter.setTextFragmenter(new SimpleSpanFragmenter(scorer, FRAGMENT));
    }

    String of(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        try (TokenStream tokens = analysis.analyzer().tokenStream(TextFields.TEXT, text)) {
            String best = highlighter.getBestFragments(tokens, text, 2, "…");
            if (best != null && !best.isEmpty()) {
                return best;
            }
        } catch (IOException | InvalidTokenOffsetsException e) {
            // a snippet is a courtesy: fall back to the plain start of the text
        }
        String start = text.length() > FRAGMENT * 2 ? text.substring(0, FRAGMENT * 2) + "…" : text;
        return SimpleHTMLEncoder.htmlEncode(start);
    }
}
