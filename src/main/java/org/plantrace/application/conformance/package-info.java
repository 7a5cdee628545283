/**
 * The reviewer's work on a township plan (issue #11): run the conformance engine on a stored township
 * plan version against the county's current published version and store the result as a record;
 * confirm or override each finding (an override needs a note), add findings from the township text,
 * set the conclusion; mark a review 需复核 when either plan has a newer version; re-run, carrying over
 * the decisions whose words still hold and listing what changed; write the 审查意见书 from the stored
 * record. Everything needs {@code CONFORMANCE_REVIEW} and is audited in the same transaction as the
 * change. {@link org.plantrace.application.conformance.ConformanceReviewService#latestState} is the
 * read API for the traceability matrix.
 */
package org.plantrace.application.conformance;
