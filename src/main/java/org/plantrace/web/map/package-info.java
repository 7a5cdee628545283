/**
 * The clause page's map: the layers of the plan's package, read once per plan
 * ({@link org.plantrace.web.map.MapLayers}), the GeoJSON of a clause's linked features
 * ({@link org.plantrace.web.map.ClauseGeoJson}), and the endpoint {@code /geo/clause/{uid}.json}
 * that serves it ({@link org.plantrace.web.map.ClauseMapEndpoint}, {@link org.plantrace.web.map.GeoServlet}).
 * The page draws it with Leaflet from the webjar and {@code resources/js/clause-map.js}: no tiles,
 * nothing from outside, the county outline is the base.
 */
package org.plantrace.web.map;
