package org.plantrace.spatial.validation;

import java.util.List;
import java.util.stream.Collectors;

/** The findings of one validation run, in rule order then layer then feature. */
public record GeometryReport(List<GeometryFinding> findings) {
    public GeometryReport {
        findings = List.copyOf(findings);
    }

    /** No errors (info findings such as "not checked" may remain). */
    public boolean passes() {
        return findings.stream().noneMatch(f -> f.rule().severity() == GeometryRule.Severity.ERROR);
    }

    public List<GeometryFinding> of(GeometryRule rule) {
        return findings.stream().filter(f -> f.rule() == rule).toList();
    }

    public String text() {
        return findings.isEmpty() ? "no findings"
                : findings.stream().map(GeometryFinding::line).collect(Collectors.joining("\n"));
    }
}
