package org.plantrace.extract.indicator;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The year a quantity is stated for: the last YYYY年 before it in the same sentence (a sentence ends
 * at 。 or a paragraph break; ； does not end it, so 至2035年，森林覆盖率…；新增…面积… all read 2035).
 * After a target word of the rules (至2035年, 到2025年) it is the target year; a bare year
 * (2020年，浑源县常住人口23.77万人) is the base year of a status figure.
 */
final class YearReader {
    private static final Pattern YEAR = Pattern.compile("(?<![0-9])((?:19|20)[0-9]{2})年");

    record Years(Integer target, Integer base) {
        static final Years NONE = new Years(null, null);
    }

    private final List<String> targetWords;

    YearReader(IndicatorRules rules) {
        this.targetWords = rules.targetWords;
    }

    Years at(String text, int position) {
        int sentenceStart = Math.max(text.lastIndexOf('。', position - 1), text.lastIndexOf('\n', position - 1)) + 1;
        Matcher m = YEAR.matcher(text).region(sentenceStart, position);
        Integer year = null;
        boolean target = false;
        while (m.find()) {
            year = Integer.valueOf(m.group(1));
            target = isTargetWordBefore(text, m.start(), sentenceStart);
        }
        if (year == null) {
            return Years.NONE;
        }
        return target ? new Years(year, null) : new Years(null, year);
    }

    private boolean isTargetWordBefore(String text, int yearStart, int sentenceStart) {
        for (String w : targetWords) {
            int at = yearStart - w.length();
            if (at >= sentenceStart && text.startsWith(w, at)) {
                return true;
            }
        }
        return false;
    }
}
