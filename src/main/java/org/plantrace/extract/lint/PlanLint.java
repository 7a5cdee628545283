package org.plantrace.extract.lint;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.plantrace.domain.clause.Clause;

/** Runs a set of rules over a plan; findings come back in rule order, then in the rule's own order. */
public final class PlanLint {
    private final List<LintRule> rules;

    public PlanLint(List<LintRule> rules) {
        this.rules = List.copyOf(rules);
    }

    public List<Finding> check(List<Clause> forest) {
        List<Finding> all = new ArrayList<>();
        for (LintRule rule : rules) {
            all.addAll(rule.check(forest));
        }
        // a stable sort keeps each rule's own (document) order inside one rule id
        all.sort(Comparator.comparing(Finding::rule));
        return all;
    }
}
