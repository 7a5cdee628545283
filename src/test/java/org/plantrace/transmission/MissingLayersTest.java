package org.plantrace.transmission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plantrace.domain.plan.PlanVersion;
import org.plantrace.domain.plan.VersionStatus;
import org.plantrace.planpackage.PlanPackages;
import org.plantrace.search.SeedPlan;

/**
 * Without layers the text rules still apply, the area items say the layer is missing (no data is
 * not "no constraint"), and no detailed-plan unit is invented. Derivation is deterministic.
 */
class MissingLayersTest {

    @Test
    void withoutLayersAreasAreReportedMissingAndThereAreNoUnits() {
        RuleBasedChecklists engine = new RuleBasedChecklists(DerivationRules.read(Path.of("templates")),
                PlanPackages.located().linker(SeedPlan.PLAN.code()), null, Clock.systemUTC());
        PlanVersion v = SeedPlan.version(1, VersionStatus.PUBLISHED);
        List<Target> targets = engine.targets(v);
        assertEquals(18, targets.size());
        assertTrue(targets.stream().allMatch(t -> t.kind() == TargetKind.TOWNSHIP));
        Checklist wzb = engine.derive(v, new Target(TargetKind.TOWNSHIP, "王庄堡镇"));
        // a missing layer is a note to the reader, not a numbered item (issue #14.2)
        assertTrue(wzb.items().stream().noneMatch(i -> i.rule().equals("d-pbf-area")));
        assertTrue(wzb.notes().stream().anyMatch(n -> n.contains("缺少“永久基本农田”图层")), wzb.notes().toString());
        assertTrue(wzb.items().stream().anyMatch(i -> i.requirement().contains("220千伏王庄堡变")));
    }

    @Test
    void theSameVersionGivesTheSameItemsInTheSameOrder() {
        PlanVersion v = SeedPlan.version(1, VersionStatus.PUBLISHED);
        RuleBasedChecklists a = RuleBasedChecklists.standard();
        RuleBasedChecklists b = RuleBasedChecklists.standard();
        for (Target t : a.targets(v)) {
            assertEquals(a.derive(v, t).items(), b.derive(v, t).items(), t.name());
        }
        assertEquals(a.targets(v), b.targets(v));
    }

    @Test
    void itemsComeGroupedByCategoryInTheCategoriesOrder() {
        RuleBasedChecklists engine = RuleBasedChecklists.standard();
        PlanVersion v = SeedPlan.version(1, VersionStatus.PUBLISHED);
        for (Target t : engine.targets(v)) {
            int last = -1;
            // the requirements by category; the illustrative estimates follow in their own section
            for (ChecklistItem i : engine.derive(v, t).requirements()) {
                int rank = engine.rules().categoryRank(i.category());
                assertTrue(rank >= last, t.name() + ": " + i.category() + " out of order");
                last = rank;
            }
        }
    }
}
