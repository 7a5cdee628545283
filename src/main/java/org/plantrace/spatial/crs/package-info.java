/**
 * Coordinate systems: the CGCS2000 codes PlanTrace reads (EPSG:4326/4490 longitude/latitude,
 * Gauss-Krüger zones EPSG:4513–4554), the transforms between them through proj4j, and areas
 * measured in a Lambert azimuthal equal-area projection (so an area is exact wherever the centre
 * lies; the centre only shapes buffers and distances).
 */
package org.plantrace.spatial.crs;
