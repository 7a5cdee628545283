package org.plantrace.web.compare;

import java.util.List;
import org.plantrace.domain.compare.DiffSegment;

/**
 * One run of a diff as the page renders it: {@code op} is "eq", "del" or "ins" (the page wraps
 * del and ins runs in {@code <del>} / {@code <ins>}); the text is escaped by the page like any
 * other output.
 */
public record DiffRun(String op, String text, boolean mandatory) {

    public static List<DiffRun> of(List<DiffSegment> segments) {
        return segments.stream().map(s -> new DiffRun(switch (s.op()) {
            case EQUAL -> "eq";
            case DELETE -> "del";
            case INSERT -> "ins";
        }, s.text(), s.mandatory())).toList();
    }

    public boolean deleted() {
        return op.equals("del");
    }

    public boolean inserted() {
        return op.equals("ins");
    }

    public boolean kept() {
        return op.equals("eq");
    }

    /** CSS classes: the op's, and in-mandatory inside a mandatory span. */
    public String cssClass() {
        return "diff-" + op + (mandatory ? " in-mandatory" : "");
    }
}
