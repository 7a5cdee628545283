package org.plantrace.search;

import java.util.List;
import java.util.function.Function;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.plan.PlanVersion;

/**
 * The townships, control lines and indicator names linked to a clause, indexed as the filter and
 * facet fields {@code township}, {@code control_line}, {@code indicator} and {@code has_indicator}.
 * {@link LinkFacts} reads them from the link store's effective links; {@link #NONE} links nothing.
 */
public interface ClauseLinks {
    ClauseLinks NONE = (version, clause) -> Facts.EMPTY;

    Facts of(PlanVersion version, Clause clause);

    /**
     * The facts of one version's clauses, asked once each time the version is indexed: an
     * implementation that reads a store fetches the version's links here, once, fresh.
     */
    default Function<Clause, Facts> forVersion(PlanVersion version) {
        return clause -> of(version, clause);
    }

    /**
     * The facts of some clauses of a version (an edit re-indexes those only), each clause asked at
     * most once; by default read as for the whole version. {@code uids} name the edited clauses, the
     * function may still be asked about their sub-clauses.
     */
    default Function<Clause, Facts> forClauses(PlanVersion version, java.util.Set<String> uids) {
        return forVersion(version);
    }

    /**
     * What a clause is linked to. {@code townshipSpellings} maps a spelling the text uses that differs
     * from the canonical name (东方城乡, 青磁窑乡) to that name, so a query in the text's words finds
     * the place too.
     */
    record Facts(List<String> townships, List<String> controlLines, List<String> indicators,
            java.util.Map<String, String> townshipSpellings, List<Figure> figures) {
        public static final Facts EMPTY = new Facts(List.of(), List.of(), List.of());

        public Facts {
            townships = List.copyOf(townships);
            controlLines = List.copyOf(controlLines);
            indicators = List.copyOf(indicators);
            townshipSpellings = townshipSpellings == null ? java.util.Map.of() : java.util.Map.copyOf(townshipSpellings);
            figures = figures == null ? List.of() : List.copyOf(figures);
        }

        public Facts(List<String> townships, List<String> controlLines, List<String> indicators) {
            this(townships, controlLines, indicators, java.util.Map.of(), List.of());
        }

        public Facts(List<String> townships, List<String> controlLines, List<String> indicators,
                java.util.Map<String, String> townshipSpellings) {
            this(townships, controlLines, indicators, townshipSpellings, List.of());
        }
    }

    /**
     * What a clause states of an indicator, in the words a reader expects above the search results:
     * {@code ≥ 73.39 万亩（2035年）}.
     */
    record Figure(String indicator, String text) {
    }
}
