package org.plantrace.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.clause.ClauseTree;
import org.plantrace.extract.indicator.IndicatorExtractor;
import org.plantrace.ingest.text.TextReader;

/**
 * Indicator extraction speed on the Hunyuan seed and on 100× the seed: the clauses are parsed
 * first (not timed), then every clause's text goes through {@link IndicatorExtractor}. Prints
 * markdown rows for docs/benchmarks.md.
 *
 * <p>Run: {@code mvn -q -DskipTests package && java -Xmx2g -cp "target/test-classes:target/classes:target/lib/*" org.plantrace.bench.ExtractBench}
 */
public final class ExtractBench {
    public static void main(String[] args) throws Exception {
        String seed = Files.readString(Path.of("corpus/hunyuan/hunyuan-2021-2035.txt"), StandardCharsets.UTF_8);
        Measurement.printMachine();
        IndicatorExtractor extractor = new IndicatorExtractor();
        System.out.println();
        System.out.println("| input | text (MB) | clauses | indicators | extract median (ms) | min (ms) | MB/s | peak heap (MB) |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        for (int copies : new int[] {1, 100}) {
            List<Clause> clauses = ClauseTree.flatten(new TextReader().parse(seed.repeat(copies), "x" + copies).clauses());
            long chars = clauses.stream().mapToLong(Clause::textLength).sum();
            double mb = clauses.stream().mapToLong(c -> c.text().getBytes(StandardCharsets.UTF_8).length).sum() / 1048576.0;
            int runs = copies == 100 ? 7 : 30;
            Measurement m = Measurement.of(copies == 100 ? 2 : 20, runs, () -> count(extractor, clauses));
            System.out.printf(Locale.ROOT, "| seed ×%d | %.2f | %d | %d | %.1f | %.1f | %.1f | %d |%n", copies, mb,
                    clauses.size(), count(extractor, clauses), m.medianMillis, m.minMillis, mb / (m.medianMillis / 1000),
                    m.peakHeapBytes >> 20);
            if (chars == 0) {
                throw new IllegalStateException("no clause text");
            }
        }
    }

    private static Integer count(IndicatorExtractor extractor, List<Clause> clauses) {
        int n = 0;
        for (Clause c : clauses) {
            n += extractor.extract(c).size();
        }
        return n;
    }
}
