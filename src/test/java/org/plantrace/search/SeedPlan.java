package org.plantrace.search;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.clause.ClauseTree;
import org.plantrace.domain.plan.Plan;
import org.plantrace.domain.plan.PlanLevel;
import org.plantrace.domain.plan.PlanVersion;
import org.plantrace.domain.plan.VersionStatus;
import org.plantrace.ingest.identity.DurableIds;
import org.plantrace.ingest.text.TextReader;

/** The Hunyuan seed as a version, read the way ingest reads it (path ids, fresh durable ids). */
public final class SeedPlan {
    public static final Path TEXT = Path.of("corpus/hunyuan/hunyuan-2021-2035.txt");
    public static final Path VOCABULARY = Path.of("corpus/search");
    public static final Plan PLAN = new Plan("hunyuan-2021-2035", "浑源县国土空间总体规划（2021—2035年）",
            PlanLevel.COUNTY, "山西省大同市浑源县（140225）", 2021, 2035);

    private SeedPlan() {
    }

    private static List<Clause> parsed;

    /**
     * The seed's clause tree, parsed once per JVM (parsing is the slow part of these tests). Shared:
     * callers only read it.
     */
    public static synchronized List<Clause> clauses() {
        if (parsed == null) {
            parsed = parse();
        }
        return parsed;
    }

    private static List<Clause> parse() {
        try {
            List<Clause> clauses = new TextReader().read(TEXT).clauses();
            ClauseTree.assignPathIds(clauses);
            DurableIds.assignFresh(clauses);
            return clauses;
        } catch (Exception e) {
            throw new IllegalStateException("seed unreadable", e);
        }
    }

    public static PlanVersion version(int number, VersionStatus status) {
        return version(PLAN, number, status, clauses());
    }

    public static PlanVersion version(Plan plan, int number, VersionStatus status, List<Clause> clauses) {
        Instant at = Instant.parse("2025-06-01T02:00:00Z");
        return new PlanVersion(plan, number, status, at, status == VersionStatus.PUBLISHED ? at : null,
                "hunyuan-2021-2035.txt", clauses);
    }
}
