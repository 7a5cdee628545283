package org.plantrace.domain.compare;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.clause.Span;

/**
 * Compares two clause trees clause by clause. Clauses are paired by durable id, which re-import
 * carries over for unchanged, moved and lightly edited clauses; a clause whose id is only in one
 * tree is added or removed. A clause without a durable id pairs with nothing.
 *
 * <p>"Moved" means a new parent, or a new place among the same siblings: the siblings that keep
 * their relative order are the longest common subsequence of the two orders, and only the others
 * moved. A sibling inserted before a clause therefore renumbers it but does not move it.
 */
public final class VersionComparer {

    public VersionComparison compare(List<Clause> older, List<Clause> newer) {
        Map<String, ClauseState> before = states(older, "older#");
        Map<String, ClauseState> after = states(newer, "newer#");
        Set<String> reordered = reordered(before, after);

        // removed clauses stand after the nearest preceding clause of the older text that survives
        Map<String, List<String>> removedAfter = new HashMap<>();
        List<String> removedFirst = new ArrayList<>();
        String lastSurvivor = null;
        for (String key : before.keySet()) {
            if (after.containsKey(key)) {
                lastSurvivor = key;
            } else if (lastSurvivor == null) {
                removedFirst.add(key);
            } else {
                removedAfter.computeIfAbsent(lastSurvivor, k -> new ArrayList<>()).add(key);
            }
        }

        List<ClauseChange> out = new ArrayList<>();
        removedFirst.forEach(k -> out.add(change(k, before.get(k), null, false)));
        for (Map.Entry<String, ClauseState> e : after.entrySet()) {
            String key = e.getKey();
            out.add(change(key, before.get(key), e.getValue(), reordered.contains(key)));
            removedAfter.getOrDefault(key, List.of()).forEach(k -> out.add(change(k, before.get(k), null, false)));
        }
        return new VersionComparison(out);
    }

    private static ClauseChange change(String key, ClauseState older, ClauseState newer, boolean reordered) {
        String uid = (newer != null ? newer : older).uid();
        uid = uid == null ? "" : uid;
        Set<ChangeKind> kinds = EnumSet.noneOf(ChangeKind.class);
        Set<MandatoryChange> mandatory = EnumSet.noneOf(MandatoryChange.class);
        if (newer == null) {
            kinds.add(ChangeKind.REMOVED);
            if (older.mandatory()) {
                mandatory.add(MandatoryChange.REMOVED);
            }
            return new ClauseChange(uid, older, null, kinds, TextDiff.of(older.heading(), ""),
                    TextDiff.of(older.text(), "", older.mandatorySpans(), List.of()), mandatory);
        }
        if (older == null) {
            kinds.add(ChangeKind.ADDED);
            if (newer.mandatory()) {
                mandatory.add(MandatoryChange.ADDED);
            }
            return new ClauseChange(uid, null, newer, kinds, TextDiff.of("", newer.heading()),
                    TextDiff.of("", newer.text(), List.of(), newer.mandatorySpans()), mandatory);
        }
        boolean moved = !older.parentUid().equals(newer.parentUid()) || reordered;
        if (moved) {
            kinds.add(ChangeKind.MOVED);
        } else if (!older.eId().equals(newer.eId()) || !older.num().equals(newer.num())
                || older.kind() != newer.kind()) {
            kinds.add(ChangeKind.RENUMBERED);
        }
        TextDiff heading = TextDiff.of(older.heading(), newer.heading());
        TextDiff text = TextDiff.of(older.text(), newer.text(), older.mandatorySpans(), newer.mandatorySpans());
        if (heading.changed() || text.changed()) {
            kinds.add(ChangeKind.TEXT_CHANGED);
        }
        if (older.mandatory() != newer.mandatory()) {
            mandatory.add(MandatoryChange.FLAG);
        }
        if (!spansCarriedOver(older.mandatorySpans(), newer.mandatorySpans(), text)) {
            mandatory.add(MandatoryChange.SPANS);
        }
        if (text.touchesOlder(older.mandatorySpans()) || text.touchesNewer(newer.mandatorySpans())) {
            mandatory.add(MandatoryChange.TEXT_IN_SPAN);
        }
        // a heading edit of a clause that is mandatory throughout changes mandatory wording too
        if (heading.changed() && (older.mandatory() && older.mandatorySpans().isEmpty()
                || newer.mandatory() && newer.mandatorySpans().isEmpty())) {
            mandatory.add(MandatoryChange.TEXT_IN_SPAN);
        }
        return new ClauseChange(uid, older, newer, kinds, heading, text, mandatory);
    }

    /** The older spans, carried through the text's edits, are exactly the newer spans. */
    private static boolean spansCarriedOver(List<Span> older, List<Span> newer, TextDiff text) {
        if (older.size() != newer.size()) {
            return false;
        }
        for (int i = 0; i < older.size(); i++) {
            Span o = older.get(i);
            Span n = newer.get(i);
            if (text.map(o.start(), false) != n.start() || text.map(o.end(), true) != n.end()) {
                return false;
            }
        }
        return true;
    }

    /** Every clause in document order, keyed by durable id (or a position key where it has none). */
    private static Map<String, ClauseState> states(List<Clause> roots, String anonymous) {
        Map<String, ClauseState> out = new LinkedHashMap<>();
        collect(roots, null, out, anonymous);
        return out;
    }

    private static void collect(List<Clause> siblings, Clause parent, Map<String, ClauseState> out, String anonymous) {
        for (int i = 0; i < siblings.size(); i++) {
            Clause c = siblings.get(i);
            String key = c.uid() == null || c.uid().isBlank() || out.containsKey(c.uid())
                    ? anonymous + out.size() : c.uid();
            out.put(key, ClauseState.of(c, parent, i));
            collect(c.children(), c, out, anonymous);
        }
    }

    /**
     * Clauses that kept their parent but not their place among the siblings that are in both
     * versions: those outside the longest common subsequence of the two sibling orders.
     */
    private static Set<String> reordered(Map<String, ClauseState> before, Map<String, ClauseState> after) {
        Map<String, List<String>> olderOrder = new LinkedHashMap<>();
        Map<String, List<String>> newerOrder = new LinkedHashMap<>();
        for (Map.Entry<String, ClauseState> e : before.entrySet()) {
            ClauseState n = after.get(e.getKey());
            if (n != null && n.parentUid().equals(e.getValue().parentUid())) {
                olderOrder.computeIfAbsent(e.getValue().parentUid(), k -> new ArrayList<>()).add(e.getKey());
            }
        }
        for (Map.Entry<String, ClauseState> e : after.entrySet()) {
            ClauseState o = before.get(e.getKey());
            if (o != null && o.parentUid().equals(e.getValue().parentUid())) {
                newerOrder.computeIfAbsent(e.getValue().parentUid(), k -> new ArrayList<>()).add(e.getKey());
            }
        }
        Set<String> moved = new HashSet<>();
        for (Map.Entry<String, List<String>> e : olderOrder.entrySet()) {
            List<String> a = e.getValue();
            List<String> b = newerOrder.getOrDefault(e.getKey(), List.of());
            if (a.equals(b)) {
                continue;
            }
            for (AbstractDelta<String> d : DiffUtils.diff(a, b).getDeltas()) {
                moved.addAll(d.getTarget().getLines());
            }
        }
        return moved;
    }
}
