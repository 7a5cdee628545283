package org.plantrace.search.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.CachingTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.PositionSpan;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.apache.lucene.search.highlight.SimpleSpanFragmenter;
import org.apache.lucene.search.highlight.WeightedSpanTerm;
import org.plantrace.search.analysis.Analysis;
import org.plantrace.search.analysis.TextFields;

/**
 * Highlighted snippets from a clause's text: up to two fragments of about {@value #FRAGMENT}
 * characters, HTML-escaped, matches in {@code <em>}. A clause that matched only by its heading or
 * path gets the start of its text.
 *
 * <p>Lucene's highlighter finds what to mark by indexing each clause text in memory and asking the
 * query of it: a third of a search's allocations at 600,000 clauses (JFR). For a query of words and
 * exact phrases, which is what the analyses make, the same marks are found here from the text's own
 * tokens: a word's weight, and a phrase's positions where its tokens stand in a row, recorded as the
 * highlighter records them ({@code WeightedSpanTermExtractor}: a word replaces what a phrase left, a
 * phrase adds its positions to a word already there). Any other query takes Lucene's way.
 * {@code SnippetsTest} checks the snippets are Lucene's, over the seed plan.
 */
final class Snippets {
    static final int FRAGMENT = 60;
    private final Analysis analysis;
    /** The query's parts about the text; null when it has none. */
    private final Query text;
    /** Lucene's own way, for a query this class does not read. */
    private final Highlighter every;
    /** Whether the text part is words and exact phrases only (read here, without the in-memory index). */
    private final boolean plain;

    Snippets(Analysis analysis, Query highlightQuery) {
        this.analysis = analysis;
        this.text = ofText(highlightQuery);
        this.every = highlighter(new QueryScorer(text == null ? new MatchNoDocsQuery() : text, TextFields.TEXT));
        this.plain = text == null || plain(text);
    }

    private static Highlighter highlighter(QueryScorer scorer) {
        Highlighter highlighter = new Highlighter(new SimpleHTMLFormatter("<em>", "</em>"), new SimpleHTMLEncoder(), scorer);
        highlighter.setTextFragmenter(new SimpleSpanFragmenter(scorer, FRAGMENT));
        return highlighter;
    }

    /** Words and exact phrases of distinct tokens in a row, boosted and grouped: what {@link #marks} reads. */
    private static boolean plain(Query query) {
        if (query instanceof BoostQuery boosted) {
            return plain(boosted.getQuery());
        }
        if (query instanceof BooleanQuery bool) {
            return bool.clauses().stream().allMatch(c -> c.isProhibited() || plain(c.getQuery()));
        }
        if (query instanceof PhraseQuery phrase) {
            int[] positions = phrase.getPositions();
            Term[] terms = phrase.getTerms();
            for (int i = 0; i < positions.length; i++) {
                if (positions[i] != i) {
                    return false;
                }
            }
            return phrase.getSlop() == 0 && terms.length > 0
                    && java.util.Arrays.stream(terms).map(Term::text).distinct().count() == terms.length;
        }
        return query instanceof TermQuery;
    }

    /**
     * The parts of a query about the clause text: the highlighter reads only those, but walks the
     * whole query again for every snippet (heading and path make two thirds of it).
     */
    static Query ofText(Query query) {
        if (query instanceof BoostQuery boosted) {
            Query in = ofText(boosted.getQuery());
            return in == null ? null : in == boosted.getQuery() ? query : new BoostQuery(in, boosted.getBoost());
        }
        if (query instanceof TermQuery term) {
            return TextFields.TEXT.equals(term.getTerm().field()) ? query : null;
        }
        if (query instanceof PhraseQuery phrase) {
            return TextFields.TEXT.equals(phrase.getField()) ? query : null;
        }
        if (query instanceof BooleanQuery bool) {
            BooleanQuery.Builder kept = new BooleanQuery.Builder().setMinimumNumberShouldMatch(bool.getMinimumNumberShouldMatch());
            int n = 0;
            for (BooleanClause c : bool.clauses()) {
                Query in = c.getOccur() == BooleanClause.Occur.MUST_NOT ? null : ofText(c.getQuery());
                if (in != null) {
                    kept.add(in, c.getOccur());
                    n++;
                }
            }
            return n == 0 ? null : kept.build();
        }
        return query;
    }

    String of(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        // analysed once: the marks read the tokens, the highlighter reads them again from the cache
        try (CachingTokenFilter tokens = new CachingTokenFilter(analysis.analyzer().tokenStream(TextFields.TEXT, text))) {
            Highlighter highlighter = every;
            Map<String, WeightedSpanTerm> marks = plain ? marks(tokens, this.text) : null;
            if (marks != null) {
                highlighter = highlighter(new QueryScorer(marks.values().toArray(new WeightedSpanTerm[0])));
            }
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

    /**
     * What the highlighter would mark with {@code text} (the query's text part) in the tokens of
     * {@code stream}, as its extractor records it: per token text,
     * the weight and, for a token only a phrase brought, the positions of the phrase's matches; null
     * when the text's tokens are not one per position.
     */
    private static Map<String, WeightedSpanTerm> marks(TokenStream stream, Query text) throws IOException {
        List<String> tokens = new ArrayList<>();
        CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
        PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
        stream.reset();
        int position = -1;
        while (stream.incrementToken()) {
            if (increment.getPositionIncrement() == 0) {
                return null; // tokens stacked on one position: Lucene's way reads them
            }
            position += increment.getPositionIncrement();
            while (tokens.size() < position) {
                tokens.add(null);
            }
            if (tokens.size() == position) {
                tokens.add(term.toString());
            }
        }
        stream.end();
        Map<String, List<Integer>> at = new HashMap<>();
        for (int p = 0; p < tokens.size(); p++) {
            if (tokens.get(p) != null) {
                at.computeIfAbsent(tokens.get(p), k -> new ArrayList<>()).add(p);
            }
        }
        Map<String, WeightedSpanTerm> out = new HashMap<>();
        mark(text, 1f, tokens, at, out);
        return out;
    }

    /** @param at each token's positions in the text */
    private static void mark(Query query, float boost, List<String> tokens, Map<String, List<Integer>> at,
            Map<String, WeightedSpanTerm> out) {
        if (query instanceof BoostQuery boosted) {
            mark(boosted.getQuery(), boost * boosted.getBoost(), tokens, at, out);
        } else if (query instanceof BooleanQuery bool) {
            for (BooleanClause c : bool.clauses()) {
                if (!c.isProhibited()) {
                    mark(c.getQuery(), boost, tokens, at, out);
                }
            }
        } else if (query instanceof TermQuery term) {
            // a word replaces what was there, and stays unbound to positions if that was
            out.put(term.getTerm().text(), new WeightedSpanTerm(boost, term.getTerm().text()));
        } else if (query instanceof PhraseQuery phrase) {
            Term[] terms = phrase.getTerms();
            List<PositionSpan> spans = new ArrayList<>();
            for (int start : at.getOrDefault(terms[0].text(), List.of())) {
                boolean all = start + terms.length <= tokens.size();
                for (int i = 1; i < terms.length && all; i++) {
                    all = terms[i].text().equals(tokens.get(start + i));
                }
                if (all) {
                    spans.add(new PositionSpan(start, start + terms.length - 1));
                }
            }
            if (spans.isEmpty()) {
                return;
            }
            for (Term t : terms) {
                WeightedSpanTerm known = out.get(t.text());
                if (known == null) {
                    WeightedSpanTerm bound = new WeightedSpanTerm(boost, t.text());
                    bound.addPositionSpans(spans);
                    bound.setPositionSensitive(true);
                    out.put(t.text(), bound);
                } else {
                    known.addPositionSpans(spans);
                }
            }
        }
    }
}
