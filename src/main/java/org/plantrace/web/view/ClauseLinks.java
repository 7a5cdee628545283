package org.plantrace.web.view;

import java.util.List;

/**
 * What a clause's text links to, as the page shows it (built per view from the link store's
 * effective links, or derived from the text): its indicators, the entities it names grouped by
 * type, its text with both marked, and the map features it touches.
 */
public record ClauseLinks(List<IndicatorRow> indicators, List<EntityGroup> entities, List<Paragraph> paragraphs,
                          List<MapRef> mapFeatures) {
    public ClauseLinks {
        indicators = List.copyOf(indicators);
        entities = List.copyOf(entities);
        paragraphs = List.copyOf(paragraphs);
        mapFeatures = List.copyOf(mapFeatures);
    }
}
