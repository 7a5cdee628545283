/**
 * Work that must run on one app node at a time when several share the database (issue #16.4): a
 * conformance review (re-)run of one township plan, the confirmation of an upload into one plan's
 * draft. {@link org.plantrace.application.jobs.JobClaims} claims such a job by its name in the
 * database; a second node asking for the same job is refused until the first releases it (or its
 * claim grows stale because that node died).
 */
package org.plantrace.application.jobs;
