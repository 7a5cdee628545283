package org.plantrace.domain.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlanChainTest {
    static final Plan COUNTY = new Plan("c", "县规划", PlanLevel.COUNTY, "", 2021, 2035);
    static final Plan OTHER_COUNTY = new Plan("b", "另一县规划", PlanLevel.COUNTY, "", 2021, 2035);

    static Plan lower(String code, String parent, String township, PlanLevel level) {
        return new Plan(code, township + level.label(), level, township, 2021, 2035, parent,
                new Jurisdiction(township, "", ""));
    }

    @Test
    void eachPlanIsFollowedByThePlansItTransmitsToOrderedByLevelThenTownship() {
        Plan village = lower("c--w--village", "c", "王庄堡镇", PlanLevel.VILLAGE);
        Plan wang = lower("c--w", "c", "王庄堡镇", PlanLevel.TOWNSHIP);
        Plan dong = lower("c--d", "c", "东坊城乡", PlanLevel.TOWNSHIP);
        Plan orphan = lower("gone--x", "gone", "某镇", PlanLevel.TOWNSHIP);
        PlanChain chain = PlanChain.of(List.of(village, wang, COUNTY, orphan, dong, OTHER_COUNTY));

        assertEquals(List.of("b", "c", "c--d", "c--w", "c--w--village", "gone--x"),
                chain.inOrder().stream().map(n -> n.plan().code()).toList());
        assertEquals(List.of(0, 0, 1, 1, 1, 0), chain.inOrder().stream().map(PlanChain.Node::depth).toList());
        assertEquals(List.of(dong, wang, village), chain.children("c"));
    }

    @Test
    void levelsTransmitOnlyDownwardsAndReadTheirCodes() {
        assertTrue(PlanLevel.COUNTY.transmitsTo(PlanLevel.TOWNSHIP));
        assertTrue(PlanLevel.TOWNSHIP.transmitsTo(PlanLevel.VILLAGE));
        assertFalse(PlanLevel.TOWNSHIP.transmitsTo(PlanLevel.COUNTY));
        assertFalse(PlanLevel.SPECIAL.transmitsTo(PlanLevel.VILLAGE));
        assertEquals(PlanLevel.DETAILED_UNIT, PlanLevel.ofCode("detailed").orElseThrow());
        assertEquals(PlanLevel.DETAILED_UNIT, PlanLevel.ofCode("DETAILED_UNIT").orElseThrow());
        assertTrue(PlanLevel.ofCode("city").isEmpty());
        assertThrows(IllegalArgumentException.class, () -> lower("c", "c", "某镇", PlanLevel.TOWNSHIP));
    }
}
