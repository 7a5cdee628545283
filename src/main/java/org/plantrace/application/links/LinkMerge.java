package org.plantrace.application.links;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.link.Anchor;
import org.plantrace.domain.link.Link;
import org.plantrace.domain.link.LinkStatus;

/**
 * Re-derives a clause without losing the drafter's work. A decision (accepted, rejected, edited)
 * survives when extraction suggests the same thing again from the same words: same origin key, same
 * anchor text, and the same occurrence of it in the clause (the second 王庄堡镇 of the text finds the
 * decision about the second). A link the drafter added survives while its text is still in the
 * clause, moved to where the text now is. Everything else the drafter decided about text that is
 * gone is dropped and counted: the words it was about no longer exist.
 */
final class LinkMerge {
    /** The order links of a clause are stored and compared in: by place in the text, then by kind. */
    static final Comparator<Link> ORDER = Comparator.<Link, Integer>comparing(l -> l.anchor().field().ordinal())
            .thenComparingInt(l -> l.anchor().start()).thenComparingInt(l -> l.anchor().end())
            .thenComparing(l -> l.type().ordinal()).thenComparing(l -> l.target().key());

    private LinkMerge() {
    }

    /** What merging kept. */
    record Result(List<Link> links, int kept, int dropped) {
    }

    /**
     * @param derived  extraction's suggestions for the clause, in the target version
     * @param previous the clause's links so far (this version's, or the previous version's)
     */
    static Result merge(Clause clause, int version, List<Link> derived, List<Link> previous) {
        List<Link> out = new ArrayList<>(derived);
        Map<String, List<Integer>> candidates = new LinkedHashMap<>();
        for (int i = 0; i < derived.size(); i++) {
            candidates.computeIfAbsent(groupKey(derived.get(i).origin(), derived.get(i).anchor()), k -> new ArrayList<>())
                    .add(i);
        }
        Map<String, List<Link>> decisions = new LinkedHashMap<>();
        List<Link> added = new ArrayList<>();
        for (Link l : previous.stream().sorted(ORDER).toList()) {
            if (l.status() == LinkStatus.ADDED) {
                added.add(l);
            } else if (l.status().decided()) {
                decisions.computeIfAbsent(groupKey(l.origin(), l.anchor()), k -> new ArrayList<>()).add(l);
            }
        }
        int kept = 0;
        int dropped = 0;
        for (Map.Entry<String, List<Link>> group : decisions.entrySet()) {
            List<Integer> slots = candidates.getOrDefault(group.getKey(), List.of());
            List<Link> decided = group.getValue();
            for (int k = 0; k < decided.size(); k++) {
                if (k < slots.size()) {
                    int slot = slots.get(k);
                    out.set(slot, decided.get(k).at(null, version, derived.get(slot).anchor()));
                    kept++;
                } else {
                    dropped++;
                }
            }
        }
        for (Link l : added) {
            Anchor where = l.anchor().matches(clause.heading(), clause.text()) ? l.anchor()
                    : l.anchor().relocated(clause.heading(), clause.text());
            if (where == null) {
                dropped++;
            } else {
                out.add(l.at(null, version, where));
                kept++;
            }
        }
        out.sort(ORDER);
        return new Result(List.copyOf(out), kept, dropped);
    }

    private static String groupKey(String origin, Anchor anchor) {
        return origin + '\u0000' + anchor.field() + '\u0000' + anchor.text();
    }

    /** Whether two stored link lists of one clause say the same (ids and times aside). */
    static boolean same(List<Link> a, List<Link> b) {
        if (a.size() != b.size()) {
            return false;
        }
        List<Link> x = a.stream().sorted(ORDER).toList();
        List<Link> y = b.stream().sorted(ORDER).toList();
        for (int i = 0; i < x.size(); i++) {
            if (!x.get(i).sameAs(y.get(i))) {
                return false;
            }
        }
        return true;
    }
}
