package org.plantrace.application.trace;

import java.util.List;
import org.plantrace.conformance.Finding;

/**
 * What a change to one county clause touches: every township whose checklist draws from it, the
 * items it puts there, the township clauses that carry them now, and the stored reviews of those
 * townships' plans (empty where none is stored; the verdicts are then the engine's, marked
 * {@link TownshipTrace#AUTOMATIC}).
 */
public record Impact(String countyCode, int countyVersion, String uid, String path, String heading, String citation,
        Draft draft, List<Township> townships, List<Review> reviews) {
    public Impact {
        townships = List.copyOf(townships);
        reviews = List.copyOf(reviews);
    }

    public Impact(String countyCode, int countyVersion, String uid, String path, String heading, String citation,
            Draft draft, List<Township> townships) {
        this(countyCode, countyVersion, uid, path, heading, citation, draft, townships, List.of());
    }

    /**
     * A stored review the change reaches: the newest review of an affected township plan, and how many
     * of the clause's items in it a reviewer decided — the decisions a change to the clause puts in
     * question (they turn suspect once the change is published).
     */
    public record Review(String township, String plan, long id, int townshipVersion, int countyVersion, String reviewer,
            java.time.Instant at, int decided) {
    }

    /**
     * The county's newer unpublished version, if there is one, and what it does to the clause
     * ({@code changed}, {@code unchanged}, {@code removed}, or {@code added} for a clause only the
     * draft has): the change a drafter is about to publish, seen before it is.
     */
    public record Draft(int version, String status, String change) {
        public static final String CHANGED = "changed";
        public static final String UNCHANGED = "unchanged";
        public static final String REMOVED = "removed";
        public static final String ADDED = "added";
    }

    /** A township affected: its plan (null without one), the version the verdicts are about, and its items. */
    public record Township(String name, String plan, int planVersion, String basis, List<Item> items) {
        public Township {
            items = List.copyOf(items);
        }
    }

    /** One item from the clause, its verdict and the township clauses carrying it; {@code sources}: all its county clauses. */
    public record Item(String category, String requirement, boolean mandatory, CellStatus status,
            List<Finding.TownshipCite> townshipClauses, List<String> sources) {
        public Item {
            townshipClauses = List.copyOf(townshipClauses);
            sources = List.copyOf(sources);
        }
    }
}
