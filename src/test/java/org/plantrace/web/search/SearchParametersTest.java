package org.plantrace.web.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.plantrace.search.SearchRequest;
import org.plantrace.search.SortOrder;

class SearchParametersTest {
    @Test
    void readsQueryFacetFiltersPageAndOrder() {
        SearchParameters p = SearchParameters.from(Map.of("q", new String[] {"  生态保护红线 "},
                "chapter", new String[] {"总则", "目标与战略"}, "mandatory", new String[] {"true"},
                "page", new String[] {"3"}, "sort", new String[] {"order"}));

        assertEquals("生态保护红线", p.query());
        assertEquals(List.of("总则", "目标与战略"), p.filters().get("chapter"));
        assertEquals(3, p.page());
        SearchRequest r = p.toRequest();
        assertEquals(2, r.page(), "the search layer counts pages from 0");
        assertEquals(SearchParameters.PAGE_SIZE, r.pageSize());
        assertEquals(SortOrder.DOCUMENT_ORDER, r.sort());
        assertEquals(List.of("true"), r.filters().get("mandatory"));
    }

    @Test
    void statusAndVersionInTheAddressAreNotPassedOnThePlanIs() {
        SearchParameters p = SearchParameters.from(Map.of("q", new String[] {"红线"},
                "status", new String[] {"draft"}, "version", new String[] {"2"}, "plan", new String[] {"x"}));

        // the plan facet (issue #10) narrows to one plan of the chain; which of its versions a
        // viewer reads is still the search layer's decision (the public: published only)
        assertEquals(Map.of("plan", List.of("x")), p.filters());
        assertEquals(Map.of("plan", List.of("x")), p.toRequest().filters());
    }

    @Test
    void malformedValuesFallBackToDefaults() {
        SearchParameters p = SearchParameters.from(Map.of("page", new String[] {"-1"}, "sort", new String[] {"x"},
                "kind", new String[] {""}));
        assertEquals(1, p.page());
        assertEquals(SortOrder.RELEVANCE, p.sort());
        assertTrue(p.empty());
        assertEquals(1, SearchParameters.from(Map.of("page", new String[] {"99999999999"})).page());
        assertEquals(SearchParameters.MAX_QUERY, new SearchParameters("字".repeat(500), null, 1, null).query().length());
    }

    @Test
    void addressesRoundTripAndChangingAFilterGoesBackToPageOne() {
        SearchParameters p = new SearchParameters("高铁 站&", Map.of("kind", List.of("article")), 4, SortOrder.DOCUMENT_ORDER);
        String href = p.href("/ctx");
        assertEquals("/ctx/search?q=%E9%AB%98%E9%93%81%20%E7%AB%99%26&kind=article&sort=order&page=4", href);

        SearchParameters narrowed = p.withFilter("mandatory", "true");
        assertEquals(1, narrowed.page());
        assertTrue(narrowed.hasFilter("mandatory", "true"));
        SearchParameters widened = narrowed.withoutFilter("kind", "article");
        assertFalse(widened.filters().containsKey("kind"));
        assertEquals("/search", new SearchParameters("", null, 1, null).href(""));
    }

    @Test
    void moreRelatedResultsIsPartOfTheAddressAndKeptWhileBrowsing() {
        SearchParameters p = SearchParameters.from(Map.of("q", new String[] {"生态保护红线"}, "more", new String[] {"1"}));
        assertTrue(p.more());
        assertTrue(p.toRequest().loose(), "the loose matches are asked for");
        assertEquals("/ctx/search?q=" + java.net.URLEncoder.encode("生态保护红线", java.nio.charset.StandardCharsets.UTF_8)
                + "&more=1&page=2", p.withPage(2).href("/ctx"));
        assertTrue(p.withFilter("kind", "article").more() && p.withSort(org.plantrace.search.SortOrder.DOCUMENT_ORDER).more());
        SearchParameters plain = SearchParameters.from(Map.of("q", new String[] {"生态保护红线"}, "more", new String[] {"yes"}));
        assertFalse(plain.more(), "only more=1 asks for them");
        assertFalse(plain.toRequest().loose(), "by default the page lists the close matches only");
        assertTrue(plain.withMore().more() && plain.withMore().page() == 1);
    }
}
