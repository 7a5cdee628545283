/**
 * Traceability across the plan chain (issue #12): which townships carry each county clause and how
 * well (the matrix and its coverage figures), what a change to one county clause touches (impact),
 * and which provisions apply at a point on the map. Reads the store, the plan packages and the
 * conformance engine; stores nothing. Verdicts come from the engine run on each township plan's
 * newest stored version and are marked as automatic until stored review records exist.
 */
package org.plantrace.application.trace;
