/**
 * Review use cases: comment on a clause or a span of it, reply, resolve and reopen threads,
 * suggest a change, and accept (applied through
 * {@link org.plantrace.application.authoring.AuthoringService#editClause}, so audited and
 * optimistically locked) or reject it. Every use case checks the permission table first and
 * records itself in the audit trail.
 */
package org.plantrace.application.review;
