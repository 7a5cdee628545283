package org.plantrace.search.query;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plantrace.search.SeedPlan;
import org.plantrace.search.analysis.Analysis;
import org.plantrace.search.analysis.Vocabulary;

/** Words separated by spaces reach the analysis as one text, and its query is kept whole. */
class ClauseQueryParserTest {
    private final Analysis analysis = Analysis.planning(Vocabulary.load(SeedPlan.VOCABULARY));

    @Test
    void theCloseQueryOfSeveralWordsIsTheAnalysisQueryUnsplit() throws Exception {
        // 学 is no planning term of its own: the close query keeps "the words as written, or each
        // term", which Lucene's parser used to split into two required parts
        for (String words : new String[] {"生态保护红线 永久基本农田", "学校 医院", "城镇开发边界 学"}) {
            Query parsed = new ClauseQueryParser(analysis, false, true).parse(words);
            assertUnsplit(analysis.closeQuery(words, false), parsed);
        }
    }

    @Test
    void aVocabularyWithOtherScriptsKeepsTheWordsAsWrittenOrEachTerm(@TempDir Path folder) throws Exception {
        // a plan package's own vocabulary may hold a road number: its term has no bigram phrase of
        // its own, so the close query keeps the words' phrase beside "each term", and Lucene's
        // parser would have required both
        Files.writeString(folder.resolve(Vocabulary.TERMS_FILE), "G108\n国道\n");
        Files.writeString(folder.resolve(Vocabulary.SYNONYMS_FILE), "");
        Analysis roads = Analysis.planning(Vocabulary.load(folder));
        Query parsed = new ClauseQueryParser(roads, false, true).parse("G108 国道");
        assertUnsplit(roads.closeQuery("G108 国道", false), parsed);
    }

    @Test
    void theLooseQueryOfSeveralWordsIsTheAnalysisQueryUnsplit() throws Exception {
        Query parsed = new ClauseQueryParser(analysis, false, false).parse("学校 医院");
        assertUnsplit(analysis.query("学校 医院", false), parsed);
    }

    /** The analysis's query itself, or it as the one clause the parser wraps it in. */
    private static void assertUnsplit(Query analysed, Query parsed) {
        boolean wrapped = parsed instanceof BooleanQuery b && b.clauses().size() == 1
                && b.clauses().get(0).getOccur() != BooleanClause.Occur.MUST_NOT && b.clauses().get(0).getQuery().equals(analysed);
        assertTrue(parsed.equals(analysed) || wrapped, "analysed " + analysed + "\nparsed " + parsed);
    }
}
