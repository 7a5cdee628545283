package org.plantrace.planpackage;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.plantrace.extract.entity.Entity;

/** A lower plan brought in without a folder of its own links places with its parent's gazetteer. */
class LowerPlanLinkerTest {

    @Test
    void aTownshipPlanWithoutAPackageInheritsItsParentsGazetteer() {
        PlanPackages packages = PlanPackages.located();
        String county = "hunyuan-2021-2035";
        assertTrue(packages.byCode(county).isPresent(), "the shipped package");
        assertTrue(packages.linker(county + "--tw-wangzhuangbao").gazetteer().entities().stream()
                .map(Entity::name).anyMatch("王庄堡镇"::equals), "inherits the county's townships");
        assertTrue(packages.linker(county + "--tw-wangzhuangbao--village").gazetteer().entities().stream()
                .map(Entity::name).anyMatch("东坊城乡"::equals), "a village plan two levels down too");
        assertTrue(packages.linker("no-such-plan").gazetteer().entities().isEmpty(), "an unknown plan links nothing");
    }
}
