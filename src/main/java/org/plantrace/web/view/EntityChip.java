package org.plantrace.web.view;

/**
 * An entity a clause names, as a chip: the gazetteer's name, and the spellings the text uses when
 * they differ (东方城乡 for 东坊城乡), which the page shows rather than hides.
 */
public record EntityChip(String id, String name, String written) {
    public boolean variant() {
        return !written.isEmpty();
    }
}
