package org.plantrace.transmission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.clause.ClauseKind;
import org.plantrace.domain.clause.ClauseTree;
import org.plantrace.domain.plan.PlanVersion;
import org.plantrace.domain.plan.VersionStatus;
import org.plantrace.ingest.identity.DurableIds;
import org.plantrace.planpackage.PlanPackages;
import org.plantrace.search.SeedPlan;

/**
 * A county table allocating indicators by township: a township's row, labelled by the headers,
 * is its item; the header row and a total row are no one's item, and no item carries a table's tabs.
 */
class TableRowItemsTest {
    private static final Target WANGZHUANGBAO = new Target(TargetKind.TOWNSHIP, "王庄堡镇");
    private static final Target YONGAN = new Target(TargetKind.TOWNSHIP, "永安镇");

    private static RuleBasedChecklists engine() {
        return new RuleBasedChecklists(DerivationRules.read(Path.of("templates")), PlanPackages.located().linker(SeedPlan.PLAN.code()),
                null, Clock.systemUTC());
    }

    private static PlanVersion withTable() {
        PlanVersion seed = SeedPlan.version(1, VersionStatus.PUBLISHED);
        Clause appendix = new Clause(ClauseKind.APPENDIX, "附表2", "乡镇指标分解表");
        Clause table = new Clause(ClauseKind.TABLE, "", "");
        table.appendParagraph("乡镇\t耕地保有量（万亩）\t永久基本农田保护面积（万亩）\n"
                + "王庄堡镇\t5.20\t4.10\n永安镇\t3.00\t2.50\n合计\t8.20\t6.60");
        appendix.addChild(table);
        List<Clause> forest = new ArrayList<>(seed.clauses());
        forest.add(appendix);
        ClauseTree.assignPathIds(forest);
        DurableIds.assignFresh(List.of(appendix));
        return SeedPlan.version(SeedPlan.PLAN, 1, VersionStatus.PUBLISHED, forest);
    }

    @Test
    void aTownshipsRowIsItsItemLabelledByTheHeaders() {
        PlanVersion v = withTable();
        String tableUid = ClauseTree.flatten(v.clauses()).stream().filter(c -> c.kind() == ClauseKind.TABLE)
                .reduce((a, b) -> b).orElseThrow().uid();
        List<ChecklistItem> wang = fromTable(engine().derive(v, WANGZHUANGBAO).items(), tableUid);
        assertEquals(1, wang.size(), wang.toString());
        ChecklistItem item = wang.get(0);
        assertEquals("乡镇指标分解表：乡镇：王庄堡镇；耕地保有量（万亩）：5.20；永久基本农田保护面积（万亩）：4.10", item.requirement());
        assertEquals("指标与控制线", item.category());
        assertEquals("d-table-row", item.rule());
        assertEquals(null, item.target(), "no quantity is guessed from a table cell");

        List<ChecklistItem> yongan = fromTable(engine().derive(v, YONGAN).items(), tableUid);
        assertEquals(1, yongan.size(), yongan.toString());
        assertTrue(yongan.get(0).requirement().contains("永安镇；耕地保有量（万亩）：3.00"), yongan.get(0).requirement());
    }

    @Test
    void noItemCarriesATablesHeaderRowOrItsTabs() {
        PlanVersion v = withTable();
        for (Target t : List.of(WANGZHUANGBAO, YONGAN, new Target(TargetKind.TOWNSHIP, "沙圪坨镇"))) {
            for (ChecklistItem i : engine().derive(v, t).items()) {
                assertFalse(i.requirement().contains("\t"), t.name() + ": " + i.requirement());
                assertFalse(i.requirement().contains("合计"), t.name() + ": " + i.requirement());
            }
        }
    }

    private static List<ChecklistItem> fromTable(List<ChecklistItem> items, String uid) {
        return items.stream().filter(i -> i.sourceClauses().stream().anyMatch(s -> uid.equals(s.uid()))).toList();
    }
}
