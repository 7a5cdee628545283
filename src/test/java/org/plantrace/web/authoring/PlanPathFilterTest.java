package org.plantrace.web.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class PlanPathFilterTest {

    @Test
    void versionAddressesGoToTheirViews() {
        assertEquals("/authoring/plans.xhtml?from=plans", PlanPathFilter.target("/plans"));
        assertEquals("/authoring/versions.xhtml?plan=hunyuan-2021-2035", PlanPathFilter.target("/plans/hunyuan-2021-2035"));
        assertEquals("/authoring/audit.xhtml?plan=p", PlanPathFilter.target("/plans/p/audit"));
        assertEquals("/authoring/version.xhtml?plan=p&v=3", PlanPathFilter.target("/plans/p/3/"));
        assertEquals("/authoring/clause.xhtml?plan=p&v=3&uid=c6qbza7bl", PlanPathFilter.target("/plans/p/3/clauses/c6qbza7bl"));
        assertEquals("/authoring/edit.xhtml?plan=p&v=3&uid=c6qbza7bl", PlanPathFilter.target("/plans/p/3/clauses/c6qbza7bl/edit"));
    }

    @Test
    void anythingElseIsNotFound() {
        assertNull(PlanPathFilter.target("/plans/p/x/clauses/c1"));
        assertNull(PlanPathFilter.target("/plans/p/3/clauses"));
        assertNull(PlanPathFilter.target("/plans/p/3/clauses/c1/delete"));
        assertNull(PlanPathFilter.target("/plans/p/99999999999"));
    }

    @Test
    void parametersAreEncoded() {
        assertEquals("/authoring/clause.xhtml?plan=a%26b&v=1&uid=c%3F1", PlanPathFilter.target("/plans/a&b/1/clauses/c?1"));
    }

    @Test
    void pathsBuildTheSameAddresses() {
        assertEquals("/plans/p/3/clauses/c1/edit", PlanPaths.edit("p", 3, "c1"));
        assertEquals("/plans/p/audit", PlanPaths.audit("p"));
        assertEquals("/plans/p/3/clauses/c1", PlanPaths.clause("p", 3, "c1"));
    }
}
