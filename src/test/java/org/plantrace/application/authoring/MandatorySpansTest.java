package org.plantrace.application.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.plantrace.domain.clause.Span;

class MandatorySpansTest {

    @Test
    void normalizeSortsMergesTouchingAndDropsEmpty() {
        assertEquals(List.of(new Span(0, 9), new Span(12, 14)),
                MandatorySpans.normalize(List.of(new Span(5, 9), new Span(12, 14), new Span(0, 5), new Span(3, 3))));
    }

    @Test
    void subtractCutsAHoleAndTrimsEnds() {
        List<Span> spans = List.of(new Span(0, 10), new Span(20, 30));
        assertEquals(List.of(new Span(0, 3), new Span(6, 10), new Span(20, 30)),
                MandatorySpans.subtract(spans, new Span(3, 6)));
        assertEquals(List.of(new Span(0, 8), new Span(25, 30)), MandatorySpans.subtract(spans, new Span(8, 25)));
        assertEquals(List.of(), MandatorySpans.subtract(spans, new Span(0, 30)));
    }

    @Test
    void remapShiftsSpansAfterAnEditAndKeepsSpansBefore() {
        String before = "甲乙丙丁戊己庚辛";
        List<Span> spans = List.of(new Span(0, 2), new Span(5, 7));
        // 丙 replaced by 一二三: the second span moves two to the right
        assertEquals(List.of(new Span(0, 2), new Span(7, 9)),
                MandatorySpans.remap(before, "甲乙一二三丁戊己庚辛", spans));
        // insertion at the very start: both spans move, the new text is not marked
        assertEquals(List.of(new Span(2, 4), new Span(7, 9)), MandatorySpans.remap(before, "前言" + before, spans));
        // insertion right after a span: not marked either
        assertEquals(List.of(new Span(0, 2), new Span(6, 8)), MandatorySpans.remap(before, "甲乙又丙丁戊己庚辛", spans));
    }

    @Test
    void remapStretchesASpanTheEditCutsIntoOverTheReplacement() {
        String before = "甲乙丙丁戊己庚辛";
        // 乙丙 (inside and outside the first span) replaced by 子丑寅: the span covers the replacement
        assertEquals(List.of(new Span(0, 4), new Span(6, 8)),
                MandatorySpans.remap(before, "甲子丑寅丁戊己庚辛", List.of(new Span(0, 2), new Span(5, 7))));
        // the whole marked text deleted: the span goes
        assertEquals(List.of(), MandatorySpans.remap(before, "甲乙丙丁戊", List.of(new Span(5, 8))));
    }

    @Test
    void sliceAndShift() {
        List<Span> spans = List.of(new Span(0, 4), new Span(6, 10));
        assertEquals(List.of(new Span(0, 1), new Span(3, 7)), MandatorySpans.slice(spans, 3, 10));
        assertEquals(List.of(new Span(5, 9), new Span(11, 15)), MandatorySpans.shift(spans, 5));
    }
}
