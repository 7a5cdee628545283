package org.plantrace.transmission;

import java.util.List;

/**
 * Two checklists of one target side by side (typically from two versions of the county plan):
 * each row pairs an item with its counterpart. CHANGED rows are the suspect ones: a source clause's
 * text changed, so a person must look again.
 */
public record ChecklistDiff(Checklist base, Checklist current, List<Row> rows) {
    public ChecklistDiff {
        rows = List.copyOf(rows);
    }

    public enum Change {
        UNCHANGED("未变"),
        CHANGED("来源已变更，需复核"),
        ADDED("新增"),
        REMOVED("删除");

        private final String label;

        Change(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** {@code before} is null for ADDED, {@code after} null for REMOVED. */
    public record Row(ChecklistItem before, ChecklistItem after, Change change) {
    }
}
