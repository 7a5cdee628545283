/**
 * Conformance review (符合性审查): a township plan read against its transmission checklist, one
 * {@link org.plantrace.conformance.Finding} per checklist item (符合 / 不符合 / 部分落实 / 缺项 /
 * 需人工判定) plus findings beyond the checklist. {@link org.plantrace.conformance.ConformanceReviewer}
 * is the engine; quantities, classifications and actions are judged in their own sub-packages; every
 * word the engine matches comes from the tables in {@code templates/review/} ({@link
 * org.plantrace.conformance.ReviewRules}). When the engine cannot decide it says 需人工判定 with its
 * reason: it never guesses.
 */
package org.plantrace.conformance;
