package org.plantrace.ingest.docx;

import org.plantrace.ingest.numbering.Numbering;

import org.docx4j.model.listnumbering.NumberFormatter;
import org.docx4j.wml.NumberFormat;

/**
 * A list counter written in a Word number format. The formats Chinese plans use are done here,
 * as Word writes them (十一, not docx4j's 一十一; ㉑ and beyond fall back to digits); the rest goes
 * to docx4j's formatter, and anything it cannot do falls back to Arabic digits.
 */
final class NumberText {
    private static final String DIGITS = "零一二三四五六七八九";
    private static final String LEGAL_DIGITS = "零壹贰叁肆伍陆柒捌玖";
    private static final String HEAVENLY_STEMS = "甲乙丙丁戊己庚辛壬癸";

    private NumberText() {
    }

    static String format(NumberFormat format, int value) {
        switch (format) {
            case DECIMAL:
                return Integer.toString(value);
            case NONE:
                return "";
            case CHINESE_COUNTING:
            case CHINESE_COUNTING_THOUSAND:
            case IDEOGRAPH_DIGITAL:
            case TAIWANESE_COUNTING:
            case TAIWANESE_COUNTING_THOUSAND:
                return chinese(value, DIGITS, "十百千");
            case CHINESE_LEGAL_SIMPLIFIED:
                return chinese(value, LEGAL_DIGITS, "拾佰仟");
            case IDEOGRAPH_TRADITIONAL:
                return value >= 1 && value <= 10 ? String.valueOf(HEAVENLY_STEMS.charAt(value - 1)) : Integer.toString(value);
            case DECIMAL_ENCLOSED_CIRCLE:
            case DECIMAL_ENCLOSED_CIRCLE_CHINESE:
                return value >= 1 && value <= 20 ? String.valueOf((char) ('\u2460' + value - 1)) : Integer.toString(value);
            case DECIMAL_FULL_WIDTH:
            case DECIMAL_FULL_WIDTH_2: {
                StringBuilder sb = new StringBuilder();
                for (char c : Integer.toString(value).toCharArray()) {
                    sb.append(Character.isDigit(c) ? (char) ('０' + (c - '0')) : c);
                }
                return sb.toString();
            }
            default:
                try {
                    String s = NumberFormatter.getCurrentValueFormatted(format, value);
                    return s == null || s.isEmpty() ? Integer.toString(value) : s;
                } catch (RuntimeException e) {
                    return Integer.toString(value);
                }
        }
    }

    /** Chinese numerals for 1..9999 as Word writes them: 十, 十一, 二十, 一百零一, 一百一十. */
    static String chinese(int value, String digits, String units) {
        return Numbering.chinese(value, digits, units);
    }
}
