package org.plantrace.infrastructure.spatial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManagerFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.plantrace.domain.plan.PlanVersion;
import org.plantrace.domain.plan.VersionStatus;
import org.plantrace.infrastructure.persistence.UnitOfWork;
import org.plantrace.search.SeedPlan;
import org.plantrace.transmission.Checklist;
import org.plantrace.transmission.ChecklistItem;
import org.plantrace.transmission.RuleBasedChecklists;
import org.plantrace.transmission.Target;
import org.plantrace.transmission.TargetKind;

/**
 * The checklists' area figures (the township overlay's estimates, the detailed-plan units' areas
 * in the central city's layers) come out the same on each store's engine as in memory: every
 * township and unit checklist of the Hunyuan plan, item by item (rule, wording, quantity). On PostgreSQL the overlay ran in PostGIS: the layers are in its table under
 * the checklists' own key.
 */
class ChecklistEstimatesOnEachStoreTest {
    @TempDir
    Path tmp;

    @ParameterizedTest
    @EnumSource(SpatialStore.class)
    void townshipChecklistsMatchTheInMemoryOnes(SpatialStore store) throws Exception {
        PlanVersion county = SeedPlan.version(1, VersionStatus.PUBLISHED);
        try (SpatialStore.Opened opened = store.open(tmp)) {
            EntityManagerFactory f = opened.factory();
            try {
                RuleBasedChecklists inMemory = RuleBasedChecklists.standard();
                RuleBasedChecklists onStore = RuleBasedChecklists.standard(SpatialEngines.of(f));
                int estimates = 0;
                int units = 0;
                for (Target t : inMemory.targets(county)) {
                    List<String> want = items(inMemory.derive(county, t));
                    assertEquals(want, items(onStore.derive(county, t)), t.name());
                    if (t.kind() == TargetKind.TOWNSHIP) {
                        estimates += (int) inMemory.derive(county, t).items().stream().filter(ChecklistItem::estimate).count();
                    } else {
                        units += want.stream().filter(i -> !i.endsWith("|")).count() > 0 ? 1 : 0;
                    }
                }
                assertTrue(estimates > 40, "overlay estimates for most townships: " + estimates);
                assertTrue(units > 0, "detailed-plan units with measured quantities: " + units);
                if (store == SpatialStore.POSTGIS) {
                    long rows = UnitOfWork.read(f, em -> ((Number) em.createNativeQuery(
                            "SELECT count(*) FROM spatial_feature WHERE plan_code = ?")
                            .setParameter(1, "overlay:" + SeedPlan.PLAN.code()).getSingleResult()).longValue());
                    assertTrue(rows > 0, "the overlay ran in PostGIS");
                }
            } finally {
                f.close();
            }
        }
    }

    private static List<String> items(Checklist c) {
        List<String> out = new ArrayList<>();
        for (ChecklistItem i : c.items()) {
            out.add(i.rule() + "|" + i.requirement() + "|" + i.estimate() + "|" + (i.target() == null ? "" : i.target().value()));
        }
        return out;
    }
}
