package org.plantrace.bench;

import java.util.List;
import java.util.Locale;
import org.plantrace.domain.plan.PlanVersion;
import org.plantrace.domain.plan.VersionStatus;
import org.plantrace.search.SeedPlan;
import org.plantrace.transmission.Checklist;
import org.plantrace.transmission.RuleBasedChecklists;
import org.plantrace.transmission.Target;

/**
 * Time to derive every transmission checklist of the Hunyuan seed (18 townships + 7 detailed-plan
 * units). The engine reads a version once (entity linking, pieces, fingerprints) and derives all
 * targets from that reading; the obvious alternative, measured in the same run, reads the version
 * again for every target. Also the engine's start (rules, layers, overlays) and a cached repeat.
 * Formats (docx, pdf, json) are timed by the outputs' own bench.
 *
 * <p>Run: {@code mvn -q -Dplantrace.build.dir=target-x -DskipTests test-compile && java -Xmx2g -cp
 * "target-x/test-classes:target-x/classes:$(cat cp.txt)" org.plantrace.bench.ChecklistBench}
 */
public final class ChecklistBench {
    public static void main(String[] args) throws Exception {
        Measurement.printMachine();
        PlanVersion v = SeedPlan.version(1, VersionStatus.PUBLISHED);
        Measurement start = Measurement.of(1, 5, RuleBasedChecklists::standard);
        row("engine start (rules, gazetteer, layers, overlays)", start);
        RuleBasedChecklists engine = RuleBasedChecklists.standard();
        List<Target> targets = engine.targets(v);
        int items = targets.stream().mapToInt(t -> engine.derive(v, t).items().size()).sum();
        System.out.printf(Locale.ROOT, "targets: %d, items: %d%n", targets.size(), items);

        Measurement shared = Measurement.of(3, 11, () -> {
            engine.clearCache();
            return all(engine, v, targets, false);
        });
        row("all checklists, one reading of the version", shared);
        Measurement perTarget = Measurement.of(1, 5, () -> all(engine, v, targets, true));
        row("all checklists, the version read again per target", perTarget);
        System.out.printf(Locale.ROOT, "ratio per-target reading / shared reading: %.2f (medians), %.2f (minima)%n",
                perTarget.medianMillis / shared.medianMillis, perTarget.minMillis / shared.minMillis);
        Measurement cached = Measurement.of(3, 11, () -> all(engine, v, targets, false));
        row("all checklists, version already read (cache hit)", cached);
    }

    private static Integer all(RuleBasedChecklists engine, PlanVersion v, List<Target> targets, boolean rereadEach) {
        int n = 0;
        for (Target t : targets) {
            if (rereadEach) {
                engine.clearCache();
            }
            Checklist c = engine.derive(v, t);
            n += c.items().size();
        }
        return n;
    }

    private static void row(String what, Measurement m) {
        System.out.printf(Locale.ROOT, "%-55s median %8.1f ms  min %8.1f ms  peak heap %5d MB%n", what, m.medianMillis,
                m.minMillis, m.peakHeapBytes >> 20);
    }
}
