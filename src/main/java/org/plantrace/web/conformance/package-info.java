/**
 * The conformance review pages (符合性审查, issue #11): {@code /conformance-review.xhtml?plan=CODE}, a
 * township plan's stored review — run or re-run, findings filtered by verdict, category and 强制性,
 * county and township clauses side by side with the evidence highlighted, confirm or override each
 * finding, add a finding from the township text, set the conclusion — and
 * {@code /conformance-review/file?review=ID&format=docx|pdf|json|csv}, the 审查意见书 and data files of
 * a stored review. Everything needs {@code CONFORMANCE_REVIEW} (403 otherwise). Not the comment
 * threads of {@code web.review}.
 */
package org.plantrace.web.conformance;
