package org.plantrace.domain.compare;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Every clause of two versions, paired and classified, in reading order of the newer version
 * (a removed clause stands where it stood in the older one).
 */
public record VersionComparison(List<ClauseChange> clauses) {
    public VersionComparison {
        clauses = List.copyOf(clauses);
    }

    /** The clauses with something to show. */
    public List<ClauseChange> changes() {
        return clauses.stream().filter(ClauseChange::changed).toList();
    }

    /** The changes that touch mandatory provisions. */
    public List<ClauseChange> mandatoryChanges() {
        return clauses.stream().filter(ClauseChange::touchesMandatory).toList();
    }

    /** How many clauses have each kind (a moved and edited clause counts under both). */
    public Map<ChangeKind, Integer> counts() {
        Map<ChangeKind, Integer> counts = new EnumMap<>(ChangeKind.class);
        for (ChangeKind k : ChangeKind.values()) {
            counts.put(k, 0);
        }
        for (ClauseChange c : clauses) {
            for (ChangeKind k : c.kinds()) {
                counts.merge(k, 1, Integer::sum);
            }
        }
        return counts;
    }

    public int count(ChangeKind kind) {
        return counts().get(kind);
    }

    public ClauseChange find(String uid) {
        return clauses.stream().filter(c -> c.uid().equals(uid)).findFirst().orElse(null);
    }
}
