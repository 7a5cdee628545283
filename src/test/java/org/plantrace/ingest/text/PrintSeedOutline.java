package org.plantrace.ingest.text;

import java.nio.file.Path;
import org.plantrace.ingest.Outline;

/** Prints the seed's outline with source lines: a tool for reviewing the expected outline. */
public final class PrintSeedOutline {
    public static void main(String[] args) throws Exception {
        Outline o = new TextReader().read(Path.of(args.length > 0 ? args[0] : "corpus/hunyuan/hunyuan-2021-2035.txt"));
        print(o.clauses(), 0);
        o.warnings().forEach(w -> System.out.println("WARN " + w.location() + " " + w.message()));
    }

    private static void print(java.util.List<org.plantrace.domain.clause.Clause> cs, int d) {
        for (var c : cs) {
            System.out.printf("%-8s %s%s %s%n", c.location().replaceAll("[^0-9]", ""), "  ".repeat(d), c.kind().jsonName(), c.heading());
            print(c.children(), d + 1);
        }
    }
}
