/**
 * Stored conformance reviews in the relational store: CONFORMANCE_REVIEW (one row per review run,
 * with the reviewer's conclusion and an optimistic-lock column) and CONFORMANCE_FINDING (one row per
 * finding: the engine's snapshot, its clause citations as JSON, and the reviewer's decision). Every
 * change is written with its audit entry in one transaction ({@link
 * org.plantrace.infrastructure.persistence.UnitOfWork}).
 */
package org.plantrace.infrastructure.conformance;
