package org.plantrace.application.trace;

import org.plantrace.conformance.Finding;
import org.plantrace.transmission.ChecklistItem;

/**
 * One checklist item of a township and the finding on it; {@code finding} is null without a township
 * plan. {@code basis} says whose verdict it is: the engine's, a reviewer's (from a stored review that
 * still holds), or a reviewer's that is now suspect because the review is outdated (需复核) — then the
 * finding shown is the engine's on the current versions.
 */
public record ItemTrace(ChecklistItem item, Finding finding, Basis basis) {
    public enum Basis {
        ENGINE, REVIEWER, SUSPECT
    }

    public ItemTrace(ChecklistItem item, Finding finding) {
        this(item, finding, Basis.ENGINE);
    }
}
