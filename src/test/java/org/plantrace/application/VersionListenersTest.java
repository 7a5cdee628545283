package org.plantrace.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plantrace.domain.plan.PlanVersion;
import org.plantrace.domain.plan.VersionStatus;
import org.plantrace.search.SeedPlan;

class VersionListenersTest {
    @Test
    void listenersAreToldInOrderEvenWhenOneFails() {
        List<String> told = new ArrayList<>();
        VersionListeners all = new VersionListeners();
        VersionListener search = v -> told.add("search");
        all.add(VersionListeners.SEARCH, search);
        all.add(VersionListeners.LINKS, v -> {
            told.add("links");
            throw new IllegalStateException("links broke");
        });
        all.add(VersionListeners.SEARCH, search); // twice: still once

        PlanVersion v = new PlanVersion(SeedPlan.PLAN, 1, VersionStatus.DRAFT, java.time.Instant.now(), null, "x", List.of());
        all.stored(v);

        assertEquals(List.of("links", "search"), told);
        assertEquals(2, all.size());
        all.remove(search);
        assertEquals(1, all.size());
    }
}
