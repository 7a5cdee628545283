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

    /** What a clause is linked to. */
    record Facts(List<String> townships, List<String> controlLines, List<String> indicators) {
        public static final Facts EMPTY = new Facts(List.of(), List.of(), List.of());

        public Facts {
            townships = List.copyOf(townships);
            controlLines = List.copyOf(controlLines);
            indicators = List.copyOf(indicators);
        }
    }
}
