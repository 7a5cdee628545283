package org.plantrace.ingest.pdf;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plantrace.ingest.numbering.Numbering;

/**
 * A conventional Chinese heading number at the start of a line, and the outline level its form
 * stands for: 第一章 1, 第一节 2, 第一条 3, 一、 4, （一） 5, 1. 6, （1） 7, ① 8. Levels above 4 are all
 * sub-items ({@link org.plantrace.domain.clause.ClauseKind#forLevel}) but still nest by form.
 *
 * @param level   outline level of the form
 * @param written the number as the source writes it ("第1节", "（一）")
 * @param value   its value, or -1 where the numeral cannot be read
 * @param end     index in the line just after the number
 */
record HeadingNumber(int level, String written, int value, int end) {
    private static final String CN = "[一二三四五六七八九十百千零〇两]+";
    private static final String NUM = "(?:[0-9０-９]+|" + CN + ")";
    private static final List<Pattern> FORMS = List.of(
            Pattern.compile("第\\s*(" + NUM + ")\\s*章"),
            Pattern.compile("第\\s*(" + NUM + ")\\s*节"),
            Pattern.compile("第\\s*(" + NUM + ")\\s*条"),
            Pattern.compile("(" + CN + ")\\s*[、．.]"),
            Pattern.compile("[（(]\\s*(" + CN + ")\\s*[）)]"),
            Pattern.compile("([0-9０-９]{1,3})\\s*[.．、](?![0-9０-９])"),
            Pattern.compile("[（(]\\s*([0-9０-９]{1,3})\\s*[）)]"),
            Pattern.compile("([①-⑳])"));

    /** The heading number the text starts with (after leading blanks), if any. */
    static Optional<HeadingNumber> at(String text) {
        int start = 0;
        while (start < text.length() && isBlank(text.charAt(start))) {
            start++;
        }
        for (int i = 0; i < FORMS.size(); i++) {
            Matcher m = FORMS.get(i).matcher(text);
            m.region(start, text.length());
            if (m.lookingAt()) {
                return Optional.of(new HeadingNumber(i + 1, m.group(), value(m.group(1)), m.end()));
            }
        }
        return Optional.empty();
    }

    static boolean isBlank(char c) {
        return Character.isWhitespace(c) || c == '\u3000' || c == '\u00a0';
    }

    /** Reads 12, １２, 十二, 一百零五, 二〇 and ⑫; -1 if it cannot. */
    static int value(String numeral) {
        if (numeral.length() == 1 && numeral.charAt(0) >= '①' && numeral.charAt(0) <= '⑳') {
            return numeral.charAt(0) - '①' + 1;
        }
        return Numbering.value(numeral);
    }
}
