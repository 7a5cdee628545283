package org.plantrace.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.plantrace.citation.ClauseNumbering;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.clause.ClauseTree;
import org.plantrace.domain.plan.VersionStatus;
import org.plantrace.search.analysis.Analysis;
import org.plantrace.search.analysis.Vocabulary;
import org.plantrace.search.index.ArticleNumbers;
import org.plantrace.search.index.IndexStore;

/**
 * Issue #14.4: a query naming an article finds it first however the number is written, and a
 * heading without text of its own does not outrank the article that states the figure.
 */
class ArticleAndWeightSearchTest {
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

    static SearchResult find(String words) {
        SearchResult result = search.search(SearchRequest.of(words), ViewerRole.PUBLIC);
        assertTrue(result.accepted(), result.message());
        return result;
    }

    /** The seed clause the pages show under this article number (the seed's numbers are derived). */
    static Clause article(String displayed) {
        ClauseNumbering numbering = ClauseNumbering.of(SeedPlan.clauses());
        List<Clause> found = ClauseTree.flatten(SeedPlan.clauses()).stream()
                .filter(c -> numbering.of(c).text().equals(displayed)).toList();
        assertEquals(1, found.size(), displayed + " names one clause");
        return found.get(0);
    }

    @Test
    void anArticleNumberWrittenAnyWayFindsThatArticleFirst() {
        Clause seventeen = article("第十七条");
        for (String q : List.of("第十七条", "第17条", "17条", "第１７条")) {
            SearchHit first = find(q).hits().get(0);
            assertEquals(seventeen.eId(), first.eId(), q + " → " + first.heading());
        }
        Clause three = article("第三条");
        assertEquals(three.eId(), find("第三条").hits().get(0).eId());
    }

    @Test
    void anArticleNumberWithWordsStillLeadsAndTheWordsStillFindOthers() {
        Clause seventeen = article("第十七条");
        SearchResult r = find("第十七条 耕地");
        assertEquals(seventeen.eId(), r.hits().get(0).eId());
        assertTrue(r.total() > 1, "the word still finds other clauses: " + r.total());
    }

    @Test
    void anArticleThatDoesNotExistFindsNoClauseByNumber() {
        SearchResult r = find("第九百条");
        r.hits().forEach(h -> assertFalse(h.heading().isBlank() && h.snippet().isBlank(), h.heading()));
        assertTrue(r.total() < 5, "no clause is numbered 900, only stray words match: " + r.total());
    }

    @Test
    void articleNumbersAreReadAsPlannersWriteThem() {
        assertEquals(OptionalInt.of(17), ArticleNumbers.ofDisplay("第十七条"));
        assertEquals(OptionalInt.of(17), ArticleNumbers.ofDisplay("第17条"));
        assertEquals(OptionalInt.of(105), ArticleNumbers.ofDisplay("第一百零五条"));
        assertEquals(OptionalInt.empty(), ArticleNumbers.ofDisplay("第三章"));
        assertEquals(OptionalInt.empty(), ArticleNumbers.ofDisplay("一、"));
        assertEquals(OptionalInt.of(17), ArticleNumbers.inQuery("17条"));
        assertEquals(OptionalInt.of(17), ArticleNumbers.inQuery("耕地 第17条"));
        // a word that merely contains 条 is not an article number
        assertEquals(OptionalInt.empty(), ArticleNumbers.inQuery("一条河"));
        assertEquals(OptionalInt.empty(), ArticleNumbers.inQuery("条件"));
        assertEquals(OptionalInt.empty(), ArticleNumbers.inQuery("三条控制线"));
    }

    @Test
    void aHeadingWithoutTextDoesNotOutrankTheArticleStatingTheFigure() {
        SearchHit first = find("耕地保有量").hits().get(0);
        assertTrue(first.snippet().replace("<em>", "").replace("</em>", "").contains("73.39万亩")
                || first.heading().contains("73.39"), first.heading() + ": " + first.snippet());
        Clause section = ClauseTree.flatten(SeedPlan.clauses()).stream()
                .filter(c -> c.heading().equals("实施耕地保护")).findFirst().orElseThrow();
        assertTrue(section.text().isBlank(), "the seed's section has no text of its own");
        List<String> headings = find("耕地保有量").hits().stream().map(SearchHit::heading).toList();
        assertTrue(headings.indexOf("实施耕地保护") != 0, headings.toString());
    }
}
