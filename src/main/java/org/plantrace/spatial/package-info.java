/**
 * Spatial layers of a plan: the county, its townships, the control lines and zones, as JTS
 * geometries in CGCS2000 longitude/latitude. Sub-packages: {@code crs} (coordinate systems and
 * equal-area areas), {@code io} (GeoJSON in and out), {@code validation} (the geometry rule
 * catalogue), {@code index} (STRtree point queries), {@code overlay} (per-township shares) and
 * {@code illustrative} (the generator of the illustrative Hunyuan layer set). No framework imports.
 */
package org.plantrace.spatial;
