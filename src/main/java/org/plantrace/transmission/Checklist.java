package org.plantrace.transmission;

import java.time.Instant;
import java.util.List;

/** The checklist of one target, derived from one version of the county plan. */
public record Checklist(Target target, String planCode, String planTitle, int planVersion, Instant generatedAt,
        List<ChecklistItem> items) {
    public Checklist {
        items = List.copyOf(items);
    }
}
