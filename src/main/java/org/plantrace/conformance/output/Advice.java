package org.plantrace.conformance.output;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import org.plantrace.conformance.Finding;
import org.plantrace.conformance.ReviewTable;
import org.plantrace.conformance.Verdict;
import org.plantrace.transmission.TemplatesLocator;

/**
 * {@code templates/review/advice.tsv}: the 修改意见 the 审查意见书 puts after each finding's reason.
 * Without the file the 审查意见书 shows the reason alone.
 */
final class Advice {
    private final Map<Verdict, String> byVerdict;

    private Advice(Map<Verdict, String> byVerdict) {
        this.byVerdict = byVerdict;
    }

    /** The located templates folder's table, read once per document. */
    static Advice standard() {
        return new Advice(read());
    }

    private static Map<Verdict, String> read() {
        Map<Verdict, String> out = new EnumMap<>(Verdict.class);
        Path file = TemplatesLocator.templatesRoot().resolve("review").resolve("advice.tsv");
        if (!Files.isRegularFile(file)) {
            return out;
        }
        for (String[] r : ReviewTable.read(file)) {
            for (Verdict v : Verdict.values()) {
                if (v.code().equals(r[0]) && r.length > 1 && !r[1].isBlank()) {
                    out.put(v, r[1]);
                }
            }
        }
        return out;
    }

    /** The reason, then the advice of its verdict: 问题说明与修改意见. */
    String explained(Finding f) {
        String advice = byVerdict.get(f.status());
        return advice == null ? f.reason() : f.reason() + "。" + advice;
    }
}
