/**
 * Stored conformance reviews (符合性审查记录): what the review engine ({@link org.plantrace.conformance})
 * found on one township plan version against one county plan version, and what the reviewer made of
 * it — each finding confirmed or overridden with a note, findings the reviewer added, and the overall
 * conclusion (通过 / 修改完善后通过 / 不予通过). A record never changes its findings' snapshot: the
 * engine's words stay as they were when it ran, the reviewer's decisions sit beside them. Framework
 * free; the engine's value types ({@link org.plantrace.conformance.Finding}, {@link
 * org.plantrace.conformance.Verdict}) are the snapshot. Not the comment threads of
 * {@code domain.review}.
 */
package org.plantrace.domain.conformance;
