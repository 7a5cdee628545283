package org.plantrace.application.authoring;

import java.util.List;
import java.util.stream.Collectors;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.clause.ClauseTree;
import org.plantrace.domain.clause.Span;

/** How a clause or a whole text is written into the audit trail's before and after. */
final class AuditText {
    private AuditText() {
    }

    /** Heading, text and mandatory marking of one clause. */
    static String of(Clause c) {
        return "【标题】" + c.heading() + "\n【正文】" + c.text() + "\n【强制性】" + mandatory(c);
    }

    static String mandatory(Clause c) {
        if (!c.mandatory()) {
            return "否";
        }
        if (c.mandatorySpans().isEmpty()) {
            return "整条";
        }
        return c.mandatorySpans().stream().map(s -> quote(c.text(), s)).collect(Collectors.joining("；"));
    }

    private static String quote(String text, Span s) {
        int end = Math.min(s.end(), text.length());
        int start = Math.min(s.start(), end);
        return "第 " + (start + 1) + "–" + end + " 字“" + text.substring(start, end) + "”";
    }

    /** A clause with its sub-clauses, indented by depth: what a delete removes. */
    static String subtree(Clause c) {
        return text(List.of(c));
    }

    /** A whole text, one clause per block, indented by depth. */
    static String text(List<Clause> roots) {
        StringBuilder sb = new StringBuilder();
        walk(roots, 0, sb);
        return sb.toString();
    }

    private static void walk(List<Clause> level, int depth, StringBuilder sb) {
        for (Clause c : level) {
            String indent = "  ".repeat(depth);
            sb.append(indent).append('[').append(c.kind().chineseName()).append(' ').append(c.uid()).append("] ")
                    .append(c.displayTitle());
            if (c.mandatory()) {
                sb.append(" （强制性：").append(mandatory(c)).append('）');
            }
            sb.append('\n');
            if (!c.text().isEmpty()) {
                sb.append(indent).append(c.text().replace("\n", "\n" + indent)).append('\n');
            }
            walk(c.children(), depth + 1, sb);
        }
    }

    static int count(List<Clause> roots) {
        return ClauseTree.flatten(roots).size();
    }
}
