package org.plantrace.web.checklist;

import org.plantrace.web.i18n.Words;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.plantrace.transmission.ChecklistDiff;
import org.plantrace.transmission.ChecklistItem;
import org.plantrace.transmission.output.ChecklistSections;

/**
 * The comparison's rows as the page shows them: each side's item with the running number it has
 * in its own checklist, CHANGED rows labelled 需复核, and the count of each kind of change.
 */
public final class DiffRows {
    private final List<DiffRowView> rows;
    private final Map<ChecklistDiff.Change, Integer> counts;

    private DiffRows(List<DiffRowView> rows, Map<ChecklistDiff.Change, Integer> counts) {
        this.rows = List.copyOf(rows);
        this.counts = counts;
    }

    public static DiffRows of(ChecklistDiff diff, String contextPath) {
        Map<ChecklistItem, ItemRow> before = numbered(diff.base().items(), contextPath);
        Map<ChecklistItem, ItemRow> after = numbered(diff.current().items(), contextPath);
        Map<ChecklistDiff.Change, Integer> counts = new EnumMap<>(ChecklistDiff.Change.class);
        List<DiffRowView> out = new ArrayList<>();
        for (ChecklistDiff.Row r : diff.rows()) {
            counts.merge(r.change(), 1, Integer::sum);
            out.add(new DiffRowView(r.change().name(), label(r.change()), r.change() == ChecklistDiff.Change.CHANGED,
                    side(r.before(), before, contextPath), side(r.after(), after, contextPath),
                    r.change() == ChecklistDiff.Change.CHANGED ? ChangeSummary.of(r.before(), r.after()) : ""));
        }
        return new DiffRows(out, counts);
    }

    public List<DiffRowView> rows() {
        return rows;
    }

    public int count(ChecklistDiff.Change change) {
        return counts.getOrDefault(change, 0);
    }

    static String label(ChecklistDiff.Change change) {
        // the enum's label already ends in 需复核; the page leads with it so the word is what one scans for
        return change == ChecklistDiff.Change.CHANGED
                ? org.plantrace.web.i18n.Texts.in("org.plantrace.web.i18n.Checklist", "diff.changedLead") : Words.here(change);
    }

    /** Items by identity: two equal items in one list are still two rows with two numbers. */
    private static Map<ChecklistItem, ItemRow> numbered(List<ChecklistItem> items, String contextPath) {
        Map<ChecklistItem, ItemRow> out = new IdentityHashMap<>();
        for (ChecklistSections.Section s : ChecklistSections.of(items)) {
            int n = s.firstNumber();
            for (ChecklistItem item : s.items()) {
                out.put(item, ItemRows.row(n++, s.category(), item, contextPath));
            }
        }
        return out;
    }

    private static ItemRow side(ChecklistItem item, Map<ChecklistItem, ItemRow> numbered, String contextPath) {
        if (item == null) {
            return null;
        }
        ItemRow row = numbered.get(item);
        return row != null ? row : ItemRows.row(0, item.category(), item, contextPath);
    }
}
