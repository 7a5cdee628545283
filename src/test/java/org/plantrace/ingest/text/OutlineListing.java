package org.plantrace.ingest.text;

import java.util.List;
import org.plantrace.domain.clause.Clause;

/**
 * The outline as an indented listing, one heading a line: "  article 划定生态保护红线". The
 * expected outline of the Hunyuan plan is written in this form in src/test/resources.
 */
public final class OutlineListing {
    private OutlineListing() {
    }

    public static String of(List<Clause> clauses) {
        StringBuilder b = new StringBuilder();
        write(clauses, 0, b);
        return b.toString();
    }

    private static void write(List<Clause> clauses, int depth, StringBuilder b) {
        for (Clause c : clauses) {
            b.append("  ".repeat(depth)).append(c.kind().jsonName());
            if (!c.heading().isEmpty()) {
                b.append(' ').append(c.heading());
            }
            b.append('\n');
            write(c.children(), depth + 1, b);
        }
    }
}
