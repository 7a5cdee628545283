/**
 * Where the spatial queries run (issue #16.3): the port {@link org.plantrace.spatial.engine.SpatialEngine}
 * — a plan's layers loaded once, then "which features contain this point" and the per-township
 * overlay — with its in-memory JTS implementation here. The PostGIS implementation lives in
 * org.plantrace.infrastructure.spatial, and org.plantrace.infrastructure.spatial.SpatialEngines is the
 * one place that chooses between them by the kind of database.
 */
package org.plantrace.spatial.engine;
