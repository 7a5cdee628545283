package org.plantrace.search.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.search.Query;

/** Baseline: smartcn's HMM word segmentation, with its general-language dictionary. */
final class SmartcnAnalysis implements Analysis {
    private final Analyzer analyzer = new SmartChineseAnalyzer();

    @Override
    public String name() {
        return "smartcn";
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
