package org.plantrace.search;

import java.util.List;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.plan.PlanVersion;

/**
 * Extension point for the Links issue: the townships, control lines and indicator names linked to
 * a clause. Whatever this returns is indexed as the filter and facet fields {@code township},
 * {@code control_line}, {@code indicator} and {@code has_indicator}. Until links exist, {@link #NONE}.
 */
public interface ClauseLinks {
    ClauseLinks NONE = (version, clause) -> Facts.EMPTY;

    Facts of(PlanVersion version, Clause clause);

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
