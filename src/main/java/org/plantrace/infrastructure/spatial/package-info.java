/**
 * Spatial queries in the database (issue #16.3): on PostgreSQL with PostGIS, a plan's layers are
 * kept in a table with a GiST index (CGCS2000, SRID 4490) and "what applies here" is a spatial query;
 * elsewhere the in-memory JTS index answers. The table is derived data, like the search index: it is
 * reloaded from the plan package and can be dropped at any time.
 */
package org.plantrace.infrastructure.spatial;
