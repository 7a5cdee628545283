package org.plantrace.ingest.pdf;

import java.util.List;

/** What one page holds for the reader: its glyphs, its underline-like rules, its images, its height. */
record PageContent(int page, List<Glyph> glyphs, List<Rule> rules, int images, float height) {

    boolean hasText() {
        return glyphs.stream().anyMatch(g -> !g.isBlank());
    }
}
