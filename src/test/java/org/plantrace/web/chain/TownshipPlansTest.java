package org.plantrace.web.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plantrace.domain.plan.Jurisdiction;
import org.plantrace.domain.plan.Plan;
import org.plantrace.domain.plan.PlanLevel;
import org.plantrace.domain.plan.PlanVersion;
import org.plantrace.domain.plan.VersionStatus;
import org.plantrace.web.InMemoryPlanRepository;

/** A township chip leads to the township's own plans, as far as the visitor may see them. */
class TownshipPlansTest {
    static final Instant T = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void aTownshipsPlansAreFoundByItsGazetteerId() {
        InMemoryPlanRepository r = new InMemoryPlanRepository();
        r.store(new PlanVersion(new Plan("c", "县规划", PlanLevel.COUNTY, "", 2021, 2035), 0, VersionStatus.PUBLISHED,
                T, T, "c.txt", List.of()));
        Plan wang = new Plan("c--tw-w", "王庄堡镇规划", PlanLevel.TOWNSHIP, "王庄堡镇", 2021, 2035, "c",
                new Jurisdiction("王庄堡镇", "tw-w", ""));
        Plan village = new Plan("c--tw-w--village", "王庄堡镇村庄规划", PlanLevel.VILLAGE, "王庄堡镇", 2021, 2035, "c",
                new Jurisdiction("王庄堡镇", "tw-w", ""));
        r.store(new PlanVersion(wang, 0, VersionStatus.PUBLISHED, T, T, "w.txt", List.of()));
        r.store(new PlanVersion(village, 0, VersionStatus.DRAFT, T, null, "v.txt", List.of()));

        assertEquals(List.of("c--tw-w"), TownshipPlans.index(r, false).get("tw-w").stream().map(PlanTreeRow::code).toList());
        assertEquals(List.of("c--tw-w", "c--tw-w--village"),
                TownshipPlans.index(r, true).get("tw-w").stream().map(PlanTreeRow::code).toList());
        assertTrue(TownshipPlans.index(r, true).get("ts-other") == null);
    }
}
