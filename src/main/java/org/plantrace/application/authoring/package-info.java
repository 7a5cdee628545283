/**
 * Authoring: drafters change a plan's draft clause by clause (heading, text, mandatory spans),
 * restructure it (insert, move, delete, split, merge), and take it through its life cycle
 * (draft → in review → published → superseded; an old version restored as a new draft). Every
 * use case checks the permission table first, runs in one transaction under the plan's write
 * lock ({@link org.plantrace.domain.plan.PlanWriter}), writes its audit entry in the same
 * transaction, and tells the version listeners afterwards. Concurrent edits of one clause are
 * caught by its revision ({@link org.plantrace.application.authoring.ConcurrentEditException}).
 *
 * <p>{@link org.plantrace.application.authoring.AuthoringService} is the one public entry point, a
 * facade over one class per use case (reading, life cycle, clause editing, structure, split and
 * merge) that share a {@code DraftStore} (writer, clock, listeners).
 */
package org.plantrace.application.authoring;
