package org.plantrace.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.plantrace.domain.clause.ClauseTree;
import org.plantrace.ingest.Outline;
import org.plantrace.ingest.text.TextReader;

/**
 * Parse speed and memory of the readers on the Hunyuan seed, and text throughput on 1×, 10× and
 * 100× concatenations of it. The baseline in the same run is the least any reader does: decode
 * the bytes and split them into lines.
 *
 * <p>Run: {@code mvn -q -DskipTests package && java -Xmx2g -cp "target/test-classes:target/classes:target/lib/*" org.plantrace.bench.ParseBench}
 */
public final class ParseBench {
    public static void main(String[] args) throws Exception {
        Path seedFile = Path.of("corpus/hunyuan/hunyuan-2021-2035.txt");
        String seed = Files.readString(seedFile, StandardCharsets.UTF_8);
        Measurement.printMachine();

        Measurement txt = Measurement.of(20, 30, () -> new TextReader().read(seedFile));
        row("seed .txt (file)", seed.getBytes(StandardCharsets.UTF_8).length, txt, clauses(new TextReader().read(seedFile)));

        System.out.println();
        System.out.println("| copies | size (MB) | clauses | parse median (ms) | MB/s | baseline: decode + split (ms) | ratio | peak heap (MB) |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        for (int copies : new int[] {1, 10, 100}) {
            String text = seed.repeat(copies);
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            int runs = copies == 100 ? 5 : 15;
            Measurement parse = Measurement.of(3, runs, () -> new TextReader().parse(
                    new String(bytes, StandardCharsets.UTF_8), "x" + copies));
            Measurement base = Measurement.of(3, runs, () -> new String(bytes, StandardCharsets.UTF_8).lines().count());
            int n = clauses(new TextReader().parse(text, "x"));
            System.out.printf(Locale.ROOT, "| %d× | %.1f | %d | %.1f | %.1f | %.1f | %.1f | %d |%n", copies,
                    bytes.length / 1048576.0, n, parse.medianMillis, bytes.length / 1048576.0 / (parse.medianMillis / 1000),
                    base.medianMillis, parse.medianMillis / base.medianMillis, parse.peakHeapBytes >> 20);
        }
        linearity(seed);
        ParseBenchRenditions.run(seedFile);
    }

    /** Best of three per size, in one JVM: the cost per copy should not grow with the size. */
    private static void linearity(String seed) throws Exception {
        System.out.println();
        System.out.println("| copies | best of 3 (ms) | ms per copy |");
        System.out.println("|---|---|---|");
        for (int copies : new int[] {10, 25, 50, 100}) {
            String text = seed.repeat(copies);
            Measurement m = Measurement.of(1, 3, () -> new TextReader().parse(text, "x" + copies));
            System.out.printf(Locale.ROOT, "| %d× | %.1f | %.2f |%n", copies, m.minMillis, m.minMillis / copies);
        }
    }

    static int clauses(Outline o) {
        return ClauseTree.flatten(o.clauses()).size();
    }

    static void row(String what, long bytes, Measurement m, int clauses) {
        System.out.printf(Locale.ROOT, "%-24s %8.1f KB  %5d clauses  median %8.1f ms  min %8.1f ms  peak heap %5d MB%n",
                what, bytes / 1024.0, clauses, m.medianMillis, m.minMillis, m.peakHeapBytes >> 20);
    }
}
