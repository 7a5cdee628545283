package org.plantrace.ingest.identity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.clause.ClauseTree;

/**
 * Pairs the clauses of a new tree with those of the previous version. Strategies run from the
 * most to the least certain; whenever one pairs something, matching restarts from the first,
 * because a newly paired parent makes its children's pairing certain:
 * <ol>
 * <li>same content under the paired parent (or both top-level);</li>
 * <li>lightly edited under the paired parent;</li>
 * <li>same content, the only such clause on either side (a moved clause);</li>
 * <li>lightly edited anywhere, best similarity first;</li>
 * <li>same content anywhere, in document order (repeated texts).</li>
 * </ol>
 * "Lightly edited": same kind, and either the same heading with text similarity of at least
 * {@value #MIN_SIMILARITY}, or the same non-empty text under a changed heading.
 */
final class ClauseMatcher {
    static final double MIN_SIMILARITY = 0.6;

    private final Side fresh;
    private final Side old;
    private final Map<Clause, Clause> pairs = new IdentityHashMap<>();
    private final Set<Clause> usedOld = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<Clause> edited = Collections.newSetFromMap(new IdentityHashMap<>());

    ClauseMatcher(List<Clause> newRoots, List<Clause> oldRoots) {
        this.fresh = new Side(newRoots, c -> true);
        // an old clause without an id has nothing to hand on
        this.old = new Side(oldRoots, c -> c.uid() != null && !c.uid().isBlank());
    }

    /** New clause → previous clause whose id it inherits. */
    Map<Clause, Clause> match() {
        List<Strategy> strategies = List.of(this::sameUnderParent, this::editedUnderParent, this::sameAndUnique,
                this::editedAnywhere, this::sameAnywhere);
        int i = 0;
        while (i < strategies.size()) {
            i = strategies.get(i).pairSome() ? 0 : i + 1;
        }
        return pairs;
    }

    boolean wasEdited(Clause newClause) {
        return edited.contains(newClause);
    }

    private interface Strategy {
        boolean pairSome();
    }

    private boolean sameUnderParent() {
        boolean any = false;
        for (Clause n : unpairedNew()) {
            for (Clause o : old.byKey.getOrDefault(fresh.key(n), List.of())) {
                if (!usedOld.contains(o) && parentsPaired(n, o)) {
                    pair(n, o, false);
                    any = true;
                    break;
                }
            }
        }
        return any;
    }

    private boolean editedUnderParent() {
        boolean any = false;
        for (Clause n : unpairedNew()) {
            Clause parent = fresh.parent.get(n);
            List<Clause> siblings = parent == null ? old.roots
                    : pairs.containsKey(parent) ? pairs.get(parent).children() : List.of();
            Clause best = null;
            double bestScore = 0;
            for (Clause o : siblings) {
                double score = usedOld.contains(o) || !old.has(o) ? 0 : editScore(n, o);
                if (score > bestScore) {
                    best = o;
                    bestScore = score;
                }
            }
            if (best != null) {
                pair(n, best, true);
                any = true;
            }
        }
        return any;
    }

    private boolean sameAndUnique() {
        Map<String, List<Clause>> newByKey = new HashMap<>();
        for (Clause n : unpairedNew()) {
            newByKey.computeIfAbsent(fresh.key(n), k -> new ArrayList<>()).add(n);
        }
        boolean any = false;
        for (Map.Entry<String, List<Clause>> e : newByKey.entrySet()) {
            List<Clause> candidates = old.byKey.getOrDefault(e.getKey(), List.of()).stream()
                    .filter(o -> !usedOld.contains(o)).toList();
            if (e.getValue().size() == 1 && candidates.size() == 1) {
                pair(e.getValue().get(0), candidates.get(0), false);
                any = true;
            }
        }
        return any;
    }

    private boolean editedAnywhere() {
        record Candidate(Clause n, Clause o, double score, int order) {
        }
        List<Candidate> candidates = new ArrayList<>();
        List<Clause> unpairedOld = old.order.stream().filter(o -> !usedOld.contains(o)).toList();
        int order = 0;
        for (Clause n : unpairedNew()) {
            for (Clause o : unpairedOld) {
                double score = editScore(n, o);
                if (score > 0) {
                    candidates.add(new Candidate(n, o, score, order++));
                }
            }
        }
        candidates.sort(Comparator.comparingDouble(Candidate::score).reversed()
                .thenComparingInt(Candidate::order));
        boolean any = false;
        for (Candidate c : candidates) {
            if (!pairs.containsKey(c.n()) && !usedOld.contains(c.o())) {
                pair(c.n(), c.o(), true);
                any = true;
            }
        }
        return any;
    }

    private boolean sameAnywhere() {
        boolean any = false;
        for (Clause n : unpairedNew()) {
            for (Clause o : old.byKey.getOrDefault(fresh.key(n), List.of())) {
                if (!usedOld.contains(o)) {
                    pair(n, o, false);
                    any = true;
                    break;
                }
            }
        }
        return any;
    }

    /** 0 if the two are not a light edit of each other, else how alike they are (above 0). */
    private double editScore(Clause n, Clause o) {
        if (n.kind() != o.kind()) {
            return 0;
        }
        boolean sameHeading = fresh.heading(n).equals(old.heading(o));
        boolean sameText = fresh.text(n).equals(old.text(o));
        if (sameText && !sameHeading) {
            return fresh.text(n).isEmpty() ? 0 : 1.0;
        }
        if (sameHeading && !sameText) {
            BigramSimilarity a = fresh.bigrams(n);
            BigramSimilarity b = old.bigrams(o);
            if (a.upperBound(b) < MIN_SIMILARITY) {
                return 0;
            }
            double similarity = a.to(b);
            return similarity >= MIN_SIMILARITY ? similarity : 0;
        }
        return 0; // identical content is for the "same" strategies; different heading and text is not an edit
    }

    private boolean parentsPaired(Clause n, Clause o) {
        Clause newParent = fresh.parent.get(n);
        Clause oldParent = old.parent.get(o);
        if (newParent == null || oldParent == null) {
            return newParent == null && oldParent == null;
        }
        return pairs.get(newParent) == oldParent;
    }

    private List<Clause> unpairedNew() {
        return fresh.order.stream().filter(n -> !pairs.containsKey(n)).toList();
    }

    private void pair(Clause n, Clause o, boolean isEdit) {
        pairs.put(n, o);
        usedOld.add(o);
        if (isEdit) {
            edited.add(n);
        }
    }

    /** One tree, indexed once: document order, parents, content keys and normalized parts. */
    private static final class Side {
        final List<Clause> roots;
        /** The clauses that may be paired, in document order. */
        final List<Clause> order = new ArrayList<>();
        final Map<Clause, Clause> parent = new IdentityHashMap<>();
        final Map<String, List<Clause>> byKey = new HashMap<>();
        private final Map<Clause, String> keys = new IdentityHashMap<>();
        private final Map<Clause, String> headings = new IdentityHashMap<>();
        private final Map<Clause, String> texts = new IdentityHashMap<>();
        private final Map<Clause, BigramSimilarity> bigrams = new IdentityHashMap<>();

        Side(List<Clause> roots, Predicate<Clause> eligible) {
            this.roots = roots;
            ClauseTree.walk(roots, (c, p) -> {
                if (p != null) {
                    parent.put(c, p);
                }
                if (eligible.test(c)) {
                    order.add(c);
                    headings.put(c, ContentKey.normalize(c.heading()));
                    texts.put(c, ContentKey.normalize(c.text()));
                    keys.put(c, ContentKey.of(c));
                    byKey.computeIfAbsent(keys.get(c), k -> new ArrayList<>()).add(c);
                }
            });
        }

        boolean has(Clause c) {
            return keys.containsKey(c);
        }

        String key(Clause c) {
            return keys.get(c);
        }

        String heading(Clause c) {
            return headings.get(c);
        }

        String text(Clause c) {
            return texts.get(c);
        }

        BigramSimilarity bigrams(Clause c) {
            return bigrams.computeIfAbsent(c, k -> new BigramSimilarity(texts.get(k)));
        }
    }
}
