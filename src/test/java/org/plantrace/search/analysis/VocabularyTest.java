package org.plantrace.search.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

/** The synonym format, the dictionary's matches and the term tokens the index gets. */
class VocabularyTest {
    static final Vocabulary VOCABULARY = new Vocabulary(
            List.of("# comment", "永久基本农田", "基本农田", "生态保护红线", "红线  # trailing comment", "古"),
            List.of("高铁,高速铁路,铁路客运站", "学校 => 幼儿园,小学", "# 垃圾 => 不算"));

    @Test
    void solrFormatEquivalentsAndOneWayRules() {
        Synonyms s = VOCABULARY.synonyms();
        assertEquals(Set.of("高速铁路", "铁路客运站"), s.of("高铁"));
        assertEquals(Set.of("高铁", "铁路客运站"), s.of("高速铁路"));
        assertEquals(Set.of("幼儿园", "小学"), s.of("学校"));
        assertEquals(Set.of(), s.of("幼儿园"), "a one-way rule does not run backwards");
        assertEquals(Set.of(), s.of("垃圾"), "commented lines are ignored");
    }

    @Test
    void theDictionaryHoldsTermsAndSynonymWordsButNoSingleCharacters() {
        PlanningDictionary d = VOCABULARY.dictionary();
        assertTrue(d.contains("永久基本农田") && d.contains("红线") && d.contains("幼儿园") && d.contains("铁路客运站"));
        assertTrue(!d.contains("古"), "one character is no term");
    }

    @Test
    void everyOccurrenceIsATokenAndOnlyTheOutermostAreMeantAlone() throws IOException {
        String text = "划定永久基本农田和生态保护红线";
        assertEquals(List.of("永久基本农田@2-8+1", "基本农田@4-8+2", "生态保护红线@9-15+5", "红线@13-15+4"), tokens(text));
        assertEquals(List.of("永久基本农田", "生态保护红线"),
                VOCABULARY.dictionary().outermost(text).stream().map(PlanningDictionary.Match::term).toList());
    }

    private static List<String> tokens(String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (DictionaryAnalyzer analyzer = new DictionaryAnalyzer(VOCABULARY.dictionary());
                TokenStream ts = analyzer.tokenStream(TextFields.TEXT_TERMS, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term + "@" + offset.startOffset() + "-" + offset.endOffset() + "+" + inc.getPositionIncrement());
            }
            ts.end();
        }
        return out;
    }
}
