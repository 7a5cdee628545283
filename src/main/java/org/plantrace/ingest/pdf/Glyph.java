package org.plantrace.ingest.pdf;

/**
 * One drawn character (or ligature) in page space with the origin at the top left: {@code x} its
 * left edge, {@code baseline} the y of its baseline, measured downwards.
 */
record Glyph(String text, float x, float baseline, float width, TextStyle style) {

    float endX() {
        return x + width;
    }

    float centerX() {
        return x + width / 2;
    }

    boolean isBlank() {
        return text.isBlank() || text.equals("\u3000");
    }
}
