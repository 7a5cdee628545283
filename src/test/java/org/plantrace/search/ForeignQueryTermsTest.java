package org.plantrace.search;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.plantrace.domain.plan.VersionStatus;
import org.plantrace.search.analysis.Analysis;
import org.plantrace.search.analysis.Vocabulary;
import org.plantrace.search.index.IndexStore;

/**
 * The Chinese terms the search page suggests for an English or pinyin query
 * ({@code corpus/search/foreign-queries.tsv}) must each find a clause of the seed: a suggestion
 * that finds nothing would send the reader from one empty page to another.
 */
class ForeignQueryTermsTest {
    static final Path FILE = SeedPlan.VOCABULARY.resolve("foreign-queries.tsv");

    @Test
    void everySuggestedTermFindsAClause() throws Exception {
        Set<String> terms = new LinkedHashSet<>();
        for (String line : Files.readAllLines(FILE, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            terms.addAll(List.of(line.split("\t", 2)[1].split("\\|")));
        }
        assertTrue(terms.size() >= 10, terms.toString());
        try (ClauseSearch search = ClauseSearch.open(IndexStore.inMemory(
                Analysis.planning(Vocabulary.load(SeedPlan.VOCABULARY)), ClauseLinks.NONE),
                new MemoryPlans().add(SeedPlan.version(1, VersionStatus.PUBLISHED)))) {
            for (String term : terms) {
                SearchResult r = search.search(SearchRequest.of(term), ViewerRole.PUBLIC);
                assertTrue(r.accepted() && r.total() > 0, term + " finds nothing");
            }
        }
    }
}
