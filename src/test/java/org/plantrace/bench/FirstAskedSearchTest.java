package org.plantrace.bench;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plantrace.search.SeedPlan;
import org.plantrace.search.analysis.Analysis;
import org.plantrace.search.analysis.Vocabulary;

/** The search bench's warm-up reads no word its measured queries read. */
class FirstAskedSearchTest {
    private final Analysis analysis = Analysis.planning(Vocabulary.load(SeedPlan.VOCABULARY));

    @Test
    void theWarmUpWordsShareNothingWithTheMeasuredQueries() {
        List<String> measured = new ArrayList<>(SearchBench.QUERIES);
        measured.addAll(FirstAskedSearch.pairs(SearchBench.QUERIES));
        assertDoesNotThrow(() -> FirstAskedSearch.keptApart(analysis, measured));
    }

    @Test
    void aMeasuredQueryReadingAWarmUpWordIsRefused() {
        // 国土空间开发 reads the words of the warm-up's 国土空间
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> FirstAskedSearch.keptApart(analysis, List.of("学校", "国土空间开发")));
        assertTrue(e.getMessage().contains("国土空间"), e.getMessage());
    }
}
