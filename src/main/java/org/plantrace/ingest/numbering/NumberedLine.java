package org.plantrace.ingest.numbering;

/**
 * A line that begins with a number.
 *
 * @param style the numbering convention
 * @param num   the number exactly as written, e.g. {@code 第1节}, {@code 1．}, {@code （一）}
 * @param value the number's value (一 = 1, ⑫ = 12)
 * @param rest  what follows the number, trimmed: a heading title, or body text
 * @param end   where the number ends in the line as given (leading blanks included), so that a
 *              reader can cut its own marked-up text at the same place
 */
public record NumberedLine(NumberingStyle style, String num, int value, String rest, int end) {
}
