package org.plantrace.transmission;

import java.time.Instant;
import java.util.List;

/**
 * The checklist of one target, derived from one version of the county plan. {@code notes} are
 * messages to the reader that are not requirements (a layer missing, so an area could not be
 * measured): shown above the list, never numbered as items (issue #14.2).
 */
public record Checklist(Target target, String planCode, String planTitle, int planVersion, Instant generatedAt,
        List<ChecklistItem> items, List<String> notes) {
    public Checklist {
        items = List.copyOf(items);
        notes = List.copyOf(notes);
    }

    public Checklist(Target target, String planCode, String planTitle, int planVersion, Instant generatedAt,
            List<ChecklistItem> items) {
        this(target, planCode, planTitle, planVersion, generatedAt, items, List.of());
    }

    /** The requirements: every item but the illustrative estimates. */
    public List<ChecklistItem> requirements() {
        return items.stream().filter(i -> !i.estimate()).toList();
    }

    /** The figures measured on illustrative layers (示意测算，非规划下达指标). */
    public List<ChecklistItem> estimates() {
        return items.stream().filter(ChecklistItem::estimate).toList();
    }
}
