package org.plantrace.application.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plantrace.domain.account.AccessDeniedException;
import org.plantrace.domain.account.Actor;
import org.plantrace.domain.account.Role;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.clause.ClauseTree;
import org.plantrace.domain.plan.PlanVersion;
import org.plantrace.domain.plan.VersionStatus;
import org.plantrace.ingest.identity.DurableIds;
import org.plantrace.ingest.text.TextReader;
import org.plantrace.search.SeedPlan;
import org.plantrace.transmission.Checklist;
import org.plantrace.transmission.ChecklistDiff;
import org.plantrace.transmission.RuleBasedChecklists;
import org.plantrace.transmission.Target;
import org.plantrace.transmission.TargetKind;
import org.plantrace.web.InMemoryPlanRepository;

/** Who may derive checklists from which version, target lookup by any name, batch and comparison. */
class ChecklistServiceTest {
    private static final String CODE = SeedPlan.PLAN.code();
    private static final Actor DRAFTER = Actor.of("起草人", Role.DRAFTER);
    private static final Target WZB = new Target(TargetKind.TOWNSHIP, "王庄堡镇");
    private static RuleBasedChecklists engine;

    private InMemoryPlanRepository repository;
    private ChecklistService service;
    private Clause energyInDraft;

    @BeforeAll
    static void load() {
        engine = RuleBasedChecklists.standard();
    }

    @BeforeEach
    void store() throws Exception {
        repository = new InMemoryPlanRepository();
        repository.store(SeedPlan.version(1, VersionStatus.PUBLISHED));
        List<Clause> draft = new TextReader().read(SeedPlan.TEXT).clauses();
        ClauseTree.assignPathIds(draft);
        DurableIds.assignFresh(draft);
        energyInDraft = ClauseTree.flatten(draft).stream().filter(c -> c.text().contains("100兆瓦")).findFirst().orElseThrow();
        energyInDraft.setText(energyInDraft.text().replace("风电项目", "风电和储能项目"));
        repository.store(SeedPlan.version(SeedPlan.PLAN, 0, VersionStatus.DRAFT, draft));
        service = new ChecklistService(repository, engine);
    }

    @Test
    void thePublicDerivesFromThePublishedVersion() {
        Checklist c = service.derive(Actor.ANONYMOUS, CODE, ChecklistService.LATEST, WZB);
        assertEquals(1, c.planVersion());
        assertEquals(CODE, c.planCode());
        assertTrue(c.items().stream().anyMatch(i -> i.requirement().contains("在王庄堡镇、沙圪坨镇、大仁庄乡（源创）建设风电项目")));
        assertEquals(List.of(1), service.versions(Actor.ANONYMOUS, CODE).stream().map(PlanVersion::number).toList());
    }

    @Test
    void aPublishedVersionIsReadAndDerivedOnceADraftEveryTime() {
        int[] reads = {0};
        InMemoryPlanRepository counting = new InMemoryPlanRepository() {
            @Override
            public java.util.Optional<PlanVersion> version(String planCode, int number) {
                reads[0]++;
                return super.version(planCode, number);
            }
        };
        repository.versions(CODE).forEach(counting::store);
        ChecklistService counted = new ChecklistService(counting, engine);

        Checklist first = counted.derive(Actor.ANONYMOUS, CODE, ChecklistService.LATEST, WZB);
        counted.targets(Actor.ANONYMOUS, CODE, 1);
        Checklist again = counted.derive(Actor.ANONYMOUS, CODE, 1, WZB);

        assertTrue(first == again, "the published version's checklist is kept, not derived again");
        assertEquals(1, reads[0], "its clauses are read once for every page view after");
        counted.derive(DRAFTER, CODE, 2, WZB);
        counted.derive(DRAFTER, CODE, 2, WZB);
        assertEquals(3, reads[0], "a draft is read afresh each time: it changes");
    }

    @Test
    void draftsOnlyForThoseWhoMayReadThem() {
        assertThrows(AccessDeniedException.class, () -> service.derive(Actor.ANONYMOUS, CODE, 2, WZB));
        assertThrows(AccessDeniedException.class, () -> service.targets(Actor.ANONYMOUS, CODE, 2));
        Checklist c = service.derive(DRAFTER, CODE, ChecklistService.LATEST, WZB);
        assertEquals(2, c.planVersion());
        assertEquals(2, service.versions(Actor.of("审查人", Role.REVIEWER), CODE).size());
    }

    @Test
    void targetsAreFoundByAnyOfTheirNames() {
        assertEquals(WZB, service.findTarget(Actor.ANONYMOUS, CODE, 1, TargetKind.TOWNSHIP, "王庄堡").orElseThrow());
        assertEquals("东坊城乡", service.findTarget(Actor.ANONYMOUS, CODE, 1, TargetKind.TOWNSHIP, "东方城乡").orElseThrow().name());
        assertEquals("详规单元03", service.findTarget(Actor.ANONYMOUS, CODE, 1, TargetKind.UNIT, "详规单元03").orElseThrow().name());
        assertTrue(service.findTarget(Actor.ANONYMOUS, CODE, 1, TargetKind.TOWNSHIP, "大同市").isEmpty());
        assertTrue(service.findTarget(Actor.ANONYMOUS, CODE, 1, TargetKind.UNIT, "王庄堡镇").isEmpty());
    }

    @Test
    void deriveAllCoversEveryTarget() {
        List<Checklist> all = service.deriveAll(Actor.ANONYMOUS, CODE, 1);
        assertEquals(service.targets(Actor.ANONYMOUS, CODE, 1), all.stream().map(Checklist::target).toList());
        assertEquals(25, all.size());
    }

    @Test
    void compareMarksTheItemsOfTheChangedClause() {
        ChecklistDiff diff = service.compare(DRAFTER, CODE, 1, 2, WZB);
        List<ChecklistDiff.Row> changed = diff.rows().stream().filter(r -> r.change() == ChecklistDiff.Change.CHANGED).toList();
        assertTrue(changed.stream().anyMatch(r -> r.after().requirement().contains("风电和储能项目") && r.before().requirement().contains("建设风电项目")));
        assertTrue(changed.stream().allMatch(r -> r.after().suspect()
                && r.after().sourceClauses().stream().anyMatch(s -> s.uid().equals(energyInDraft.uid()))));
        assertEquals(1, diff.base().planVersion());
        assertEquals(2, diff.current().planVersion());
        assertThrows(AccessDeniedException.class, () -> service.compare(Actor.ANONYMOUS, CODE, 1, 2, WZB));
    }

    @Test
    void unknownPlansVersionsAndTargetsSayWhatToDo() {
        ChecklistNotFoundException plan = assertThrows(ChecklistNotFoundException.class,
                () -> service.targets(Actor.ANONYMOUS, "nowhere", 1));
        assertTrue(plan.getMessage().contains("请先导入"), plan.getMessage());
        ChecklistNotFoundException version = assertThrows(ChecklistNotFoundException.class,
                () -> service.derive(DRAFTER, CODE, 9, WZB));
        assertTrue(version.getMessage().contains("没有第 9 版"), version.getMessage());
        ChecklistNotFoundException target = assertThrows(ChecklistNotFoundException.class,
                () -> service.derive(DRAFTER, CODE, 1, new Target(TargetKind.TOWNSHIP, "大同市")));
        assertTrue(target.getMessage().contains("大同市"), target.getMessage());
        InMemoryPlanRepository onlyDraft = new InMemoryPlanRepository();
        onlyDraft.store(SeedPlan.version(1, VersionStatus.DRAFT));
        ChecklistNotFoundException none = assertThrows(ChecklistNotFoundException.class,
                () -> new ChecklistService(onlyDraft, engine).derive(Actor.ANONYMOUS, CODE, ChecklistService.LATEST, WZB));
        assertTrue(none.getMessage().contains("还没有已发布的版本"), none.getMessage());
    }
}
