package org.plantrace.search.analysis;

import org.apache.lucene.analysis.Analyzer;

/** Whole planning terms only, for the {@code *_terms} fields. */
final class DictionaryAnalyzer extends Analyzer {
    private final PlanningDictionary dictionary;

    DictionaryAnalyzer(PlanningDictionary dictionary) {
        this.dictionary = dictionary;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        return new TokenStreamComponents(new DictionaryTokenizer(dictionary));
    }
}
