package org.plantrace.extract.indicator;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the quantities of a text: Arabic numbers with what follows them (no leading zeros, so the
 * digits reported are the digits written). It leaves out what is
 * never a measure whatever the words around it say: numbers glued to letters or other digits
 * (S303, GB/T 39972, 1#), years and year ranges (2035年, 2021—2035年), and numbers inside a name
 * pattern of the rules (15分钟社区生活圈). Whether a unit-less number counts is decided later, with
 * the comparator words.
 */
final class QuantityScanner {
    private static final Pattern NUMBER = Pattern.compile("(?<![0-9.A-Za-z#/_])(?:0|[1-9][0-9]*)(?:\\.[0-9]+)?(?![0-9])");
    private static final Pattern DIGITS = Pattern.compile("(?:0|[1-9][0-9]*)(?:\\.[0-9]+)?(?![0-9])");
    private final IndicatorRules rules;

    QuantityScanner(IndicatorRules rules) {
        this.rules = rules;
    }

    List<Quantity> scan(String text) {
        List<int[]> nameParts = nameParts(text);
        List<Quantity> out = new ArrayList<>();
        Matcher m = NUMBER.matcher(text);
        int from = 0;
        while (from < text.length() && m.find(from)) {
            Quantity q = read(text, m.start(), m.end());
            from = Math.max(m.end(), q == null ? m.end() : q.end());
            if (q != null && !isYear(q) && !inside(nameParts, q.start())) {
                out.add(q);
            }
        }
        return out;
    }

    /** The number at [start, numberEnd), a range continuation if any, the unit and the suffix. */
    private Quantity read(String text, int start, int numberEnd) {
        String value = text.substring(start, numberEnd);
        String valueMax = null;
        int at = numberEnd;
        IndicatorRules.UnitRule firstUnit = rules.unitAt(text, at);
        int afterFirstUnit = firstUnit == null ? at : at + firstUnit.written().length();
        String sep = rules.rangeSeparatorAt(text, afterFirstUnit);
        if (sep != null) {
            Matcher second = DIGITS.matcher(text).region(afterFirstUnit + sep.length(), text.length());
            if (second.lookingAt()) {
                IndicatorRules.UnitRule secondUnit = rules.unitAt(text, second.end());
                // 75%—80% and 75—80% are ranges; 10—20米 with a different first unit is not
                if (firstUnit == null || (secondUnit != null && secondUnit.written().equals(firstUnit.written()))) {
                    valueMax = second.group();
                    at = second.end();
                }
            }
        }
        if (valueMax == null) {
            at = numberEnd;
        }
        IndicatorRules.UnitRule unit = rules.unitAt(text, at);
        int spanEnd = unit == null ? at : at + unit.written().length();
        IndicatorRules.Phrase suffix = rules.suffixAt(text, spanEnd);
        int end = suffix == null ? spanEnd : spanEnd + suffix.text().length();
        return new Quantity(start, spanEnd, end, value, valueMax, unit, suffix);
    }

    /** 2035年, 2021—2035年 and other calendar years with 年 are dates, not durations. */
    private static boolean isYear(Quantity q) {
        if (q.unit() == null || !q.unit().written().equals("年")) {
            return false;
        }
        return q.value().length() == 4 || (q.valueMax() != null && q.valueMax().length() == 4);
    }

    private List<int[]> nameParts(String text) {
        List<int[]> spans = new ArrayList<>();
        for (Pattern p : rules.nameParts) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                spans.add(new int[] {m.start(), m.end()});
            }
        }
        return spans;
    }

    private static boolean inside(List<int[]> spans, int at) {
        for (int[] s : spans) {
            if (at >= s[0] && at < s[1]) {
                return true;
            }
        }
        return false;
    }
}
