package org.plantrace.transmission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.clause.ClauseTree;
import org.plantrace.domain.clause.MandatoryProvenance;
import org.plantrace.domain.clause.Span;
import org.plantrace.domain.plan.PlanVersion;
import org.plantrace.domain.plan.VersionStatus;
import org.plantrace.ingest.identity.DurableIds;
import org.plantrace.ingest.text.TextReader;
import org.plantrace.search.SeedPlan;

/**
 * Suspect links: one county clause changes (in memory, on a fresh copy of the seed tree) and the
 * checklists are regenerated; exactly the items derived from that clause are marked, in every
 * checklist, and nothing else moves. Also: mandatory items follow underlined spans.
 */
class ChecklistSuspectTest {
    private static RuleBasedChecklists engine;

    @BeforeAll
    static void load() {
        engine = RuleBasedChecklists.standard();
    }

    private static List<Clause> freshSeed() throws Exception {
        List<Clause> clauses = new TextReader().read(Path.of("corpus/hunyuan/hunyuan-2021-2035.txt")).clauses();
        ClauseTree.assignPathIds(clauses);
        DurableIds.assignFresh(clauses);
        return clauses;
    }

    private static Clause clauseContaining(List<Clause> clauses, String text) {
        return ClauseTree.flatten(clauses).stream().filter(c -> c.text().contains(text)).findFirst().orElseThrow();
    }

    @Test
    void changingOneClauseMarksExactlyTheItemsDerivedFromIt() throws Exception {
        List<Clause> before = freshSeed();
        List<Clause> after = freshSeed();
        Clause energy = clauseContaining(after, "100兆瓦光伏发电");
        energy.setText(energy.text().replace("100兆瓦", "150兆瓦"));
        PlanVersion v1 = SeedPlan.version(SeedPlan.PLAN, 1, VersionStatus.PUBLISHED, before);
        PlanVersion v2 = SeedPlan.version(SeedPlan.PLAN, 2, VersionStatus.DRAFT, after);

        assertEquals(engine.targets(v1), engine.targets(v2));
        int suspects = 0;
        for (Target t : engine.targets(v2)) {
            ChecklistDiff diff = ChecklistDiffs.compare(engine.derive(v1, t), engine.derive(v2, t));
            for (ChecklistDiff.Row row : diff.rows()) {
                assertTrue(row.change() == ChecklistDiff.Change.UNCHANGED || row.change() == ChecklistDiff.Change.CHANGED,
                        t + ": only the wording changed, so nothing is added or removed: " + row);
                boolean fromEnergy = row.after().sourceClauses().stream().anyMatch(s -> s.uid().equals(energy.uid()));
                assertEquals(fromEnergy, row.change() == ChecklistDiff.Change.CHANGED, t + ": " + row.after());
                assertEquals(fromEnergy, row.after().suspect(), t + ": " + row.after());
            }
            assertEquals(diff.rows().size(), diff.current().items().size());
            suspects += (int) diff.current().items().stream().filter(ChecklistItem::suspect).count();
            if (t.name().equals("蔡村镇")) {
                assertTrue(diff.current().items().stream().anyMatch(i -> i.suspect() && i.requirement().contains("150兆瓦")));
            }
            if (t.name().equals("王庄堡镇")) {
                assertTrue(diff.current().items().stream().anyMatch(i -> i.suspect() && i.requirement().contains("风电项目")),
                        "the wind-power item comes from the changed clause too");
                assertTrue(diff.current().items().stream().anyMatch(i -> !i.suspect() && i.requirement().contains("220千伏王庄堡变")),
                        "the substation item comes from another clause");
            }
            if (t.kind() == TargetKind.UNIT) {
                assertTrue(diff.current().items().stream().noneMatch(ChecklistItem::suspect), "units do not draw on the energy clause");
            }
        }
        assertTrue(suspects >= 6, "蔡村, 东坊城×2, 官儿, 王庄堡×2, 沙圪坨, 大仁庄, 吴城 draw on it: " + suspects);
    }

    @Test
    void unchangedTextGivesNoSuspects() throws Exception {
        PlanVersion v1 = SeedPlan.version(SeedPlan.PLAN, 1, VersionStatus.PUBLISHED, freshSeed());
        PlanVersion v2 = SeedPlan.version(SeedPlan.PLAN, 2, VersionStatus.PUBLISHED, freshSeed());
        Target wzb = new Target(TargetKind.TOWNSHIP, "王庄堡镇");
        ChecklistDiff diff = ChecklistDiffs.compare(engine.derive(v1, wzb), engine.derive(v2, wzb));
        assertTrue(diff.rows().stream().allMatch(r -> r.change() == ChecklistDiff.Change.UNCHANGED));
    }

    @Test
    void removingAProvisionGivesARemovedRow() throws Exception {
        List<Clause> after = freshSeed();
        Clause waste = clauseContaining(after, "垃圾卫生填埋场");
        waste.setText(waste.text().replace("保留蔡村镇西侧的垃圾卫生填埋场。", ""));
        PlanVersion v1 = SeedPlan.version(SeedPlan.PLAN, 1, VersionStatus.PUBLISHED, freshSeed());
        PlanVersion v2 = SeedPlan.version(SeedPlan.PLAN, 2, VersionStatus.DRAFT, after);
        Target caicun = new Target(TargetKind.TOWNSHIP, "蔡村镇");
        ChecklistDiff diff = ChecklistDiffs.compare(engine.derive(v1, caicun), engine.derive(v2, caicun));
        List<ChecklistDiff.Row> removed = diff.rows().stream().filter(r -> r.change() == ChecklistDiff.Change.REMOVED).toList();
        assertEquals(1, removed.size(), removed.toString());
        assertTrue(removed.get(0).before().requirement().contains("垃圾卫生填埋场"));
    }

    @Test
    void mandatoryFollowsTheUnderlinedSpan() throws Exception {
        List<Clause> clauses = freshSeed();
        Clause energy = clauseContaining(clauses, "100兆瓦光伏发电");
        int start = energy.text().indexOf("在王庄堡镇、沙圪坨镇");
        energy.addMandatorySpan(new Span(start, start + 10)); // underline only the wind-power part
        Clause seismic = clauseContaining(clauses, "抗震设防烈度包括");
        seismic.markMandatory(MandatoryProvenance.MANUAL); // the whole clause confirmed by a drafter
        PlanVersion v = SeedPlan.version(SeedPlan.PLAN, 1, VersionStatus.PUBLISHED, clauses);

        Checklist wzb = engine.derive(v, new Target(TargetKind.TOWNSHIP, "王庄堡镇"));
        assertTrue(item(wzb, "建设风电项目").mandatory());
        assertFalse(item(wzb, "地热资源开发利用").mandatory(), "same clause, not underlined");
        assertTrue(item(wzb, "抗震设防烈度包括").mandatory());
        assertFalse(item(wzb, "220千伏王庄堡变").mandatory());
        Checklist caicun = engine.derive(v, new Target(TargetKind.TOWNSHIP, "蔡村镇"));
        assertFalse(item(caicun, "100兆瓦光伏发电").mandatory());
    }

    @Test
    void aSuggestedMandatoryFlagDoesNotCount() throws Exception {
        List<Clause> clauses = freshSeed();
        clauseContaining(clauses, "抗震设防烈度包括").markMandatory(MandatoryProvenance.SUGGESTED);
        PlanVersion v = SeedPlan.version(SeedPlan.PLAN, 1, VersionStatus.PUBLISHED, clauses);
        assertFalse(item(engine.derive(v, new Target(TargetKind.TOWNSHIP, "蔡村镇")), "抗震设防烈度包括").mandatory());
    }

    private static ChecklistItem item(Checklist c, String fragment) {
        return c.items().stream().filter(i -> i.requirement().contains(fragment)).findFirst()
                .orElseThrow(() -> new AssertionError(c.target() + " has no item with " + fragment));
    }
}
