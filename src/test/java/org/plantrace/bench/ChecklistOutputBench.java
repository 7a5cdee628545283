package org.plantrace.bench;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.plantrace.domain.plan.PlanVersion;
import org.plantrace.domain.plan.VersionStatus;
import org.plantrace.search.SeedPlan;
import org.plantrace.transmission.Checklist;
import org.plantrace.transmission.RuleBasedChecklists;
import org.plantrace.transmission.Target;
import org.plantrace.transmission.output.ChecklistFormat;
import org.plantrace.transmission.output.ChecklistWriter;

/**
 * Time to generate every transmission checklist of the Hunyuan seed (all townships and detailed-plan
 * units) in all three formats in one run — derivation included, as {@code checklist --all} does it
 * for each format — and, in the same run, each format alone; JSON only is the obvious alternative
 * (no template, no font). Files are written to memory, so disk speed is not measured.
 *
 * <p>Run from the project folder (the Word template is {@code templates/checklist/checklist.xml}):
 * {@code mvn -q -Dplantrace.build.dir=target-x -DskipTests test-compile dependency:build-classpath
 * -Dmdep.outputFile=cp.txt -Dmdep.includeScope=test && java -Xmx2g -cp
 * "target-x/test-classes:target-x/classes:$(cat cp.txt)" org.plantrace.bench.ChecklistOutputBench}
 */
public final class ChecklistOutputBench {
    public static void main(String[] args) throws Exception {
        Measurement.printMachine();
        PlanVersion v = SeedPlan.version(1, VersionStatus.PUBLISHED);
        RuleBasedChecklists engine = RuleBasedChecklists.standard();
        List<Target> targets = engine.targets(v);
        ChecklistWriter writer = ChecklistWriter.standard();
        List<Checklist> lists = new ArrayList<>();
        for (Target t : targets) {
            lists.add(engine.derive(v, t));
        }
        int items = lists.stream().mapToInt(c -> c.items().size()).sum();
        System.out.printf(Locale.ROOT, "targets: %d, items: %d%n", targets.size(), items);
        for (ChecklistFormat f : ChecklistFormat.values()) {
            System.out.printf(Locale.ROOT, "bytes, all targets, %s: %d kB%n", f.extension(), write(writer, lists, f) >> 10);
        }

        Measurement everything = Measurement.of(2, 7, () -> {
            engine.clearCache();
            long bytes = 0;
            for (ChecklistFormat f : ChecklistFormat.values()) {
                bytes += write(writer, derive(engine, v, targets), f);
            }
            return bytes;
        });
        row("derive + write all targets, json + docx + pdf", everything);
        Measurement jsonOnly = Measurement.of(2, 7, () -> {
            engine.clearCache();
            return write(writer, derive(engine, v, targets), ChecklistFormat.JSON);
        });
        row("derive + write all targets, json only", jsonOnly);
        System.out.printf(Locale.ROOT, "ratio all formats / json only: %.1f (medians), %.1f (minima)%n",
                everything.medianMillis / jsonOnly.medianMillis, everything.minMillis / jsonOnly.minMillis);
        for (ChecklistFormat f : ChecklistFormat.values()) {
            row("write only (already derived), " + f.extension(), Measurement.of(2, 7, () -> write(writer, lists, f)));
        }
    }

    private static List<Checklist> derive(RuleBasedChecklists engine, PlanVersion v, List<Target> targets) {
        List<Checklist> out = new ArrayList<>();
        for (Target t : targets) {
            out.add(engine.derive(v, t));
        }
        return out;
    }

    private static long write(ChecklistWriter writer, List<Checklist> lists, ChecklistFormat format) throws Exception {
        long bytes = 0;
        for (Checklist c : lists) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            writer.write(c, format, out);
            bytes += out.size();
        }
        return bytes;
    }

    private static void row(String what, Measurement m) {
        System.out.printf(Locale.ROOT, "%-50s median %8.1f ms  min %8.1f ms  peak heap %5d MB%n", what, m.medianMillis,
                m.minMillis, m.peakHeapBytes >> 20);
    }
}
