package org.plantrace.extract.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.plantrace.domain.clause.Clause;

/** The neutral lint model: rules run in any order, findings come back grouped by rule id. */
class PlanLintTest {
    private static LintRule rule(String id, String... clauses) {
        return new LintRule() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public List<Finding> check(List<Clause> forest) {
                return java.util.Arrays.stream(clauses).map(c -> new Finding(id, Severity.INFO, c, null, "消息")).toList();
            }
        };
    }

    @Test
    void findingsAreGroupedByRuleKeepingEachRulesOrder() {
        List<Finding> f = new PlanLint(List.of(rule("ENT002", "x"), rule("ENT001", "b", "a"))).check(List.of());
        assertEquals(List.of("ENT001 b", "ENT001 a", "ENT002 x"), f.stream().map(x -> x.rule() + " " + x.clauseId()).toList());
        assertEquals("", f.get(0).location(), "a missing location is empty, not null");
    }

    @Test
    void aFindingNeedsRuleSeverityAndMessage() {
        assertThrows(NullPointerException.class, () -> new Finding(null, Severity.ERROR, "c", "", "m"));
        assertThrows(NullPointerException.class, () -> new Finding("R", null, "c", "", "m"));
        assertEquals("warning", Severity.WARNING.jsonName());
    }
}
