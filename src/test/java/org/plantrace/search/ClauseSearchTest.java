package org.plantrace.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.plantrace.domain.plan.VersionStatus;
import org.plantrace.search.analysis.Analysis;
import org.plantrace.search.analysis.Vocabulary;
import org.plantrace.search.index.IndexStore;

/** Queries, phrases, refusals, filters, facets, snippets, pages and order over the published seed. */
class ClauseSearchTest {
    static ClauseSearch search;

    @BeforeAll
    static void open() throws Exception {
        search = ClauseSearch.open(IndexStore.inMemory(Analysis.planning(Vocabulary.load(SeedPlan.VOCABULARY)),
                ClauseLinks.NONE), new MemoryPlans().add(SeedPlan.version(1, VersionStatus.PUBLISHED)));
    }

    @AfterAll
    static void close() {
        search.close();
    }

    static SearchResult find(SearchRequest r) {
        SearchResult result = search.search(r, ViewerRole.PUBLIC);
        assertTrue(result.accepted(), result.message());
        return result;
    }

    @Test
    void aPlanningTermFindsItsClauseFirstWithPathAndHighlight() {
        SearchHit first = find(SearchRequest.of("生态保护红线")).hits().get(0);
        assertEquals("划定生态保护红线", first.heading());
        assertEquals(List.of("优化国土空间开发保护格局", "严守三条控制线"), first.path());
        assertTrue(first.snippet().contains("<em>"), first.snippet());
        assertTrue(first.id().startsWith("hunyuan-2021-2035/1/"), first.id());
        assertNotNull(first.uid());
    }

    @Test
    void anEverydayWordFindsWhatThePlanWritesAndHighlightsIt() {
        SearchHit first = find(SearchRequest.of("学校")).hits().get(0);
        assertEquals("教育设施布局", first.heading());
        assertTrue(first.snippet().contains("<em>幼儿") || first.snippet().contains("<em>小学"), first.snippet());
    }

    @Test
    void twoWordsNarrowToTheClausesNamingBoth() {
        // issue #14.4 for words separated by a space: the clauses that speak of both come first, the
        // ones sharing a character pair behind 更多相关结果 (the parser had made the close matches
        // "both words together as typed", which no clause writes, so nothing narrowed)
        SearchResult shown = find(SearchRequest.of("生态保护红线 永久基本农田").withLoose(false).page(0, 200));
        SearchResult everything = find(SearchRequest.of("生态保护红线 永久基本农田").withLoose(true));
        assertTrue(shown.total() > 0 && shown.total() < everything.total(), shown.total() + " of " + everything.total());
        for (SearchHit h : shown.hits()) {
            String all = h.heading() + " " + String.join(" ", h.path()) + " " + h.snippet().replace("<em>", "").replace("</em>", "");
            assertTrue(all.contains("生态保护红线") || all.contains("生态红线"), all);
            assertTrue(all.contains("永久基本农田") || all.contains("基本农田"), all);
        }
    }

    @Test
    void aQuotedPhraseMatchesOnlyTheExactWording() {
        SearchResult phrase = find(SearchRequest.of("\"垃圾转运站\"").page(0, 200));
        assertTrue(phrase.total() >= 1);
        phrase.hits().forEach(h -> assertTrue(h.snippet().replace("<em>", "").replace("</em>", "").contains("垃圾转运")
                || h.heading().contains("垃圾转运站"), h.heading() + ": " + h.snippet()));
        assertTrue(find(SearchRequest.of("垃圾转运站")).total() > phrase.total(), "unquoted words match more widely");
    }

    @Test
    void aQueryTheParserCannotReadGetsAFriendlyChineseMessage() {
        for (String bad : List.of("\"古城", "(防洪", "防洪 AND", "heading:防洪", "耕*", "[a TO b]", "防洪~2", "/正则/")) {
            SearchResult r = search.search(SearchRequest.of(bad), ViewerRole.PUBLIC);
            assertFalse(r.accepted(), bad);
            assertTrue(r.message().matches(".*[\\u4e00-\\u9fa5].*"), "Chinese message: " + r.message());
            assertEquals(0, r.total());
        }
        SearchResult unknownFilter = search.search(SearchRequest.of("防洪").filter("colour", "red"), ViewerRole.PUBLIC);
        assertTrue(unknownFilter.message().contains("colour"), unknownFilter.message());
    }

    @Test
    void facetsCountAllHitsAndFiltersNarrowThem() {
        SearchResult all = find(SearchRequest.of("水"));
        List<FacetValue> chapters = all.facets().get("chapter");
        assertNotNull(chapters, all.facets().toString());
        assertEquals(all.total(), chapters.stream().mapToInt(FacetValue::count).sum(), "one chapter per clause");
        assertEquals(all.total(), all.facets().get("plan").get(0).count());
        FacetValue top = chapters.get(0);
        SearchResult narrowed = find(SearchRequest.of("水").filter("chapter", top.value()));
        assertEquals(top.count(), narrowed.total());
        SearchResult items = find(SearchRequest.of("水").filter("kind", "item").filter("kind", "sub-item"));
        items.hits().forEach(h -> assertTrue(h.kind().equals("item") || h.kind().equals("sub-item"), h.kind()));
        assertEquals(0, find(SearchRequest.of("水").filter("mandatory", "true")).total(),
                "the plain-text seed has no underline, so nothing is mandatory");
    }

    @Test
    void pagesFollowEachOtherAndDocumentOrderReadsLikeThePlan() {
        SearchResult page1 = find(SearchRequest.of("保护").page(0, 5));
        SearchResult page2 = find(SearchRequest.of("保护").page(1, 5));
        assertEquals(5, page1.hits().size());
        assertEquals(page1.total(), page2.total());
        assertTrue(page1.hits().stream().noneMatch(h -> page2.hits().stream().anyMatch(g -> g.id().equals(h.id()))));

        SearchResult ordered = find(SearchRequest.of("保护").sortedBy(SortOrder.DOCUMENT_ORDER).page(0, 50));
        List<SearchHit> hits = ordered.hits();
        assertEquals("前言", hits.get(0).heading(), "the preface speaks of 保护 before any chapter");
        assertTrue(hits.size() > 20);
        for (int i = 1; i < hits.size(); i++) {
            assertTrue(SearchAccessOrder.order(hits.get(i - 1)) < SearchAccessOrder.order(hits.get(i)),
                    hits.get(i - 1).eId() + " before " + hits.get(i).eId());
        }
    }

    @Test
    void aBlankQueryBrowsesEveryVisibleClause() {
        SearchResult r = find(SearchRequest.of(" "));
        assertEquals(SearchAccess.clauseCount(), r.total());
    }

    @Test
    void aStoredVersionIsSearchableAtOnce() throws Exception {
        MemoryPlans plans = new MemoryPlans().add(SeedPlan.version(1, VersionStatus.PUBLISHED));
        try (ClauseSearch own = ClauseSearch.open(IndexStore.inMemory(Analysis.bigram(), ClauseLinks.NONE), plans)) {
            own.stored(plans.store(SeedPlan.version(0, VersionStatus.PUBLISHED)));
            SearchResult r = own.search(SearchRequest.of("防洪"), ViewerRole.PUBLIC);
            assertTrue(r.total() > 0);
            r.hits().forEach(h -> assertEquals(2, h.version()));
        }
    }
}
