package org.plantrace.web.view;

/**
 * A derived link over clause text, [start, end) into the clause's own text: an indicator's value
 * (row number from 1) or an entity mention (entity id). Exactly one of the two is set.
 */
public record TextMark(int start, int end, int indicator, String entity) {
    public static TextMark indicator(int start, int end, int row) {
        return new TextMark(start, end, row, null);
    }

    public static TextMark entity(int start, int end, String id) {
        return new TextMark(start, end, 0, id);
    }
}
