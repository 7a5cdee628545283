package org.plantrace.ingest.pdf;

import java.util.List;

/**
 * What one page holds for the reader: its glyphs, its underline-like rules, its vertical rules
 * (table ruling), its images, its height.
 */
record PageContent(int page, List<Glyph> glyphs, List<Rule> rules, List<VerticalRule> verticals, int images,
        float height) {

    PageContent(int page, List<Glyph> glyphs, List<Rule> rules, int images, float height) {
        this(page, glyphs, rules, List.of(), images, height);
    }

    boolean hasText() {
        return glyphs.stream().anyMatch(g -> !g.isBlank());
    }
}
