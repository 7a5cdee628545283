package org.plantrace.search.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.Query;

/**
 * A baseline the planning analysis is measured against: one stock Lucene analyzer over heading
 * and text — overlapping character bigrams (CJKAnalyzer) or smartcn's HMM word segmentation with
 * its general-language dictionary.
 */
final class BaselineAnalysis implements Analysis {
    private final String name;
    private final Analyzer analyzer;

    BaselineAnalysis(String name, Analyzer analyzer) {
        this.name = name;
        this.analyzer = analyzer;
    }

    @Override
    public String name() {
        return name;
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
