package org.plantrace.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.locationtech.jts.geom.Point;
import org.plantrace.application.trace.PlaceService;
import org.plantrace.application.trace.TownshipTrace;
import org.plantrace.application.trace.TraceMatrix;
import org.plantrace.application.trace.TraceService;
import org.plantrace.conformance.ReviewRules;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.clause.ClauseKind;
import org.plantrace.domain.clause.ClauseTree;
import org.plantrace.domain.plan.Jurisdiction;
import org.plantrace.domain.plan.Plan;
import org.plantrace.domain.plan.PlanLevel;
import org.plantrace.domain.plan.PlanVersion;
import org.plantrace.domain.plan.VersionStatus;
import org.plantrace.planpackage.PlanPackages;
import org.plantrace.search.MemoryPlans;
import org.plantrace.search.SeedPlan;
import org.plantrace.spatial.Feature;
import org.plantrace.spatial.LayerKind;
import org.plantrace.spatial.LayerSet;
import org.plantrace.transmission.Checklist;
import org.plantrace.transmission.ChecklistItem;
import org.plantrace.transmission.RuleBasedChecklists;
import org.plantrace.transmission.Target;
import org.plantrace.transmission.TargetKind;

/**
 * Time of the traceability matrix (issue #12: ≤ 1 s for all 18 townships) and of {@code at} warm
 * (≤ 50 ms). The Hunyuan seed published, and under it, for each of the 18 townships, a synthetic
 * township plan made of its own checklist's requirements (one article per item), stored in memory
 * (the database's share is the loading of 19 versions, timed by the page-view bench). The matrix
 * is: every checklist, every review, the fold into cells and coverage. {@code at} is timed on an
 * interior point of each township, round robin, after a first query built the index and the links.
 *
 * <p>Run: {@code mvn -q -o -DskipTests -Dplantrace.build.dir=target-perf package}, then {@code java
 * -Xmx1g -cp "target-perf/test-classes:target-perf/classes:target-perf/lib/*" org.plantrace.bench.TraceBench}
 */
public final class TraceBench {
    public static void main(String[] args) throws Exception {
        Measurement.printMachine();
        PlanVersion county = SeedPlan.version(1, VersionStatus.PUBLISHED);
        String code = county.plan().code();
        RuleBasedChecklists checklists = RuleBasedChecklists.standard();
        MemoryPlans plans = new MemoryPlans().add(county);
        List<Target> townships = checklists.targets(county).stream().filter(t -> t.kind() == TargetKind.TOWNSHIP).toList();
        for (Target t : townships) {
            Plan p = new Plan(code + "--bench-" + townships.indexOf(t), t.name() + "国土空间总体规划（示例）", PlanLevel.TOWNSHIP,
                    t.name(), 2021, 2035, code, new Jurisdiction(t.name(), "bench-" + townships.indexOf(t), null));
            plans.add(SeedPlan.version(p, 1, VersionStatus.PUBLISHED, synthetic(checklists.derive(county, t))));
        }
        TraceService trace = new TraceService(plans, checklists, ReviewRules.standard(),
                PlanPackages.located().linker(code).gazetteer());

        Measurement matrix = Measurement.of(2, 7, () -> {
            List<TownshipTrace> all = trace.townships(county, null);
            return trace.matrix(county, all).rows().size();
        });
        TraceMatrix m = trace.matrix(county, trace.townships(county, null));
        row("matrix, all " + m.townships().size() + " townships (checklists + reviews + cells)", matrix);
        Measurement cellsOnly;
        {
            List<TownshipTrace> all = trace.townships(county, null);
            cellsOnly = Measurement.of(3, 11, () -> trace.matrix(county, all).rows().size());
        }
        row("matrix: the fold into " + m.rows().size() + " rows only (reviews ready)", cellsOnly);
        Measurement one = Measurement.of(3, 11, () -> trace.matrix(county, trace.townships(county, "王庄堡镇")).rows().size());
        row("matrix, one township (--township 王庄堡镇)", one);

        LayerSet layers = PlanPackages.located().layers(code).orElseThrow();
        List<Point> points = new ArrayList<>();
        for (Feature f : layers.get(LayerKind.TOWNSHIP).orElseThrow().features()) {
            points.add(f.geometry().getInteriorPoint());
        }
        PlaceService place = new PlaceService(plans, PlanPackages.located());
        Measurement cold = Measurement.of(0, 1, () -> place.at(county, points.get(0).getX(), points.get(0).getY()).clauses().size());
        row("at, first query (build the index, link the county version)", cold);
        int[] next = {0};
        Measurement warm = Measurement.of(points.size(), 5 * points.size(), () -> {
            Point p = points.get(next[0]++ % points.size());
            return place.at(county, p.getX(), p.getY()).clauses().size();
        });
        row("at, warm (one interior point per township, round robin)", warm);
        parcels(layers, points);
    }

    /**
     * The note in docs/benchmarks.md (overlay): with 10,000 parcels the STRtree overlay was slower
     * than brute force. For {@code at} the question is the point query: the layer set plus 100 × 100
     * square parcels over the county's envelope, each township's interior point asked through the
     * FeatureIndex and by a scan of every prepared geometry.
     */
    private static void parcels(LayerSet layers, List<Point> points) throws Exception {
        org.locationtech.jts.geom.Envelope e = layers.envelope();
        org.locationtech.jts.geom.GeometryFactory factory = new org.locationtech.jts.geom.GeometryFactory();
        List<Feature> cells = new ArrayList<>();
        int side = 100;
        for (int i = 0; i < side; i++) {
            for (int j = 0; j < side; j++) {
                org.locationtech.jts.geom.Envelope cell = new org.locationtech.jts.geom.Envelope(
                        e.getMinX() + i * e.getWidth() / side, e.getMinX() + (i + 1) * e.getWidth() / side,
                        e.getMinY() + j * e.getHeight() / side, e.getMinY() + (j + 1) * e.getHeight() / side);
                cells.add(new Feature("p" + i + "-" + j, factory.toGeometry(cell), java.util.Map.of()));
            }
        }
        List<org.plantrace.spatial.Layer> all = new ArrayList<>(layers.layers());
        all.add(new org.plantrace.spatial.Layer(LayerKind.OTHER, "parcels", cells, "synthetic", true));
        LayerSet withParcels = new LayerSet(all);
        Measurement build = Measurement.of(1, 5, () -> new org.plantrace.spatial.index.FeatureIndex(withParcels).size());
        row("+ " + cells.size() + " parcels: build the STRtree (prepared geometries)", build);
        org.plantrace.spatial.index.FeatureIndex index = new org.plantrace.spatial.index.FeatureIndex(withParcels);
        List<org.locationtech.jts.geom.prep.PreparedGeometry> prepared = withParcels.layers().stream()
                .flatMap(l -> l.features().stream())
                .map(f -> org.locationtech.jts.geom.prep.PreparedGeometryFactory.prepare(f.geometry())).toList();
        int rounds = 100;
        Measurement tree = Measurement.of(2, 7, () -> {
            int hits = 0;
            for (int r = 0; r < rounds; r++) {
                for (Point p : points) {
                    hits += index.containing(p.getX(), p.getY()).size();
                }
            }
            return hits;
        });
        Measurement scan = Measurement.of(2, 7, () -> {
            int hits = 0;
            for (int r = 0; r < rounds; r++) {
                for (Point p : points) {
                    for (org.locationtech.jts.geom.prep.PreparedGeometry g : prepared) {
                        hits += g.covers(p) ? 1 : 0;
                    }
                }
            }
            return hits;
        });
        int n = rounds * points.size();
        row("+ parcels: " + n + " point queries, STRtree", tree);
        row("+ parcels: " + n + " point queries, scan of prepared geometries", scan);
        System.out.printf(Locale.ROOT, "ratio scan / STRtree: %.1f (medians); %.1f µs vs %.1f µs per point%n",
                scan.medianMillis / tree.medianMillis, 1000 * tree.medianMillis / n, 1000 * scan.medianMillis / n);
    }

    /** A township plan that carries each requirement in the county's own words: one article per item. */
    private static List<Clause> synthetic(Checklist c) {
        Clause chapter = new Clause(ClauseKind.CHAPTER, "一", c.target().name() + "规划要求落实");
        int n = 0;
        for (ChecklistItem i : c.requirements()) {
            Clause a = new Clause(ClauseKind.ARTICLE, String.valueOf(++n), i.category());
            a.setText(i.requirement() + "。");
            a.setUid(c.target().name() + "-" + n); // stored clauses always have one
            chapter.addChild(a);
        }
        List<Clause> forest = List.of(chapter);
        ClauseTree.assignPathIds(forest);
        return forest;
    }

    private static void row(String what, Measurement m) {
        System.out.printf(Locale.ROOT, "%-62s median %8.1f ms  min %8.1f ms  peak heap %5d MB%n", what, m.medianMillis, m.minMillis,
                m.peakHeapBytes >> 20);
    }
}
