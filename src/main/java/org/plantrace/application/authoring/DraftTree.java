package org.plantrace.application.authoring;

import java.util.ArrayList;
import java.util.List;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.clause.ClauseTree;
import org.plantrace.domain.message.Message;

/**
 * A version's clause forest opened for restructuring: find a clause with its parent, take it out,
 * put it in at a place. Top-level clauses live in a list of their own, the rest in their parents.
 */
final class DraftTree {
    private final List<Clause> roots;

    DraftTree(List<Clause> roots) {
        this.roots = new ArrayList<>(roots);
    }

    List<Clause> roots() {
        return roots;
    }

    Clause find(String uid) {
        List<Clause> path = ClauseTree.pathTo(roots, uid);
        if (path.isEmpty()) {
            throw new AuthoringException(Message.of("authoring.noClause", uid));
        }
        return path.get(path.size() - 1);
    }

    /** The parent of the clause, null for a top-level clause. */
    Clause parentOf(Clause clause) {
        List<Clause> path = ClauseTree.pathTo(roots, clause.uid());
        return path.size() < 2 ? null : path.get(path.size() - 2);
    }

    List<Clause> siblingsOf(Clause clause) {
        Clause parent = parentOf(clause);
        return parent == null ? roots : parent.children();
    }

    int indexOf(Clause clause) {
        List<Clause> siblings = siblingsOf(clause);
        for (int i = 0; i < siblings.size(); i++) {
            if (siblings.get(i) == clause) {
                return i;
            }
        }
        throw new IllegalStateException("clause not among its siblings: " + clause.uid());
    }

    /** The sibling just before (offset -1) or after (+1), or null. */
    Clause sibling(Clause clause, int offset) {
        List<Clause> siblings = siblingsOf(clause);
        int i = indexOf(clause) + offset;
        return i >= 0 && i < siblings.size() ? siblings.get(i) : null;
    }

    void remove(Clause clause) {
        Clause parent = parentOf(clause);
        if (parent == null) {
            roots.remove(indexOf(clause));
        } else {
            parent.removeChild(clause);
        }
    }

    /** Puts a clause (not in the tree) at the placement relative to the anchor (in the tree). */
    void place(Clause clause, Clause anchor, Placement placement) {
        switch (placement) {
            case FIRST_CHILD -> anchor.insertChild(0, clause);
            case LAST_CHILD -> anchor.addChild(clause);
            case BEFORE, AFTER -> {
                Clause parent = parentOf(anchor);
                int at = indexOf(anchor) + (placement == Placement.AFTER ? 1 : 0);
                if (parent == null) {
                    roots.add(at, clause);
                } else {
                    parent.insertChild(at, clause);
                }
            }
        }
    }

    /** True if {@code inner} is {@code outer} or lies inside its sub-tree. */
    static boolean within(Clause inner, Clause outer) {
        return !ClauseTree.pathTo(List.of(outer), inner.uid()).isEmpty();
    }
}
