package org.plantrace.application.findings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.plantrace.domain.account.AccessDeniedException;
import org.plantrace.domain.account.Actor;
import org.plantrace.domain.account.Role;
import org.plantrace.domain.plan.PlanVersion;
import org.plantrace.domain.plan.VersionStatus;
import org.plantrace.extract.lint.Finding;
import org.plantrace.extract.lint.LintRule;
import org.plantrace.extract.lint.Severity;
import org.plantrace.search.SeedPlan;

/** Lint findings of the seed for those who may view them, pinned to clause uids, no data kept apart. */
class FindingsServiceTest {
    static final PlanVersion SEED = SeedPlan.version(1, VersionStatus.PUBLISHED);

    @Test
    void thePublicMayNotViewFindings() {
        FindingsService service = new FindingsService(v -> List.of());
        assertThrows(AccessDeniedException.class, () -> service.findings(Actor.ANONYMOUS, SEED));
        for (Role role : Role.values()) {
            assertNotNull(service.findings(Actor.of("x", role), SEED), role.name());
        }
    }

    @Test
    void theSeedsNameVariantIsAProblemPinnedToItsClause() {
        List<ClauseFinding> found = new FindingsService().findings(Actor.of("王工", Role.DRAFTER), SEED);
        ClauseFinding typo = found.stream().filter(f -> f.finding().rule().equals("ENT001")
                && f.finding().message().contains("东方城乡")).findFirst().orElseThrow();
        assertEquals(ClauseFinding.Group.PROBLEM, typo.group());
        assertNotNull(typo.clauseUid(), "pinned to a clause the page can link to");
        assertTrue(found.stream().anyMatch(f -> f.group() == ClauseFinding.Group.SUMMARY));
        // no data is never counted as a note or a problem
        found.stream().filter(f -> f.finding().noData()).forEach(f -> assertEquals(ClauseFinding.Group.NO_DATA, f.group()));
    }

    @Test
    void noDataIsToldApartFromConsistent() {
        LintRule rule = new LintRule() {
            @Override
            public String id() {
                return "T001";
            }

            @Override
            public List<Finding> check(List<org.plantrace.domain.clause.Clause> forest) {
                String eId = forest.get(0).eId();
                return List.of(new Finding("T001", Severity.INFO, eId, "", "一致。"),
                        new Finding("T001", Severity.INFO, eId, "", "缺少图层，" + Finding.NO_DATA_MARK + "。"),
                        new Finding("T001", Severity.WARNING, eId, "", "不一致。"),
                        new Finding("T001", Severity.INFO, null, "全文", "共核对3处：一致1处，不一致1处，无法核对1处。"));
            }
        };
        FindingsService service = new FindingsService(v -> List.of(rule));
        List<ClauseFinding> found = service.findings(Actor.of("r", Role.REVIEWER), SEED);
        assertEquals(List.of(ClauseFinding.Group.NOTE, ClauseFinding.Group.NO_DATA, ClauseFinding.Group.PROBLEM,
                ClauseFinding.Group.SUMMARY), found.stream().map(ClauseFinding::group).toList());
        assertEquals(SEED.clauses().get(0).uid(), found.get(0).clauseUid());
        assertSame(found, service.findings(Actor.of("r", Role.REVIEWER), SEED), "the same text is checked once");
        assertFalse(found.get(3).finding().noData(), "a summary counting no-data cases is a summary");
    }
}
