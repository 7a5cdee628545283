package org.plantrace.web.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plantrace.domain.plan.Jurisdiction;
import org.plantrace.domain.plan.Plan;
import org.plantrace.domain.plan.PlanLevel;
import org.plantrace.domain.plan.PlanVersion;
import org.plantrace.domain.plan.VersionStatus;
import org.plantrace.web.InMemoryPlanRepository;

class PlanTreeTest {
    static final Instant T = Instant.parse("2026-01-01T00:00:00Z");
    static final Plan COUNTY = new Plan("c", "示例县规划", PlanLevel.COUNTY, "", 2021, 2035);
    static final Plan WANG = township("c--w", "王庄堡镇");
    static final Plan DONG = township("c--d", "东坊城乡");

    static Plan township(String code, String name) {
        return new Plan(code, name + "规划", PlanLevel.TOWNSHIP, name, 2021, 2035, "c", new Jurisdiction(name, "", ""));
    }

    InMemoryPlanRepository repository() {
        InMemoryPlanRepository r = new InMemoryPlanRepository();
        r.store(new PlanVersion(COUNTY, 0, VersionStatus.PUBLISHED, T, T, "c.txt", List.of()));
        r.store(new PlanVersion(WANG, 0, VersionStatus.PUBLISHED, T, T, "w.txt", List.of()));
        r.store(new PlanVersion(WANG, 0, VersionStatus.DRAFT, T, null, "w.txt", List.of()));
        r.store(new PlanVersion(DONG, 0, VersionStatus.IN_REVIEW, T, null, "d.docx", List.of()));
        return r;
    }

    @Test
    void thePublicSeesPublishedPlansUnderTheirCountyPlanAtTheirPublishedVersion() {
        List<PlanTreeRow> rows = PlanTree.rows(repository(), false);

        assertEquals(List.of("c", "c--w"), rows.stream().map(PlanTreeRow::code).toList());
        assertEquals(List.of(0, 1), rows.stream().map(PlanTreeRow::depth).toList());
        assertEquals("/plans/c--w/1", rows.get(1).path());
        assertEquals("published", rows.get(1).statusKey());
        assertEquals("王庄堡镇", rows.get(1).township());
    }

    @Test
    void signedInReadersSeeEveryPlanAtItsNewestVersion() {
        List<PlanTreeRow> rows = PlanTree.rows(repository(), true);

        assertEquals(List.of("c", "c--d", "c--w"), rows.stream().map(PlanTreeRow::code).toList());
        assertEquals("in-review", rows.get(1).statusKey());
        assertEquals("审查中", rows.get(1).status());
        assertEquals("/plans/c--w/2", rows.get(2).path());
        assertEquals("draft", rows.get(2).statusKey());
    }
}
