/**
 * Spatial queries in the database (issue #16.3): the PostGIS implementation of
 * {@link org.plantrace.spatial.engine.SpatialEngine}. A plan's layers are copied (one COPY) into a
 * table with a GiST index (CGCS2000, SRID 4490); "what applies here" is {@code ST_Covers}, the
 * overlays are {@code ST_Intersection}, {@code ST_Union} and {@code ST_Area} in the overlay's
 * equal-area projection. {@link org.plantrace.infrastructure.spatial.SpatialEngines} is the one place
 * that chooses PostGIS or the in-memory JTS engine by the kind of database. The table is derived
 * data, like the search index: it is reloaded from the plan package and can be dropped at any time.
 */
package org.plantrace.infrastructure.spatial;
