package org.plantrace.extract.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.clause.ClauseTree;
import org.plantrace.ingest.text.TextReader;

/**
 * The extractor against the hand-read gold list of the Hunyuan seed. The gold is complete for the
 * whole plan (see its header), so precision is measured over every indicator extracted from every
 * clause. A gold row matches an extracted indicator of a clause with the gold heading when value(s),
 * unit (％ = %) and comparator are equal and one name contains the other; each side matches once.
 *
 * <p>Read the figures as in-sample: the gold was written by reading the plan before the extractor
 * ran, but the rule words were chosen by the same reader after reading the same plan. The fixtures
 * of {@link IndicatorExtractorTest} in other plans' wording are the out-of-sample check.
 */
class IndicatorGoldTest {
    static final Path SEED = Path.of("corpus/hunyuan/hunyuan-2021-2035.txt");

    record Found(Clause clause, List<Indicator> all, Indicator indicator) {
    }

    static List<GoldIndicator> gold;
    static List<Found> extracted;
    static Map<GoldIndicator, Found> pairs;
    static final java.util.Set<String> headings = new java.util.HashSet<>();

    @BeforeAll
    static void extractAndMatch() throws Exception {
        gold = GoldIndicator.load();
        extracted = new ArrayList<>();
        IndicatorExtractor extractor = new IndicatorExtractor();
        for (Clause c : ClauseTree.flatten(new TextReader().read(SEED).clauses())) {
            headings.add(c.heading());
            List<Indicator> all = extractor.extract(c);
            all.forEach(i -> extracted.add(new Found(c, all, i)));
        }
        pairs = new java.util.LinkedHashMap<>();
        Map<Indicator, Boolean> used = new IdentityHashMap<>();
        for (GoldIndicator g : gold) {
            for (Found f : extracted) {
                if (!used.containsKey(f.indicator()) && f.clause().heading().equals(g.heading()) && g.matches(f.indicator())) {
                    used.put(f.indicator(), true);
                    pairs.put(g, f);
                    break;
                }
            }
        }
    }

    @Test
    void recallAndPrecisionAreAtLeast95Percent() {
        double recall = pairs.size() / (double) gold.size();
        double precision = pairs.size() / (double) extracted.size();
        System.out.printf(Locale.ROOT, "indicators: gold %d, extracted %d, matched %d — recall %.1f%%, precision %.1f%%%n",
                gold.size(), extracted.size(), pairs.size(), 100 * recall, 100 * precision);
        gold.stream().filter(g -> !pairs.containsKey(g)).forEach(g -> System.out.println("  missed: " + g));
        List<Indicator> matched = pairs.values().stream().map(Found::indicator).toList();
        extracted.stream().filter(f -> matched.stream().noneMatch(m -> m == f.indicator()))
                .forEach(f -> System.out.println("  not in gold: [" + f.clause().heading() + "] " + describe(f.indicator())));
        assertTrue(gold.size() >= 50, "the gold list holds at least 50 indicators");
        assertTrue(recall >= 0.95, "recall " + recall);
        assertTrue(precision >= 0.95, "precision " + precision);
    }

    @Test
    void everyGoldHeadingNamesAClause() {
        for (GoldIndicator g : gold) {
            assertTrue(headings.contains(g.heading()), "no clause headed " + g);
        }
    }

    @Test
    void matchedIndicatorsCarryTheGoldYearsAndShareLinks() {
        List<String> wrong = new ArrayList<>();
        pairs.forEach((g, f) -> {
            Indicator i = f.indicator();
            if (!java.util.Objects.equals(g.year(), i.year()) || !java.util.Objects.equals(g.baseYear(), i.baseYear())) {
                wrong.add(g + ": year " + i.year() + " base " + i.baseYear());
            }
            boolean shareOk = g.shareOf() == null ? i.shareOf() == null
                    : i.shareOf() != null && f.all().get(i.shareOf()).value().compareTo(g.shareOf()) == 0;
            if (!shareOk) {
                wrong.add(g + ": shareOf " + i.shareOf());
            }
        });
        assertEquals(List.of(), wrong);
    }

    @Test
    void theIssueExamplesAreFound() {
        String[] required = {"耕地保有量 >= 73.39 万亩", "永久基本农田 >= 63.25 万亩", "生态保护红线面积 = 538.87 平方千米",
            "占县域国土面积 = 27.37 %", "城镇开发边界 = 16.46 平方千米", "城镇开发边界扩展倍数 <= 1.25 ", "森林覆盖率 >= 14.17 %",
            "用水总量 <= 0.752 亿立方米", "人均村庄建设用地 <= 200 平方米/人", "每千名老年人养老床位数 >= 40 张",
            "年径流总量控制率 range 75—80 %"};
        for (String r : required) {
            assertTrue(pairs.keySet().stream().anyMatch(g -> (g.name() + " " + g.op() + " " + g.value().toPlainString()
                    + (g.valueMax() == null ? "" : "—" + g.valueMax().toPlainString()) + " " + g.unit()).equals(r)), r);
        }
    }

    @Test
    void everyReportedValueIsLiterallyAtItsSpan() {
        assertFalse(extracted.isEmpty());
        for (Found f : extracted) {
            Indicator i = f.indicator();
            String at = f.clause().text().substring(i.span().start(), i.span().end());
            assertTrue(at.startsWith(i.value().toPlainString()), at + " / " + describe(i));
            if (i.valueMax() != null) {
                assertTrue(at.contains(i.valueMax().toPlainString()), at + " / " + describe(i));
            }
            assertTrue(at.endsWith(i.unit()), at + " / " + describe(i));
        }
    }

    static String describe(Indicator i) {
        return i.name() + " " + i.op().symbol() + " " + i.value().toPlainString()
                + (i.valueMax() == null ? "" : "—" + i.valueMax().toPlainString()) + " " + i.unit()
                + (i.year() == null ? "" : " y" + i.year()) + (i.baseYear() == null ? "" : " base" + i.baseYear())
                + (i.shareOf() == null ? "" : " shareOf#" + i.shareOf()) + " " + i.effectiveClass().jsonName();
    }
}
