package org.plantrace.search.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.Test;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.clause.ClauseTree;
import org.plantrace.search.SeedPlan;

/**
 * The close matches leave out the words' own bigram phrase when every outermost planning term of
 * the words is written in them ({@link PlanningAnalysis#withinTerms}): on the seed plan, for words
 * cut from the clauses' own texts (so that the phrase does match) and for pairs of terms, the close
 * matches must be the same with the phrase added back.
 */
class CloseQueryTest {
    @Test
    void theWordsPhraseAddsNoCloseMatchWhereTheTermsAreWrittenInThem() throws Exception {
        Vocabulary vocabulary = Vocabulary.load(SeedPlan.VOCABULARY);
        Analysis analysis = Analysis.planning(vocabulary);
        List<String> asked = new ArrayList<>();
        Random random = new Random(11);
        for (Clause c : ClauseTree.flatten(SeedPlan.clauses())) {
            String text = c.text() == null ? "" : c.text();
            for (int k = 0; k < 3 && text.length() > 4; k++) {
                int from = random.nextInt(text.length() - 4);
                asked.add(text.substring(from, Math.min(text.length(), from + 4 + random.nextInt(12))));
            }
        }
        List<String> terms = new ArrayList<>(vocabulary.dictionary().terms());
        for (int i = 0; i < 300; i++) {
            String a = terms.get(random.nextInt(terms.size()));
            String b = terms.get(random.nextInt(terms.size()));
            asked.add(a + " " + b);
            asked.add(a + b);
        }
        int compared = 0;
        int phraseFound = 0;
        try (SeedSearcher seed = new SeedSearcher(analysis)) {
            for (String words : asked) {
                if (!PlanningAnalysis.withinTerms(vocabulary.dictionary().outermost(words), words)) {
                    continue;
                }
                Query phrase = FieldQueries.orNothing(FieldQueries.acrossFields(new CJKAnalyzer(), words, true).build());
                Query close = analysis.closeQuery(words, false);
                Query withPhrase = new BooleanQuery.Builder().add(close, BooleanClause.Occur.SHOULD)
                        .add(phrase, BooleanClause.Occur.SHOULD).build();
                assertEquals(seed.docs(withPhrase), seed.docs(close), words);
                compared++;
                phraseFound += seed.count(phrase) > 0 ? 1 : 0;
            }
        }
        assertTrue(compared > 300, "compared " + compared);
        assertTrue(phraseFound > 100, "words whose own phrase matches: " + phraseFound);
    }

    @Test
    void thePhraseIsKeptUnlessEveryTermIsChineseWrittenInTheWords() {
        PlanningDictionary.Match school = new PlanningDictionary.Match("学校", 0, 2);
        assertTrue(PlanningAnalysis.withinTerms(List.of(school), "学校用地"));
        assertFalse(PlanningAnalysis.withinTerms(List.of(), "学校用地"), "no term: the phrase is all there is");
        assertFalse(PlanningAnalysis.withinTerms(List.of(school), "學校用地"), "the term not written as such");
        assertFalse(PlanningAnalysis.withinTerms(List.of(school, new PlanningDictionary.Match("林", 2, 3)), "学校林"),
                "one character: no bigram of its own");
        assertFalse(PlanningAnalysis.withinTerms(List.of(new PlanningDictionary.Match("G108", 0, 4)), "G108国道"),
                "not Chinese characters");
    }
}
