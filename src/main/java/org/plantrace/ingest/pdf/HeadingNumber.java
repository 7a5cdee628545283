package org.plantrace.ingest.pdf;

import java.util.Optional;
import org.plantrace.ingest.numbering.NumberedLine;
import org.plantrace.ingest.numbering.Numbering;

/**
 * A conventional Chinese heading number at the start of a line, as {@link Numbering} reads it for
 * every reader, and the outline level its form usually stands for: 第一章 1, 第一节 2, 第一条 3,
 * 一、 4, （一） 5, 1. 6, （1） 7, ① 8. Only the first three fix a level; the others nest by order of
 * appearance ({@link org.plantrace.ingest.numbering.NumberNesting}).
 *
 * @param level   outline level of the form
 * @param written the number as the source writes it ("第1节", "（一）")
 * @param value   its value, or -1 where the numeral cannot be read
 * @param end     index in the line just after the number
 * @param line    the number as the shared numbering reads it
 */
record HeadingNumber(int level, String written, int value, int end, NumberedLine line) {

    /** The heading number the text starts with (after leading blanks), if any. */
    static Optional<HeadingNumber> at(String text) {
        return Numbering.parse(text).map(n -> new HeadingNumber(n.style().naturalLevel(), n.num(), n.value(),
                n.end(), n));
    }

    /** 第X章, 第X节, 第X条: numbers whose form fixes the level. */
    boolean ordinal() {
        return level <= 3;
    }

    static boolean isBlank(char c) {
        return Character.isWhitespace(c) || c == '\u3000' || c == '\u00a0';
    }
}
