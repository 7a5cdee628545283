package org.plantrace.web.compare;

import org.plantrace.web.i18n.Words;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.plantrace.domain.compare.ChangeKind;
import org.plantrace.domain.compare.ClauseChange;
import org.plantrace.domain.compare.VersionComparison;

/** A comparison for the page: the counts per kind and the changed clauses, all or only the mandatory ones. */
public record ComparisonView(List<KindCount> counts, int mandatoryCount, int changedCount, List<ChangeView> changes) {

    /** The kinds in the order the summary lists them; unchanged clauses are counted but not listed. */
    static final List<ChangeKind> SHOWN = List.of(ChangeKind.ADDED, ChangeKind.REMOVED, ChangeKind.MOVED,
            ChangeKind.RENUMBERED, ChangeKind.TEXT_CHANGED, ChangeKind.UNCHANGED);

    public static ComparisonView of(VersionComparison comparison, boolean onlyMandatory) {
        Map<ChangeKind, Integer> counts = comparison.counts();
        List<KindCount> shown = new ArrayList<>();
        for (ChangeKind k : SHOWN) {
            shown.add(new KindCount(k.name().toLowerCase().replace('_', '-'), Words.here(k), counts.get(k)));
        }
        List<ClauseChange> changed = onlyMandatory ? comparison.mandatoryChanges() : comparison.changes();
        return new ComparisonView(shown, comparison.mandatoryChanges().size(), comparison.changes().size(),
                changed.stream().map(ChangeView::of).toList());
    }
}
