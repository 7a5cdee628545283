package org.plantrace.domain.clause;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/** Walks and addresses a forest of clauses. */
public final class ClauseTree {
    private ClauseTree() {
    }

    /** Every clause, parents before children, in document order. */
    public static List<Clause> flatten(List<Clause> roots) {
        List<Clause> out = new ArrayList<>();
        walk(roots, (c, parent) -> out.add(c));
        return out;
    }

    /** Visits every clause with its parent (null for roots), in document order. */
    public static void walk(List<Clause> roots, BiConsumer<Clause, Clause> visitor) {
        for (Clause c : roots) {
            walk(c, null, visitor);
        }
    }

    private static void walk(Clause c, Clause parent, BiConsumer<Clause, Clause> visitor) {
        visitor.accept(c, parent);
        for (Clause child : c.children()) {
            walk(child, c, visitor);
        }
    }

    /**
     * Gives every clause its readable path id: the parent's id, "__", the kind's prefix and the
     * clause's ordinal among its siblings of the same kind ({@code chp_3__sec_1__art_2}). Numbers
     * are counted rather than read from {@code num} because plain-text exports lose them.
     */
    public static void assignPathIds(List<Clause> roots) {
        assign(roots, "");
    }

    private static void assign(List<Clause> siblings, String prefix) {
        java.util.Map<ClauseKind, Integer> counters = new java.util.EnumMap<>(ClauseKind.class);
        for (Clause c : siblings) {
            int n = counters.merge(c.kind(), 1, Integer::sum);
            String id = prefix + c.kind().idPrefix() + "_" + n;
            c.setEId(id);
            assign(c.children(), id + "__");
        }
    }

    /** Ancestors of the clause with the given uid, outermost first, ending with the clause itself. */
    public static List<Clause> pathTo(List<Clause> roots, String uid) {
        List<Clause> path = new ArrayList<>();
        return find(roots, uid, path) ? path : List.of();
    }

    private static boolean find(List<Clause> level, String uid, List<Clause> path) {
        for (Clause c : level) {
            path.add(c);
            if (uid.equals(c.uid()) || find(c.children(), uid, path)) {
                return true;
            }
            path.remove(path.size() - 1);
        }
        return false;
    }
}
