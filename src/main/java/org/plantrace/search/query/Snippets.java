package org.plantrace.search.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.TokenStream;
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
 *
 * <p>Lucene's highlighter checks a phrase (a synonym such as 幼儿园, a quoted phrase) by indexing the
 * clause text in memory, for every snippet: a third of a search's allocations at 600,000 clauses
 * (JFR). A phrase of Chinese characters can only match where the text holds those characters in a
 * row, so the phrases a text does not hold are left out of its highlighting first; a text holding
 * none is highlighted without the in-memory index. The snippet is the same (a phrase that does not
 * match adds nothing to the highlighter's terms).
 */
final class Snippets {
    static final int FRAGMENT = 60;
    private final Analysis analysis;
    /** The query's parts about the text; null when it has none. */
    private final Query text;
    private final Highlighter every;
    /** The phrases of Chinese characters, with the characters that make each. */
    private final Map<PhraseQuery, String> phrases = new IdentityHashMap<>();

    Snippets(Analysis analysis, Query highlightQuery) {
        this.analysis = analysis;
        this.text = ofText(highlightQuery);
        this.every = highlighter(text);
        if (text != null) {
            collectPhrases(text);
        }
    }

    private static Highlighter highlighter(Query query) {
        QueryScorer scorer = new QueryScorer(query == null ? new MatchNoDocsQuery() : query, TextFields.TEXT);
        Highlighter highlighter = new Highlighter(new SimpleHTMLFormatter("<em>", "</em>"), new SimpleHTMLEncoder(), scorer);
        highlighter.setTextFragmenter(new SimpleSpanFragmenter(scorer, FRAGMENT));
        return highlighter;
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
        Highlighter highlighter = every;
        Set<PhraseQuery> absent = absentFrom(text);
        if (!absent.isEmpty()) {
            highlighter = highlighter(without(this.text, absent));
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

    /** The phrases of Chinese characters whose characters {@code text} does not hold in a row. */
    private Set<PhraseQuery> absentFrom(String text) {
        Set<PhraseQuery> out = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        phrases.forEach((phrase, chars) -> {
            if (!text.contains(chars)) {
                out.add(phrase);
            }
        });
        return out;
    }

    private void collectPhrases(Query query) {
        if (query instanceof BoostQuery boosted) {
            collectPhrases(boosted.getQuery());
        } else if (query instanceof BooleanQuery bool) {
            bool.clauses().forEach(c -> collectPhrases(c.getQuery()));
        } else if (query instanceof PhraseQuery phrase) {
            String chars = characters(phrase);
            if (chars != null) {
                phrases.put(phrase, chars);
            }
        }
    }

    /**
     * The characters a phrase of character pairs (the bigram analysis: 幼儿 儿园 at positions 0, 1)
     * stands for (幼儿园); null unless every character is a Chinese one, which the analysis leaves as
     * written (its width and case folding touch other scripts only).
     */
    static String characters(PhraseQuery phrase) {
        Term[] terms = phrase.getTerms();
        int[] positions = phrase.getPositions();
        if (phrase.getSlop() != 0 || terms.length == 0) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < terms.length; i++) {
            String pair = terms[i].text();
            if (pair.length() != 2 || positions[i] != i || !chinese(pair)
                    || (i > 0 && pair.charAt(0) != out.charAt(out.length() - 1))) {
                return null;
            }
            out.append(i == 0 ? pair : pair.substring(1));
        }
        return out.toString();
    }

    private static boolean chinese(String s) {
        return s.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    /** {@code query} without the given phrases; a group left empty goes too. */
    private static Query without(Query query, Set<PhraseQuery> absent) {
        if (query instanceof BoostQuery boosted) {
            Query in = without(boosted.getQuery(), absent);
            return in == null ? null : new BoostQuery(in, boosted.getBoost());
        }
        if (query instanceof PhraseQuery phrase) {
            return absent.contains(phrase) ? null : query;
        }
        if (query instanceof BooleanQuery bool) {
            List<BooleanClause> kept = new ArrayList<>();
            for (BooleanClause c : bool.clauses()) {
                Query in = without(c.getQuery(), absent);
                if (in != null) {
                    kept.add(new BooleanClause(in, c.getOccur()));
                }
            }
            if (kept.isEmpty()) {
                return null;
            }
            BooleanQuery.Builder out = new BooleanQuery.Builder().setMinimumNumberShouldMatch(bool.getMinimumNumberShouldMatch());
            kept.forEach(out::add);
            return out.build();
        }
        return query;
    }
}
