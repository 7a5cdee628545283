package org.plantrace.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The judged query set: each query with the headings of its relevant clauses. */
record JudgedQueries(List<Judged> queries) {
    static final Path FILE = Path.of("src/test/resources/search/judged-queries.tsv");

    record Judged(String query, Set<String> relevant) {
    }

    static JudgedQueries load() throws IOException {
        List<Judged> out = new ArrayList<>();
        for (String line : Files.readAllLines(FILE, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            out.add(new Judged(f[0], Set.of(f[1].split("\\|"))));
        }
        return new JudgedQueries(out);
    }

    /**
     * Reciprocal rank of the first relevant heading in the top 10, the share of relevant ones found
     * there (recall@10), and the share of the top 10 that is relevant (precision@10, out of 10
     * places even when fewer hits came back, so that a short list is not flattered).
     */
    record Score(double reciprocalRank, double recall, double precision) {
        /** The best precision@10 any ranking could reach: a query with 2 relevant clauses caps at 0.2. */
        static double precisionCeiling(Set<String> relevant) {
            return Math.min(10, relevant.size()) / 10.0;
        }

        static Score of(List<String> rankedHeadings, Set<String> relevant) {
            double rr = 0;
            int found = 0;
            for (int i = 0; i < Math.min(10, rankedHeadings.size()); i++) {
                if (relevant.contains(rankedHeadings.get(i))) {
                    if (rr == 0) {
                        rr = 1.0 / (i + 1);
                    }
                    found++;
                }
            }
            return new Score(rr, (double) found / relevant.size(), found / 10.0);
        }
    }
}
