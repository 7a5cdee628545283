package org.plantrace.search.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.search.Query;

/** Baseline: overlapping character bigrams (CJKBigramFilter behind StandardTokenizer). */
final class BigramAnalysis implements Analysis {
    private final Analyzer analyzer = new CJKAnalyzer();

    @Override
    public String name() {
        return "bigram";
    }

    @Override
    public Analyzer analyzer() {
        return analyzer;
    }

    @Override
    public Query query(String words, boolean quoted) {
        return FieldQueries.orNothing(FieldQueries.acrossFields(analyzer, words, quoted).build());
    }
}
