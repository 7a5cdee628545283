package org.plantrace.domain.compare;

import java.util.List;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.clause.ClauseKind;
import org.plantrace.domain.clause.Span;

/**
 * A clause as it stood in one of the two compared versions: enough to show and classify it
 * without holding on to the (mutable) clause tree.
 *
 * @param parentUid  the durable id of its parent, empty for a top-level clause
 * @param parentTitle the parent's title as read, empty for a top-level clause
 * @param position   its index among its parent's children
 */
public record ClauseState(String uid, String eId, ClauseKind kind, String num, String heading, String text,
        boolean mandatory, List<Span> mandatorySpans, String parentUid, String parentTitle, int position) {
    public ClauseState {
        eId = eId == null ? "" : eId;
        mandatorySpans = List.copyOf(mandatorySpans);
    }

    static ClauseState of(Clause c, Clause parent, int position) {
        return new ClauseState(c.uid(), c.eId(), c.kind(), c.num(), c.heading(), c.text(), c.mandatory(),
                c.mandatorySpans(), parent == null || parent.uid() == null ? "" : parent.uid(),
                parent == null ? "" : parent.displayTitle(), position);
    }

    /** Heading with number, or the kind's name where a clause has neither. */
    public String title() {
        String t = num.isEmpty() ? heading : heading.isEmpty() ? num : num + " " + heading;
        return t.isEmpty() ? "（无标题" + kind.chineseName() + "）" : t;
    }
}
