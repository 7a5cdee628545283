/**
 * Spatial indexes over layer features: an STRtree of prepared geometries answers "which township
 * and which zones contain this point" without testing every polygon.
 */
package org.plantrace.spatial.index;
