package org.plantrace.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.clause.ClauseTree;
import org.plantrace.extract.entity.EntityLinker;
import org.plantrace.extract.entity.Gazetteer;
import org.plantrace.extract.entity.GazetteerFormat;

/**
 * Entity-linking speed on the Hunyuan seed and on 1×, 10× and 100× concatenations of it: the
 * clause tree is parsed once (not timed), then every clause's heading and text is linked against
 * {@code corpus/hunyuan/gazetteer.tsv}. Loading the gazetteer (file → trie) is timed apart.
 *
 * <p>Run: {@code mvn -q -o -DskipTests package && java -Xmx2g -cp "target/test-classes:target/classes:target/lib/*" org.plantrace.bench.LinkBench}
 */
public final class LinkBench {
    public static void main(String[] args) throws Exception {
        Path seedFile = Path.of("corpus/hunyuan/hunyuan-2021-2035.txt");
        Path gazetteerFile = Path.of("corpus/hunyuan/gazetteer.tsv");
        String seed = Files.readString(seedFile, StandardCharsets.UTF_8);
        Measurement.printMachine();

        Gazetteer gazetteer = GazetteerFormat.read(gazetteerFile);
        Measurement load = Measurement.of(20, 30, () -> GazetteerFormat.read(gazetteerFile));
        System.out.printf(Locale.ROOT, "gazetteer load (%d entities): median %.2f ms, min %.2f ms%n",
                gazetteer.entities().size(), load.medianMillis, load.minMillis);
        EntityLinker linker = new EntityLinker(gazetteer);

        System.out.println();
        System.out.println("| copies | chars | clauses | mentions | link median (ms) | min (ms) | M chars/s | peak heap (MB) |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        for (int copies : new int[] {1, 10, 100}) {
            List<Clause> forest = new org.plantrace.ingest.text.TextReader().parse(seed.repeat(copies), "x" + copies).clauses();
            List<Clause> flat = ClauseTree.flatten(forest);
            long chars = flat.stream().mapToLong(c -> c.heading().length() + c.textLength()).sum();
            int runs = copies == 100 ? 9 : 31;
            Measurement m = Measurement.of(copies == 100 ? 3 : 30, runs, () -> linker.linkAll(forest));
            int mentions = linker.linkAll(forest).values().stream().mapToInt(List::size).sum();
            System.out.printf(Locale.ROOT, "| %d× | %d | %d | %d | %.1f | %.1f | %.1f | %d |%n", copies, chars, flat.size(),
                    mentions, m.medianMillis, m.minMillis, chars / 1e6 / (m.medianMillis / 1000), m.peakHeapBytes >> 20);
        }
    }
}
