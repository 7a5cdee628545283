package org.plantrace.web.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plantrace.application.VersionListeners;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.clause.ClauseKind;
import org.plantrace.domain.clause.ClauseTree;
import org.plantrace.domain.plan.PlanVersion;
import org.plantrace.domain.plan.VersionStatus;
import org.plantrace.search.SearchRequest;
import org.plantrace.web.InMemoryPlanRepository;
import org.plantrace.web.PublishedPlans;
import org.plantrace.web.startup.StartupReport;
import org.plantrace.web.view.SamplePlan;

/**
 * The search page bean against the sample plan in memory: version 1 published, version 2 a draft
 * that adds a chapter about an airport (机场), a word the published text never uses.
 */
class SearchPageTest {
    static final Path VOCABULARY = Path.of("corpus/search");

    @TempDir
    Path dir;
    private final InMemoryPlanRepository repository = new InMemoryPlanRepository();
    private final StartupReport startup = new StartupReport();
    private SearchIndex index;
    /** What ingest and authoring tell; the index registers itself here. */
    private final VersionListeners heard = new VersionListeners();

    @BeforeEach
    void open() {
        repository.store(SamplePlan.version(true));
        repository.store(draft());
        index = new SearchIndex();
        index.repository = repository;
        index.listeners = heard;
        index.open(dir.resolve("index"), VOCABULARY);
    }

    @AfterEach
    void close() {
        index.close();
    }

    private static PlanVersion draft() {
        PlanVersion v = SamplePlan.version(false);
        List<Clause> roots = new ArrayList<>(v.clauses());
        Clause airport = new Clause(ClauseKind.CHAPTER, "第五章", "草案新增机场建设");
        airport.setUid("draft-airport");
        airport.appendParagraph("规划建设通用机场一处。");
        roots.add(airport);
        ClauseTree.assignPathIds(roots);
        return new PlanVersion(v.plan(), 2, VersionStatus.DRAFT, Instant.now(), null, "draft.txt", roots);
    }

    private SearchPage page(String query, Map<String, String[]> more) {
        Map<String, String[]> params = new java.util.HashMap<>(more);
        params.put("q", new String[] {query});
        SearchPage page = new SearchPage();
        page.index = index;
        page.plans = new PublishedPlans(repository, startup);
        page.run(SearchParameters.from(params), "/ctx");
        return page;
    }

    @Test
    void findsHighlightsAndLinksToTheClausePage() {
        SearchPage page = page("生态保护红线", Map.of());

        assertTrue(page.isSearched());
        assertNull(page.getUnavailable());
        SearchView.Hit first = page.getView().getHits().get(0);
        assertEquals("/ctx/clause/a12", first.href());
        assertEquals("第12条 划定生态保护红线", first.title());
        assertEquals(List.of("第三章 优化国土空间开发保护格局", "第1节 严守三条控制线"), first.path());
        assertTrue(first.snippetHtml().contains("<em>"), first.snippetHtml());
        assertEquals("条", first.kind());
    }

    @Test
    void aFacetOptionNarrowsToItsCount() {
        SearchPage page = page("划定", Map.of());
        SearchView.Facet kind = page.getView().getFacets().stream().filter(f -> f.key().equals("kind"))
                .findFirst().orElseThrow();
        SearchView.Option article = kind.options().stream().filter(o -> o.label().equals("条")).findFirst().orElseThrow();
        assertTrue(article.href().contains("kind=article"), article.href());

        SearchPage narrowed = page("划定", Map.of("kind", new String[] {"article"}));
        assertEquals(article.count(), narrowed.getView().getTotal());
        assertEquals(1, narrowed.getView().getChips().size());
        assertEquals("条款层级：条", narrowed.getView().getChips().get(0).label());
        assertFalse(narrowed.getView().getChips().get(0).href().contains("kind="), "the chip removes the filter");
    }

    @Test
    void theWebAlwaysSearchesAsThePublic() {
        assertEquals(org.plantrace.search.ViewerRole.PUBLIC, SearchIndex.VIEWER);
        // the draft's word is found for nobody on the web, even when the address asks for drafts
        assertEquals(0, page("机场", Map.of()).getView().getTotal());
        assertEquals(0, page("机场", Map.of("status", new String[] {"draft"}, "version", new String[] {"2"}))
                .getView().getTotal());
        SearchPage all = page("", Map.of("kind", new String[] {"chapter"}));
        assertTrue(all.getView().getHits().stream().noneMatch(h -> h.href().contains("draft-airport")));
        assertTrue(index.search(SearchRequest.of("划定")).hits().stream().allMatch(h -> h.status().equals("published")));
    }

    @Test
    void aQueryTheParserRefusesGivesAMessageNotAnError() {
        for (String bad : List.of("\"未闭合", "AND OR")) {
            SearchPage page = page(bad, Map.of());
            assertNotNull(page.getRejected(), bad);
            assertFalse(page.isSearched());
        }
    }

    @Test
    void noQueryShowsExamplesAndNoHitsSaysSo() {
        SearchPage blank = page("", Map.of());
        assertTrue(blank.isBlank());
        assertFalse(blank.isSearched());
        assertTrue(page("完全无关的词语乌拉拉", Map.of()).isNoResults());
    }

    @Test
    void anIndexThatCannotBeOpenedMakesSearchUnavailableNotTheSite() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("file"), "x");
        SearchIndex broken = new SearchIndex();
        broken.repository = repository;
        broken.listeners = new VersionListeners();
        broken.open(notAFolder, VOCABULARY);

        assertTrue(broken.unavailable().orElseThrow().startsWith("检索功能暂不可用"));
        SearchPage page = new SearchPage();
        page.index = broken;
        page.plans = new PublishedPlans(repository, startup);
        page.run(SearchParameters.from(Map.of("q", new String[] {"红线"})), "");
        assertTrue(page.getUnavailable().startsWith("检索功能暂不可用"), page.getUnavailable());
        assertFalse(page.isSearched());
    }

    @Test
    void versionsIngestedLaterAreIndexedThroughTheListener() {
        // the ingest service tells the index; a second published version with the airport becomes visible
        PlanVersion v3 = draft();
        PlanVersion published = new PlanVersion(v3.plan(), 3, VersionStatus.PUBLISHED, Instant.now(), Instant.now(),
                "v3.txt", v3.clauses());
        heard.stored(repository.store(published));
        assertEquals(1, page("机场", Map.of()).getView().getTotal());
    }
}
