package org.plantrace.bench;

import jakarta.persistence.EntityManagerFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.plantrace.application.conformance.ConformanceReviewService;
import org.plantrace.conformance.Verdict;
import org.plantrace.domain.account.Actor;
import org.plantrace.domain.account.Role;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.clause.ClauseTree;
import org.plantrace.domain.conformance.ConformanceRecord;
import org.plantrace.domain.conformance.DecisionKind;
import org.plantrace.domain.plan.Jurisdiction;
import org.plantrace.domain.plan.Plan;
import org.plantrace.domain.plan.PlanLevel;
import org.plantrace.domain.plan.VersionStatus;
import org.plantrace.infrastructure.DataDirectory;
import org.plantrace.infrastructure.conformance.JpaConformanceRecords;
import org.plantrace.infrastructure.persistence.PlanTracePersistence;
import org.plantrace.ingest.Outline;
import org.plantrace.ingest.PlanReaders;
import org.plantrace.planpackage.PlanPackages;
import org.plantrace.search.MemoryPlans;
import org.plantrace.search.SeedPlan;
import org.plantrace.transmission.RuleBasedChecklists;

/**
 * Time of the reviewer's work on a stored review (issue 11), on the invented 王庄堡镇 sample against
 * the Hunyuan seed, reviews in H2 in a temp folder: a run (engine + storing every finding with its
 * audit entry), one decision (read, check, save with audit), the 需复核 state, and a re-run with
 * carry-over after one township clause changed (engine + comparing with the previous record + storing).
 *
 * <p>Run: {@code mvn -q -o -DskipTests test-compile}, then {@code java -cp
 * "target/test-classes:target/classes:target/lib/*" org.plantrace.bench.StoredReviewBench} (or the
 * classpath from {@code mvn dependency:build-classpath}).
 */
public final class StoredReviewBench {
    private static final Path SAMPLE = Path.of("src/test/resources/review/wangzhuangbao.txt");
    private static final Actor REVIEWER = Actor.of("reviewer", Role.REVIEWER);

    public static void main(String[] args) throws Exception {
        Measurement.printMachine();
        Path dir = Files.createTempDirectory("plantrace-stored-review-bench");
        EntityManagerFactory factory = PlanTracePersistence.open(DataDirectory.at(dir), Map.of(PlanTracePersistence.LOGGING_LEVEL, "OFF"));
        try {
            Plan wang = new Plan(SeedPlan.PLAN.code() + "--tw-wangzhuangbao", "王庄堡镇国土空间总体规划", PlanLevel.TOWNSHIP, "王庄堡镇",
                    2021, 2035, SeedPlan.PLAN.code(), new Jurisdiction("王庄堡镇", "tw-wangzhuangbao", null));
            MemoryPlans plans = new MemoryPlans().add(SeedPlan.version(1, VersionStatus.PUBLISHED))
                    .add(SeedPlan.version(wang, 1, VersionStatus.DRAFT, clauses()));
            ConformanceReviewService service = new ConformanceReviewService(plans, RuleBasedChecklists.standard(),
                    code -> PlanPackages.located().linker(code).gazetteer(), new JpaConformanceRecords(factory), Clock.systemUTC());
            service.run(REVIEWER, wang.code());

            Measurement run = Measurement.of(3, 11, () -> service.run(REVIEWER, wang.code()).findings().size());
            row("run + store (" + service.latestState(wang.code()).orElseThrow().record().findings().size() + " findings)", run);

            Measurement decide = Measurement.of(3, 21, () -> {
                ConformanceRecord r = service.latestState(wang.code()).orElseThrow().record();
                return service.decide(REVIEWER, r.id(), r.rowVersion(), 1, DecisionKind.OVERRIDDEN, Verdict.UNCLEAR, "基准测试").id();
            });
            row("one decision (read, check, save with audit)", decide);

            Measurement state = Measurement.of(3, 21, () -> service.latestState(wang.code()).orElseThrow().outdated());
            row("latest review and its 需复核 state (read API)", state);

            List<Clause> changed = clauses();
            Clause edited = ClauseTree.flatten(changed).stream().filter(c -> c.text() != null && c.text().contains("220平方米/人"))
                    .findFirst().orElseThrow();
            edited.setText(edited.text().replace("220平方米/人", "200平方米/人"));
            plans.add(SeedPlan.version(wang, 2, VersionStatus.DRAFT, changed));
            Measurement rerun = Measurement.of(3, 11, () -> service.run(REVIEWER, wang.code()).changes().size());
            row("re-run after a one-clause change, with carry-over", rerun);
        } finally {
            factory.close();
        }
    }

    private static List<Clause> clauses() throws Exception {
        Outline o = PlanReaders.read(SAMPLE);
        ClauseTree.assignPathIds(o.clauses());
        ClauseTree.flatten(o.clauses()).forEach(c -> c.setUid("t-" + c.eId()));
        return o.clauses();
    }

    private static void row(String what, Measurement m) {
        System.out.printf(Locale.ROOT, "%-62s median %8.1f ms  min %8.1f ms  peak heap %5d MB%n", what, m.medianMillis, m.minMillis,
                m.peakHeapBytes >> 20);
    }
}
