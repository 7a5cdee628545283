package org.plantrace.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.clause.ClauseTree;
import org.plantrace.domain.plan.VersionStatus;
import org.plantrace.search.analysis.Analysis;
import org.plantrace.search.analysis.Vocabulary;
import org.plantrace.search.index.IndexStore;

/**
 * The judged queries over the Hunyuan seed, run with each analysis: MRR@10 and recall@10. Ours
 * must reach MRR@10 ≥ 0.8 and beat plain bigrams and plain smartcn. The figures go to stdout and
 * into docs/search-quality.md by hand.
 */
class JudgedQueriesTest {
    static JudgedQueries judged;
    static MemoryPlans plans;

    @BeforeAll
    static void load() throws Exception {
        judged = JudgedQueries.load();
        plans = new MemoryPlans().add(SeedPlan.version(1, VersionStatus.PUBLISHED));
    }

    @Test
    void theJudgedSetIsLargeEnoughAndNamesRealClauses() {
        assertTrue(judged.queries().size() >= 30, "at least 30 judged queries: " + judged.queries().size());
        List<Clause> all = ClauseTree.flatten(plans.latestVersion(SeedPlan.PLAN.code()).orElseThrow().clauses());
        for (JudgedQueries.Judged q : judged.queries()) {
            for (String heading : q.relevant()) {
                long n = all.stream().filter(c -> c.heading().equals(heading)).count();
                assertEquals(1, n, "judged heading must name exactly one clause: " + heading + " (" + q.query() + ")");
            }
        }
    }

    @Test
    void oursBeatsBothBaselinesAndReachesMrrPointEight() throws Exception {
        Map<String, double[]> figures = new LinkedHashMap<>();
        Vocabulary vocabulary = Vocabulary.load(SeedPlan.VOCABULARY);
        for (Analysis analysis : List.of(Analysis.bigram(), Analysis.smartcn(), Analysis.planning(vocabulary))) {
            figures.put(analysis.name(), run(analysis));
        }
        // ablation, reported only: the dictionary without the synonyms
        Vocabulary termsOnly = new Vocabulary(Files.readAllLines(SeedPlan.VOCABULARY.resolve(Vocabulary.TERMS_FILE)),
                List.of());
        figures.put("planning, no synonyms", run(named(Analysis.planning(termsOnly), "planning, no synonyms")));
        figures.forEach((name, f) -> System.out.printf(Locale.ROOT,
                "%-22s MRR@10 %.3f  recall@10 %.3f  precision@10 %.3f (ceiling %.3f)%n", name, f[0], f[1], f[2], f[3]));
        double ours = figures.get("planning")[0];
        assertTrue(ours >= 0.8, "MRR@10 of ours: " + ours);
        assertTrue(ours > figures.get("bigram")[0], "ours must beat bigrams");
        assertTrue(ours > figures.get("smartcn")[0], "ours must beat smartcn");
    }

    static Analysis named(Analysis a, String name) {
        return new Analysis() {
            public String name() {
                return name;
            }

            public org.apache.lucene.analysis.Analyzer analyzer() {
                return a.analyzer();
            }

            public org.apache.lucene.search.Query query(String words, boolean quoted) {
                return a.query(words, quoted);
            }

            public org.apache.lucene.search.Query highlightQuery(String words, boolean quoted) {
                return a.highlightQuery(words, quoted);
            }
        };
    }

    /** {MRR@10, recall@10, precision@10, the precision@10 a perfect ranking would reach}; prints the misses. */
    static double[] run(Analysis analysis) throws Exception {
        return run(analysis, true);
    }

    /**
     * The list a person sees by default (issue #14.4): close matches only, the loose ones behind
     * “更多相关结果”. What the cut keeps must still hold the judged clauses, and the two queries
     * the issue names must come back short.
     */
    @Test
    void theCutListKeepsTheJudgedClausesAndIsShort() throws Exception {
        Analysis ours = Analysis.planning(Vocabulary.load(SeedPlan.VOCABULARY));
        double[] all = run(ours, true);
        double[] cut = run(ours, false);
        System.out.printf(Locale.ROOT, "%-22s MRR@10 %.3f  recall@10 %.3f  precision@10 %.3f%n", "planning, cut list", cut[0],
                cut[1], cut[2]);
        assertTrue(cut[0] >= all[0] - 1e-9 && cut[1] >= all[1] - 1e-9, "the cut loses no judged clause from the top 10");
        try (ClauseSearch search = ClauseSearch.open(IndexStore.inMemory(ours, ClauseLinks.NONE), plans)) {
            for (String q : List.of("生态保护红线", "城镇开发边界面积", "耕地保有量")) {
                SearchResult everything = search.search(SearchRequest.of(q), ViewerRole.PUBLIC);
                SearchResult shown = search.search(SearchRequest.of(q).withLoose(false), ViewerRole.PUBLIC);
                System.out.printf(Locale.ROOT, "  %-10s all %d, close %d, behind 更多相关结果 %d%n", q, everything.total(), shown.total(),
                        shown.hiddenLoose());
                assertEquals(everything.total(), shown.total() + shown.hiddenLoose(), q);
                assertEquals(shown.total(), everything.close(), q + ": the close matches counted alike both ways");
                assertTrue(shown.total() * 3 < everything.total(), q + ": the list is cut to what speaks of it");
                // ranked alike: the close matches lead the full list in the same order
                assertEquals(shown.hits().stream().map(SearchHit::uid).toList(),
                        everything.hits().stream().limit(shown.hits().size()).map(SearchHit::uid).toList(), q);
            }
        }
    }

    static double[] run(Analysis analysis, boolean loose) throws Exception {
        double rr = 0;
        double recall = 0;
        double precision = 0;
        double ceiling = 0;
        try (ClauseSearch search = ClauseSearch.open(IndexStore.inMemory(analysis, ClauseLinks.NONE), plans)) {
            for (JudgedQueries.Judged q : judged.queries()) {
                SearchResult r = search.search(SearchRequest.of(q.query()).withLoose(loose), ViewerRole.PUBLIC);
                assertTrue(r.accepted(), q.query() + ": " + r.message());
                List<String> headings = new ArrayList<>();
                r.hits().forEach(h -> headings.add(h.heading()));
                JudgedQueries.Score s = JudgedQueries.Score.of(headings, q.relevant());
                rr += s.reciprocalRank();
                recall += s.recall();
                precision += s.precision();
                ceiling += JudgedQueries.Score.precisionCeiling(q.relevant());
                if ((s.reciprocalRank() < 1 || s.recall() < 1) && Boolean.getBoolean("search.verbose")) {
                    System.out.printf("  %-8s %-12s rr=%.2f recall=%.2f top: %s%n", analysis.name(), q.query(), s.reciprocalRank(), s.recall(),
                            headings.subList(0, Math.min(5, headings.size())));
                }
            }
        }
        int n = judged.queries().size();
        return new double[] {rr / n, recall / n, precision / n, ceiling / n};
    }
}
