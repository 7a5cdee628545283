package org.plantrace.search.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.apache.lucene.search.highlight.SimpleSpanFragmenter;
import org.junit.jupiter.api.Test;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.clause.ClauseTree;
import org.plantrace.search.SeedPlan;
import org.plantrace.search.analysis.Analysis;
import org.plantrace.search.analysis.TextFields;
import org.plantrace.search.analysis.Vocabulary;

/**
 * The snippets must be those of Lucene's highlighter over the whole highlight query: leaving out the
 * heading and path parts and the phrases a text does not hold is a shortcut, never a change.
 */
class SnippetsTest {
    private static final List<String> QUERIES = List.of("学校", "医院 学校", "生态保护红线", "\"综合管廊\"", "垃圾",
            "养老院 停车", "耕地保有量", "古城 -保护", "湿地保护", "G109 公路", "传统村落", "公交",
            "\"保护保护\" 生态"); // the last: a phrase repeating its tokens, which takes Lucene's way

    @Test
    void sameSnippetsAsTheHighlighterOverTheWholeQuery() throws Exception {
        Analysis analysis = Analysis.planning(Vocabulary.load(SeedPlan.VOCABULARY));
        List<Clause> clauses = ClauseTree.flatten(SeedPlan.clauses());
        int highlighted = 0;
        for (String q : QUERIES) {
            Query highlight = new ClauseQueryParser(analysis, true).parse(q);
            Snippets ours = new Snippets(analysis, highlight);
            for (Clause c : clauses) {
                String text = c.text();
                if (text == null || text.isEmpty()) {
                    continue;
                }
                String expected = reference(analysis, highlight, text);
                assertEquals(expected, ours.of(text), q + " in " + text);
                if (expected.contains("<em>")) {
                    highlighted++;
                }
            }
        }
        assertTrue(highlighted > 100, "the queries highlight something: " + highlighted);
    }

    /** Lucene's highlighter as Snippets used it before the shortcuts. */
    private static String reference(Analysis analysis, Query highlight, String text) throws Exception {
        QueryScorer scorer = new QueryScorer(highlight, TextFields.TEXT);
        Highlighter h = new Highlighter(new SimpleHTMLFormatter("<em>", "</em>"), new SimpleHTMLEncoder(), scorer);
        h.setTextFragmenter(new SimpleSpanFragmenter(scorer, Snippets.FRAGMENT));
        try (TokenStream tokens = analysis.analyzer().tokenStream(TextFields.TEXT, text)) {
            String best = h.getBestFragments(tokens, text, 2, "…");
            if (best != null && !best.isEmpty()) {
                return best;
            }
        }
        String start = text.length() > Snippets.FRAGMENT * 2 ? text.substring(0, Snippets.FRAGMENT * 2) + "…" : text;
        return SimpleHTMLEncoder.htmlEncode(start);
    }
}
