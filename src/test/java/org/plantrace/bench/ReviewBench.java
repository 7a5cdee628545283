package org.plantrace.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.plantrace.conformance.ConformanceReviewer;
import org.plantrace.conformance.Review;
import org.plantrace.conformance.ReviewRules;
import org.plantrace.conformance.Verdict;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.clause.ClauseKind;
import org.plantrace.domain.clause.ClauseTree;
import org.plantrace.domain.plan.PlanVersion;
import org.plantrace.domain.plan.VersionStatus;
import org.plantrace.planpackage.PlanPackages;
import org.plantrace.ingest.Outline;
import org.plantrace.ingest.PlanReaders;
import org.plantrace.search.SeedPlan;
import org.plantrace.transmission.Checklist;
import org.plantrace.transmission.ChecklistItem;
import org.plantrace.transmission.RuleBasedChecklists;
import org.plantrace.transmission.Target;
import org.plantrace.transmission.TargetKind;

/**
 * Time of the conformance review (issue 11): one township plan (the invented 王庄堡镇 sample, read
 * from its file, checklist derived, reviewed) warm; all 18 Hunyuan townships, each with a synthetic
 * township plan made of its own checklist's requirements (one article per item, the county's words);
 * and a re-review after one clause of the sample changed (the engine re-reviews the whole plan: there
 * is no incremental path, so this is what a re-review costs). Engine start (tables, gazetteer,
 * checklist rules and layers) is timed apart.
 *
 * <p>Run: {@code mvn -q -o -DskipTests -Dplantrace.build.dir=target-perf package}, then {@code java
 * -Xmx1g -cp "target-perf/test-classes:target-perf/classes:target-perf/lib/*" org.plantrace.bench.ReviewBench}
 */
public final class ReviewBench {
    private static final Path SAMPLE = Path.of("src/test/resources/review/wangzhuangbao.txt");

    public static void main(String[] args) throws Exception {
        Measurement.printMachine();
        PlanVersion county = SeedPlan.version(1, VersionStatus.PUBLISHED);
        Measurement start = Measurement.of(1, 3,
                () -> new ConformanceReviewer(ReviewRules.standard(), PlanPackages.located().linker(SeedPlan.PLAN.code()).gazetteer()));
        row("engine start (review tables, gazetteer)", start);
        RuleBasedChecklists checklists = RuleBasedChecklists.standard();
        ConformanceReviewer reviewer = new ConformanceReviewer(ReviewRules.standard(), PlanPackages.located().linker(SeedPlan.PLAN.code()).gazetteer());
        Target wzb = new Target(TargetKind.TOWNSHIP, "王庄堡镇");

        Measurement one = Measurement.of(3, 11, () -> {
            Outline o = PlanReaders.read(SAMPLE);
            ClauseTree.assignPathIds(o.clauses());
            return reviewer.review(checklists.derive(county, wzb), county, o.clauses(), o.title()).findings().size();
        });
        row("one township plan: read file + checklist + review", one);

        Outline o = PlanReaders.read(SAMPLE);
        List<Clause> clauses = o.clauses();
        ClauseTree.assignPathIds(clauses);
        Checklist wzbList = checklists.derive(county, wzb);
        Measurement reviewOnly = Measurement.of(3, 11, () -> reviewer.review(wzbList, county, clauses, o.title()).findings().size());
        row("one township plan: review only (checklist and text ready)", reviewOnly);

        Clause edited = find(clauses, "人均村庄建设用地");
        Measurement again = Measurement.of(3, 11, () -> {
            edited.setText(edited.text().replace("220平方米/人", "200平方米/人"));
            int n = reviewer.review(wzbList, county, clauses, o.title()).findings().size();
            edited.setText(edited.text().replace("200平方米/人", "220平方米/人"));
            return n;
        });
        row("re-review after a one-clause change (whole plan again)", again);

        List<Target> townships = checklists.targets(county).stream().filter(t -> t.kind() == TargetKind.TOWNSHIP).toList();
        Map<Target, List<Clause>> synthetic = new java.util.LinkedHashMap<>();
        for (Target t : townships) {
            synthetic.put(t, synthetic(checklists.derive(county, t)));
        }
        Measurement all = Measurement.of(2, 7, () -> {
            int n = 0;
            for (Target t : townships) {
                n += reviewer.review(checklists.derive(county, t), county, synthetic.get(t), t.name()).findings().size();
            }
            return n;
        });
        row("all " + townships.size() + " townships (synthetic plans): checklist + review", all);

        Map<Verdict, Integer> verdicts = new EnumMap<>(Verdict.class);
        int items = 0;
        for (Target t : townships) {
            Review r = reviewer.review(checklists.derive(county, t), county, synthetic.get(t), t.name());
            r.summary().forEach((v, n) -> verdicts.merge(v, n, Integer::sum));
            if (Boolean.getBoolean("bench.verbose")) {
                r.findings().stream().filter(f -> f.status() == Verdict.VIOLATED)
                        .forEach(f -> System.out.println("  " + t.name() + " " + f.rule() + " " + f.reason()));
            }
            items += r.findings().size();
        }
        System.out.printf(Locale.ROOT, "synthetic plans (county words carried back): %d findings, %s%n", items, verdicts);
    }

    /** A township plan that carries each item in the county's own words: one article per item. */
    private static List<Clause> synthetic(Checklist c) {
        Clause chapter = new Clause(ClauseKind.CHAPTER, "一", c.target().name() + "规划要求落实");
        int n = 0;
        for (ChecklistItem i : new ArrayList<>(c.items())) {
            Clause a = new Clause(ClauseKind.ARTICLE, String.valueOf(++n), i.category());
            a.setText(i.requirement() + "。");
            chapter.addChild(a);
        }
        List<Clause> forest = List.of(chapter);
        ClauseTree.assignPathIds(forest);
        return forest;
    }

    private static Clause find(List<Clause> forest, String words) {
        for (Clause c : forest) {
            if (c.text().contains(words)) {
                return c;
            }
            Clause inner = find(c.children(), words);
            if (inner != null) {
                return inner;
            }
        }
        return null;
    }

    private static void row(String what, Measurement m) {
        System.out.printf(Locale.ROOT, "%-62s median %8.1f ms  min %8.1f ms  peak heap %5d MB%n", what, m.medianMillis, m.minMillis,
                m.peakHeapBytes >> 20);
    }
}
