package org.plantrace.search.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plantrace.domain.plan.VersionStatus;
import org.plantrace.search.ClauseLinks;
import org.plantrace.search.SeedPlan;
import org.plantrace.search.index.IndexCatalog;
import org.plantrace.search.index.IndexStore;

/**
 * The search counts a planning term's phrase by the term's own field ({@link PlanningAnalysis#sameMatches}):
 * on the seed plan, every planning term written in Chinese characters must find exactly the same
 * clauses both ways, in the heading, the path and the text. And an index made with another vocabulary,
 * whose term fields would not hold the terms, is not used.
 */
class PhraseTermEquivalenceTest {
    @Test
    void everyPlanningTermsPhraseFindsWhatItsTermFinds() throws Exception {
        Vocabulary vocabulary = Vocabulary.load(SeedPlan.VOCABULARY);
        Analysis analysis = Analysis.planning(vocabulary);
        QueryBuilder bigrams = new QueryBuilder(new CJKAnalyzer());
        int compared = 0;
        int found = 0;
        try (SeedSearcher seed = new SeedSearcher(analysis)) {
            for (String term : vocabulary.dictionary().terms()) {
                for (String field : List.of(TextFields.TEXT, TextFields.HEADING, TextFields.PATH)) {
                    Query q = bigrams.createPhraseQuery(field, term);
                    if (!(q instanceof PhraseQuery phrase) || BigramPhrases.characters(phrase) == null) {
                        continue; // two characters are one term already; other scripts are not shortened
                    }
                    Query same = analysis.sameMatches(phrase);
                    assertNotNull(same, term);
                    assertEquals(seed.docs(phrase), seed.docs(same), field + " " + term);
                    compared++;
                    found += seed.count(phrase) > 0 ? 1 : 0;
                }
            }
        }
        assertTrue(compared > 100, "terms compared: " + compared);
        assertTrue(found > 50, "terms the plan uses: " + found);
    }

    @Test
    void onlyPlanningTermsAreShortened() {
        Analysis analysis = Analysis.planning(Vocabulary.load(SeedPlan.VOCABULARY));
        assertNotNull(analysis.sameMatches(new PhraseQuery(TextFields.PATH, "生态", "态保", "保护", "护红", "红线")));
        assertNull(analysis.sameMatches(new PhraseQuery(TextFields.TEXT, "浑源", "源县", "县城")), "not a planning term");
        assertNotNull(analysis.sameMatches(new PhraseQuery(TextFields.TEXT, "生态", "态保", "保护", "护红", "红线")));
        assertNull(Analysis.bigram().sameMatches(new PhraseQuery(TextFields.TEXT, "生态", "态保", "保护", "护红", "红线")),
                "the baselines have no term fields");
    }

    @Test
    void aPhraseOfCharacterPairsStandsForItsCharacters() {
        assertEquals("幼儿园", BigramPhrases.characters(new PhraseQuery(TextFields.TEXT, "幼儿", "儿园")));
        assertEquals("综合管廊", BigramPhrases.characters(new PhraseQuery(TextFields.TEXT, "综合", "合管", "管廊")));
        assertNull(BigramPhrases.characters(new PhraseQuery(TextFields.TEXT, "g109", "国道")), "other scripts are folded");
        assertNull(BigramPhrases.characters(new PhraseQuery(TextFields.TEXT, "幼儿", "园区")), "pairs that do not chain");
        assertNull(BigramPhrases.characters(new PhraseQuery(1, TextFields.TEXT, "幼儿", "儿园")), "a sloppy phrase");
        assertNull(BigramPhrases.characters(new PhraseQuery.Builder().add(new Term(TextFields.TEXT, "幼儿"), 0)
                .add(new Term(TextFields.TEXT, "儿园"), 2).build()), "a gap");
    }

    @Test
    void anIndexMadeWithAnotherVocabularyIsNotUsed(@TempDir Path dir) throws Exception {
        Path other = Files.createDirectories(dir.resolve("vocabulary"));
        Files.writeString(other.resolve(Vocabulary.TERMS_FILE), "生态保护红线\n");
        Files.writeString(other.resolve(Vocabulary.SYNONYMS_FILE), "");
        var version = SeedPlan.version(1, VersionStatus.PUBLISHED);
        try (IndexStore store = IndexStore.at(dir.resolve("index"), Analysis.planning(Vocabulary.load(other)), ClauseLinks.NONE)) {
            store.rebuild(List.of(version));
            assertEquals(Optional.empty(), store.problem(IndexCatalog.of(List.of(version), true)));
        }
        try (IndexStore store = IndexStore.at(dir.resolve("index"), Analysis.planning(Vocabulary.load(SeedPlan.VOCABULARY)),
                ClauseLinks.NONE)) {
            Optional<String> problem = store.problem(IndexCatalog.of(List.of(version), true));
            assertFalse(problem.isEmpty(), "made with another vocabulary");
            assertTrue(problem.get().contains("检索词表已更改"), problem.get());
        }
    }
}
