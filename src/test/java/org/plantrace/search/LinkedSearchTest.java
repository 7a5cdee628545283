package org.plantrace.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.plantrace.application.links.LinkDerivation;
import org.plantrace.application.links.LinkService;
import org.plantrace.application.links.MemoryLinks;
import org.plantrace.domain.account.Actor;
import org.plantrace.domain.account.Role;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.clause.ClauseTree;
import org.plantrace.domain.link.FeatureTarget;
import org.plantrace.domain.link.Link;
import org.plantrace.domain.plan.PlanVersion;
import org.plantrace.domain.plan.VersionStatus;
import org.plantrace.search.analysis.Analysis;
import org.plantrace.search.analysis.Vocabulary;
import org.plantrace.search.index.IndexStore;

/**
 * The published seed indexed with its effective links: township, control-line and has-indicator
 * facets and filters, the names a query matches, and a drafter's rejection reaching the index.
 */
class LinkedSearchTest {
    static MemoryPlans plans;
    static LinkService links;
    static ClauseSearch search;
    static Map<String, Clause> byUid = new java.util.HashMap<>();

    @BeforeAll
    static void open() throws Exception {
        plans = new MemoryPlans().add(SeedPlan.version(1, VersionStatus.PUBLISHED));
        links = new LinkService(plans, new MemoryLinks(), LinkDerivation.standard(), Clock.systemUTC());
        search = ClauseSearch.open(IndexStore.inMemory(Analysis.planning(Vocabulary.load(SeedPlan.VOCABULARY)),
                new LinkFacts(links::effectiveLinks)), plans);
        links.setChangeListener(search);
        ClauseTree.flatten(SeedPlan.clauses()).forEach(c -> byUid.put(c.uid(), c));
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

    static Optional<FacetValue> facet(SearchResult r, String key, String value) {
        return r.facets().getOrDefault(key, List.of()).stream().filter(v -> v.value().equals(value)).findFirst();
    }

    @Test
    void theTownshipFacetNarrowsToTheClausesLinkedToTheTownship() {
        SearchResult all = find(SearchRequest.of("").page(0, 1));
        int count = facet(all, "township", "王庄堡镇").orElseThrow().count();
        assertTrue(count >= 5, "王庄堡镇 is named in many clauses: " + count);

        SearchResult narrowed = find(SearchRequest.of("").filter("township", "王庄堡镇").page(0, 200));
        assertEquals(count, narrowed.total());
        for (SearchHit h : narrowed.hits()) {
            Clause c = byUid.get(h.uid());
            assertTrue((c.heading() + c.text()).contains("王庄堡"), h.heading());
        }
    }

    @Test
    void aVariantSpellingIsFoundUnderTheCanonicalName() {
        // the plan writes 东方城乡 for 东坊城乡 (line 572)
        SearchResult r = find(SearchRequest.of("").filter("township", "东坊城乡").page(0, 200));
        assertTrue(r.hits().stream().anyMatch(h -> byUid.get(h.uid()).text().contains("东方城乡")), r.hits().toString());
        // and a query in the text's spelling names the place under its canonical name
        assertTrue(find(SearchRequest.of("东方城乡")).related().stream()
                .anyMatch(x -> x.key().equals("township") && x.name().equals("东坊城乡")));
    }

    @Test
    void controlLineAndHasIndicatorFacetsCountEveryClause() {
        SearchResult all = find(SearchRequest.of("").page(0, 1));
        assertTrue(facet(all, "control_line", "生态保护红线").orElseThrow().count() > 0);
        int with = facet(all, "has_indicator", "true").orElseThrow().count();
        int without = facet(all, "has_indicator", "false").orElseThrow().count();
        assertEquals(all.total(), with + without, "every clause says whether it states an indicator");

        SearchResult indicators = find(SearchRequest.of("").filter("has_indicator", "true").page(0, 200));
        assertEquals(with, indicators.total());
        assertTrue(indicators.hits().stream().allMatch(h -> byUid.get(h.uid()).text().matches("(?s).*\\d.*")));
    }

    @Test
    void aQueryNamingAPlaceOrIndicatorShowsItAboveTheHits() {
        SearchResult place = find(SearchRequest.of("王庄堡镇"));
        Related town = place.related().stream().filter(r -> r.name().equals("王庄堡镇")).findFirst().orElseThrow();
        assertEquals("township", town.key());
        assertEquals(find(SearchRequest.of("").filter("township", "王庄堡镇")).total(), town.count());

        SearchResult indicator = find(SearchRequest.of("耕地保有量"));
        Related farmland = indicator.related().stream().filter(r -> r.key().equals("indicator")).findFirst().orElseThrow();
        assertTrue(farmland.name().contains("耕地保有量"), farmland.name());
        SearchResult its = find(SearchRequest.of("").filter("indicator", farmland.name()).page(0, 200));
        assertEquals(farmland.count(), its.total());
        its.hits().forEach(h -> assertTrue(byUid.get(h.uid()).text().contains("耕地保有量"), h.heading()));
        // the card shows what the clauses state, not only how many there are
        assertTrue(farmland.figures().contains("≥ 73.39 万亩（2035年）"), farmland.figures().toString());
        assertTrue(place.related().stream().filter(r -> r.key().equals("township")).allMatch(r -> r.figures().isEmpty()));

        assertTrue(find(SearchRequest.of("红")).related().isEmpty(), "one character matches too much to suggest");
    }

    @Test
    void aRejectedLinkLeavesTheFacetOnceTheVersionIsReindexed() {
        String township = "官儿乡";
        SearchResult before = find(SearchRequest.of("").filter("township", township).page(0, 200));
        assertTrue(before.total() > 0);
        SearchHit hit = before.hits().get(0);
        Actor drafter = Actor.of("王工", Role.DRAFTER);
        for (Link l : links.effectiveLinks(SeedPlan.PLAN.code(), 1, hit.uid())) {
            if (l.target() instanceof FeatureTarget f && f.name().equals(township)) {
                links.reject(drafter, l.id()); // the change listener re-indexes version 1
            }
        }
        SearchResult after = find(SearchRequest.of("").filter("township", township).page(0, 200));
        assertEquals(before.total() - 1, after.total());
        assertFalse(after.hits().stream().anyMatch(h -> h.uid().equals(hit.uid())));
    }

    @Test
    void withoutLinksThereIsNoLinkFacet() throws Exception {
        try (ClauseSearch plain = ClauseSearch.open(IndexStore.inMemory(Analysis.planning(Vocabulary.load(SeedPlan.VOCABULARY)),
                ClauseLinks.NONE), new MemoryPlans().add(SeedPlan.version(1, VersionStatus.PUBLISHED)))) {
            SearchResult r = plain.search(SearchRequest.of(""), ViewerRole.PUBLIC);
            assertFalse(r.facets().containsKey("township"));
            assertFalse(r.facets().containsKey("has_indicator"), "no claim about clauses nobody linked");
        }
    }

    static PlanVersion version(PlanVersion v) {
        return v;
    }
}
