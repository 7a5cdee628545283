/**
 * GeoJSON in and out. The reader takes a FeatureCollection of Polygon/MultiPolygon features in
 * longitude/latitude or in a CGCS2000 Gauss-Krüger zone and refuses anything else with one line
 * naming the file and the problem. The writer emits a fixed key order and a fixed coordinate
 * precision, so the same layers always give the same bytes.
 */
package org.plantrace.spatial.io;
