package org.plantrace.search.analysis;

import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;

/**
 * One way of analysing clause text: how the fields are indexed and how a query word or phrase
 * becomes a Lucene query over them. The three analyses differ only here, so the judged queries
 * compare the analysis and nothing else.
 */
public interface Analysis {
    /** Short name for reports: {@code bigram}, {@code smartcn}, {@code planning}. */
    String name();

    /** Per-field analyzer for indexing (and for the highlighter on {@link TextFields#TEXT}). */
    Analyzer analyzer();

    /** The query for one unquoted word or one quoted phrase of the user's query. */
    Query query(String words, boolean quoted);

    /**
     * What the highlighter marks in {@link TextFields#TEXT}: by default the query itself; an
     * analysis that expands synonyms into other fields re-states them over the text field.
     */
    default Query highlightQuery(String words, boolean quoted) {
        return query(words, quoted);
    }

    /**
     * The clauses that speak of the words themselves (issue #14.4) rather than share a character
     * pair with them: by default the words as written, a phrase. Used to cut loose matches behind
     * “更多相关结果”, never to score.
     */
    default Query closeQuery(String words, boolean quoted) {
        return query(words, true);
    }

    /**
     * What the index's fields depend on besides the documents: an index made under another is
     * rebuilt. By default the analysis's name.
     */
    default String indexing() {
        return name();
    }

    /**
     * A cheaper query that matches exactly the clauses {@code phrase} matches, or null: used to count
     * and filter, never to score.
     */
    default Query sameMatches(PhraseQuery phrase) {
        return null;
    }

    static Analysis bigram() {
        return new BaselineAnalysis("bigram", new CJKAnalyzer());
    }

    static Analysis smartcn() {
        return new BaselineAnalysis("smartcn", new SmartChineseAnalyzer());
    }

    static Analysis planning(Vocabulary vocabulary) {
        return new PlanningAnalysis(vocabulary);
    }
}
