package org.plantrace.web.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plantrace.transmission.Checklist;
import org.plantrace.transmission.ChecklistDiff;
import org.plantrace.transmission.ChecklistItem;
import org.plantrace.transmission.SourceClause;
import org.plantrace.transmission.Target;
import org.plantrace.transmission.TargetKind;

class DiffRowsTest {
    static ChecklistItem item(String category, String requirement, String uid, boolean suspect) {
        return new ChecklistItem(category, requirement, false, null, List.of(),
                List.of(new SourceClause("chp_1__art_" + uid, uid, "标题" + uid, "fp")), "rule", suspect);
    }

    static Checklist list(int version, ChecklistItem... items) {
        return new Checklist(new Target(TargetKind.TOWNSHIP, "王庄堡镇"), "p", "县规划", version, Instant.EPOCH, List.of(items));
    }

    @Test
    void rowsKeepTheirOwnNumbersAndChangedOnesAskForReview() {
        ChecklistItem kept = item("设施", "建设风电项目。", "a", false);
        ChecklistItem old = item("设施", "建设卫生院。", "b", false);
        ChecklistItem changedBefore = item("分类定位", "重点镇。", "c", false);
        ChecklistItem changedAfter = item("分类定位", "重点镇，综合型。", "c", true);
        ChecklistItem added = item("设施", "建设地热开发项目。", "d", false);
        Checklist base = list(1, changedBefore, kept, old);
        Checklist current = list(2, changedAfter, kept, added);
        ChecklistDiff diff = new ChecklistDiff(base, current, List.of(
                new ChecklistDiff.Row(changedBefore, changedAfter, ChecklistDiff.Change.CHANGED),
                new ChecklistDiff.Row(kept, kept, ChecklistDiff.Change.UNCHANGED),
                new ChecklistDiff.Row(old, null, ChecklistDiff.Change.REMOVED),
                new ChecklistDiff.Row(null, added, ChecklistDiff.Change.ADDED)));

        DiffRows rows = DiffRows.of(diff, "/ctx");
        assertEquals(4, rows.rows().size());
        DiffRowView changed = rows.rows().get(0);
        assertEquals("CHANGED", changed.change());
        assertTrue(changed.review());
        assertTrue(changed.label().startsWith("需复核"), changed.label());
        assertEquals("重点镇。", changed.before().requirement());
        assertEquals("重点镇，综合型。", changed.after().requirement());
        assertTrue(changed.after().suspect());
        assertEquals("/ctx/clause/c", changed.after().sources().get(0).href());

        DiffRowView removed = rows.rows().get(2);
        assertNull(removed.after());
        assertEquals(3, removed.before().number(), "numbered as in the base list");
        DiffRowView addedRow = rows.rows().get(3);
        assertNull(addedRow.before());
        assertEquals(3, addedRow.after().number());
        assertEquals("新增", addedRow.label());

        assertEquals(1, rows.count(ChecklistDiff.Change.CHANGED));
        assertEquals(1, rows.count(ChecklistDiff.Change.ADDED));
        assertEquals(1, rows.count(ChecklistDiff.Change.REMOVED));
        assertEquals(1, rows.count(ChecklistDiff.Change.UNCHANGED));
    }
}
