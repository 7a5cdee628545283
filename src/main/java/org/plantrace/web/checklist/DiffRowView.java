package org.plantrace.web.checklist;

/**
 * A row of the comparison: the item in the base version beside the one in the compared version.
 *
 * @param change  UNCHANGED, CHANGED, ADDED or REMOVED (for CSS and tests)
 * @param label   the change in words; CHANGED reads 来源已变更，需复核
 * @param before  the base version's item, null for ADDED
 * @param after   the compared version's item, null for REMOVED
 * @param what    for a CHANGED row, what changed in words ("要求：「16.46」→「16.50」"); else empty
 */
public record DiffRowView(String change, String label, boolean review, ItemRow before, ItemRow after, String what) {
}
