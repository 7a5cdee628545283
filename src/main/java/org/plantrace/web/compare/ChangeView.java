package org.plantrace.web.compare;

import org.plantrace.web.i18n.Words;

import java.util.List;
import org.plantrace.domain.compare.ChangeKind;
import org.plantrace.domain.compare.ClauseChange;
import org.plantrace.domain.compare.ClauseState;
import org.plantrace.domain.compare.MandatoryChange;

/**
 * One changed clause, ready for the page: its titles and path ids in both versions, what
 * happened to it (labels and CSS keys), and the runs of its heading and text on both sides.
 */
public record ChangeView(String uid, String title, String olderTitle, String newerTitle, String olderPlace,
        String newerPlace, List<KindCount> kinds, List<String> mandatory, boolean headingChanged,
        List<DiffRun> olderHeading, List<DiffRun> newerHeading, List<DiffRun> olderText, List<DiffRun> newerText,
        boolean inOlder, boolean inNewer) {

    public static ChangeView of(ClauseChange c) {
        ClauseState o = c.older();
        ClauseState n = c.newer();
        List<KindCount> kinds = c.kinds().stream()
                .map(k -> new KindCount(k.name().toLowerCase().replace('_', '-'), Words.here(k), 1)).toList();
        return new ChangeView(c.uid(), c.current().title(), o == null ? "" : o.title(), n == null ? "" : n.title(),
                place(o), place(n), kinds, c.mandatory().stream().map(MandatoryChange::label).toList(),
                c.heading().changed(), DiffRun.of(c.heading().older()), DiffRun.of(c.heading().newer()),
                DiffRun.of(c.text().older()), DiffRun.of(c.text().newer()), o != null, n != null);
    }

    public boolean touchesMandatory() {
        return !mandatory.isEmpty();
    }

    public boolean is(String kind) {
        return kinds.stream().anyMatch(k -> k.key().equals(kind));
    }

    public boolean moved() {
        return is(ChangeKind.MOVED.name().toLowerCase());
    }

    /** Where the clause stands: its path id and parent, for moved and renumbered clauses. */
    private static String place(ClauseState s) {
        if (s == null) {
            return "";
        }
        return s.parentTitle().isEmpty() ? s.eId()
                : org.plantrace.web.i18n.Texts.in("org.plantrace.web.review.Texts", "compare.belongsTo", s.eId(), s.parentTitle());
    }
}
