package org.plantrace.application.trace;

import java.util.List;

/**
 * A township's checklist items by how its plan carries them, in the words traceability users know:
 * covered (符合), uncovered (缺项 or only 部分落实), violated (不符合), suspect (a reviewer decided the item, and
 * the review is outdated since: 需复核) and unreviewed (需人工判定, or no township
 * plan at all). The five add up to the number of items.
 */
public record Coverage(int covered, int uncovered, int violated, int suspect, int unreviewed) {
    public int items() {
        return covered + uncovered + violated + suspect + unreviewed;
    }

    static Coverage of(List<ItemTrace> items) {
        int covered = 0;
        int uncovered = 0;
        int violated = 0;
        int unreviewed = 0;
        int suspect = 0;
        for (ItemTrace i : items) {
            if (i.basis() == ItemTrace.Basis.SUSPECT) {
                suspect++;
                continue;
            }
            if (i.finding() == null) {
                unreviewed++;
                continue;
            }
            switch (i.finding().status()) {
                case MET -> covered++;
                case VIOLATED -> violated++;
                case MISSING, PARTIAL -> uncovered++;
                case UNCLEAR -> unreviewed++;
            }
        }
        return new Coverage(covered, uncovered, violated, suspect, unreviewed);
    }
}
