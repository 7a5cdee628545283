package org.plantrace.domain.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.plantrace.domain.clause.Span;

class TextDiffTest {

    @Test
    void aChangedWordIsOneDeletionAndOneInsertionAmidKeptText() {
        TextDiff d = TextDiff.of("坚持耕地数量与质量并重", "坚持耕地数量与效益并重");
        assertTrue(d.changed());
        assertEquals("坚持耕地数量与[-质量-]并重", render(d.older()));
        assertEquals("坚持耕地数量与{+效益+}并重", render(d.newer()));
        assertEquals(2, d.deletedChars());
        assertEquals(2, d.insertedChars());
    }

    @Test
    void aSharedCharacterIsKeptRatherThanReplaced() {
        // 质量 → 品质: the minimal edit keeps 质, inserts 品 before it and deletes 量 after it
        TextDiff d = TextDiff.of("与质量并重", "与品质并重");
        assertEquals("与质[-量-]并重", render(d.older()));
        assertEquals("与{+品+}质并重", render(d.newer()));
    }

    @Test
    void equalTextsHaveNoEdits() {
        TextDiff d = TextDiff.of("严守生态保护红线", "严守生态保护红线");
        assertFalse(d.changed());
        assertEquals("严守生态保护红线", render(d.newer()));
    }

    @Test
    void sidesJoinBackToTheirTexts() {
        String a = "至2035年，全县耕地保有量不低于73.39万亩，永久基本农田保护任务不低于63.25万亩。";
        String b = "至2035年，全县耕地保有量不低于74万亩，基本农田保护任务不低于63.25万亩，确保落实。";
        TextDiff d = TextDiff.of(a, b);
        assertEquals(a, d.older().stream().map(DiffSegment::text).collect(Collectors.joining()));
        assertEquals(b, d.newer().stream().map(DiffSegment::text).collect(Collectors.joining()));
        assertTrue(d.older().stream().noneMatch(s -> s.op() == DiffSegment.Op.INSERT));
        assertTrue(d.newer().stream().noneMatch(s -> s.op() == DiffSegment.Op.DELETE));
    }

    @Test
    void supplementaryCharactersAreNeverSplit() {
        // U+20000 (𠀀) is two chars in Java; a diff must not cut it in half
        TextDiff d = TextDiff.of("甲\uD840\uDC00乙", "甲\uD840\uDC01乙");
        assertEquals("甲[-\uD840\uDC00-]乙", render(d.older()));
        assertEquals("甲{+\uD840\uDC01+}乙", render(d.newer()));
    }

    @Test
    void runsAreMarkedWhereTheyFallInMandatorySpans() {
        String a = "严禁擅自调整生态保护红线。";
        TextDiff d = TextDiff.of(a, "严禁擅自改变生态保护红线。", List.of(new Span(0, 8)), List.of(new Span(0, 8)));
        assertTrue(d.older().stream().filter(DiffSegment::changed).allMatch(DiffSegment::mandatory));
        assertTrue(d.touchesOlder(List.of(new Span(0, 8))));
        // the part after the span is plain
        DiffSegment last = d.older().get(d.older().size() - 1);
        assertFalse(last.mandatory());
        assertTrue(a.endsWith(last.text()));
    }

    @Test
    void anOffsetAfterAnEditShiftsByItsGrowth() {
        TextDiff d = TextDiff.of("AAAbbbCCC", "AAAbbbbbCCC");
        assertEquals(8, d.map(6, false), "after an insertion of two");
        assertEquals(2, d.map(2, false), "before it");
    }

    @Test
    void aHugeRewriteIsShownWholeRatherThanDiffed() {
        String a = "甲".repeat(TextDiff.MAX_DIFFED_CHARS);
        String b = "乙".repeat(TextDiff.MAX_DIFFED_CHARS);
        TextDiff d = TextDiff.of(a, b);
        assertEquals(1, d.edits().size());
        assertEquals(a.length(), d.deletedChars());
    }

    static String render(List<DiffSegment> segments) {
        StringBuilder sb = new StringBuilder();
        for (DiffSegment s : segments) {
            switch (s.op()) {
                case EQUAL -> sb.append(s.text());
                case DELETE -> sb.append("[-").append(s.text()).append("-]");
                case INSERT -> sb.append("{+").append(s.text()).append("+}");
            }
        }
        return sb.toString().replace("-][-", "").replace("+}{+", "");
    }
}
