package org.plantrace.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.plantrace.domain.plan.VersionStatus;
import org.plantrace.search.analysis.Analysis;
import org.plantrace.search.analysis.Vocabulary;
import org.plantrace.search.index.IndexStore;

/**
 * Visibility is enforced by the search layer: version 1 of the seed is published, version 2 a
 * draft. The public never gets a clause of version 2, whatever it asks for.
 */
class VisibilityTest {
    static ClauseSearch search;

    @BeforeAll
    static void open() throws Exception {
        MemoryPlans plans = new MemoryPlans()
                .add(SeedPlan.version(1, VersionStatus.PUBLISHED))
                .add(SeedPlan.version(2, VersionStatus.DRAFT));
        search = ClauseSearch.open(IndexStore.inMemory(Analysis.planning(Vocabulary.load(SeedPlan.VOCABULARY)),
                ClauseLinks.NONE), plans);
    }

    @AfterAll
    static void close() {
        search.close();
    }

    @Test
    void thePublicSeesTheLatestPublishedVersionOnly() {
        SearchResult r = search.search(SearchRequest.of("防洪").page(0, 200), ViewerRole.PUBLIC);
        assertTrue(r.total() > 0);
        r.hits().forEach(h -> {
            assertEquals("published", h.status(), h.id());
            assertEquals(1, h.version(), h.id());
        });
    }

    @Test
    void thePublicGetsNoDraftEvenWhenItAsksForOne() {
        for (SearchRequest asked : new SearchRequest[] {
                SearchRequest.of("防洪").filter("status", "draft"),
                SearchRequest.of("防洪").filter("version", "2"),
                SearchRequest.of("").filter("version", "2").filter("status", "draft"),
                SearchRequest.of("防洪").filter("version", "1").filter("version", "2").page(0, 200)}) {
            SearchResult r = search.search(asked, ViewerRole.PUBLIC);
            assertTrue(r.hits().stream().noneMatch(h -> h.status().equals("draft") || h.version() == 2),
                    asked + " gave " + r.hits());
        }
        assertEquals(0, search.search(SearchRequest.of("").filter("status", "draft"), ViewerRole.PUBLIC).total());
    }

    @Test
    void draftersSeeTheLatestVersionAndMayAskForAnOlderOne() {
        SearchResult latest = search.search(SearchRequest.of("防洪"), ViewerRole.DRAFTER);
        assertTrue(latest.total() > 0);
        latest.hits().forEach(h -> assertEquals(2, h.version(), h.id()));
        SearchResult published = search.search(SearchRequest.of("防洪").filter("status", "published"), ViewerRole.REVIEWER);
        published.hits().forEach(h -> assertEquals(1, h.version(), h.id()));
        assertEquals(latest.total(), published.total(), "the two versions have the same text");
    }
}
