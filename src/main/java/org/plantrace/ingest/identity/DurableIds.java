package org.plantrace.ingest.identity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.clause.ClauseTree;

/**
 * Gives every clause its durable id ({@link Clause#uid()}), replacing whatever it had.
 *
 * <p>A first import ({@link #assignFresh}) derives ids from content alone, so reading the same
 * file twice, anywhere, gives the same ids. A re-import ({@link #carryOver}) keeps the id of every
 * clause found again in the previous version — unchanged wherever it moved, or lightly edited —
 * and gives the rest new ids that no clause of the previous version had. Each previous id goes to
 * at most one clause.
 */
public final class DurableIds {
    private DurableIds() {
    }

    /** Content-derived ids for a tree with no previous version. */
    public static IdReport assignFresh(List<Clause> roots) {
        return carryOver(roots, List.of());
    }

    /**
     * A new durable id for a clause a drafter adds: derived from its content like every other id,
     * and different from every id in {@code taken} (pass all ids the plan ever used, so that an
     * old citation never lands on a new clause).
     */
    public static String mintNew(Clause clause, java.util.Collection<String> taken) {
        return new IdMinter(taken).mint(ContentKey.of(clause), 1);
    }

    /** Ids for a new version of a text whose previous version is {@code previousRoots}. */
    public static IdReport carryOver(List<Clause> roots, List<Clause> previousRoots) {
        List<String> oldIds = new ArrayList<>();
        ClauseTree.walk(previousRoots, (c, p) -> {
            if (c.uid() != null && !c.uid().isBlank()) {
                oldIds.add(c.uid());
            }
        });
        ClauseMatcher matcher = new ClauseMatcher(roots, previousRoots);
        Map<Clause, Clause> pairs = matcher.match();

        // reserve every old id first: a fresh id must not take one that a later clause keeps or that was dropped
        IdMinter minter = new IdMinter(oldIds);
        Map<String, Integer> occurrences = new HashMap<>();
        int kept = 0;
        int edited = 0;
        int fresh = 0;
        for (Clause c : ClauseTree.flatten(roots)) {
            String key = ContentKey.of(c);
            int occurrence = occurrences.merge(key, 1, Integer::sum);
            Clause previous = pairs.get(c);
            if (previous != null) {
                c.setUid(previous.uid());
                if (matcher.wasEdited(c)) {
                    edited++;
                } else {
                    kept++;
                }
            } else {
                c.setUid(minter.mint(key, occurrence));
                fresh++;
            }
        }
        return new IdReport(kept, edited, fresh, oldIds.size() - pairs.size());
    }
}
