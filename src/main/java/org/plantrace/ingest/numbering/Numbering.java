package org.plantrace.ingest.numbering;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Recognises the number at the start of a line. */
public final class Numbering {
    private static final String CN_DIGITS = "零〇一二三四五六七八九十百千两";
    /** Arabic digits, also the full-width ones that Chinese input methods type. */
    private static final String DIGIT = "[0-9０-９]";
    private static final Pattern ORDINAL = Pattern.compile(
            "^(第\\s*([" + CN_DIGITS + "]+|" + DIGIT + "{1,3})\\s*([章节条]))\\s*(.*)$", Pattern.DOTALL);
    private static final Pattern CHINESE_ENUM = Pattern.compile(
            "^(([" + CN_DIGITS + "]{1,3})\\s*[、．.])\\s*(.*)$", Pattern.DOTALL);
    private static final Pattern CHINESE_PAREN = Pattern.compile(
            "^([（(]\\s*([" + CN_DIGITS + "]{1,3})\\s*[）)])\\s*(.*)$", Pattern.DOTALL);
    /** 1. 1． 1、 — but not a decimal such as "1.5万亩" or a year "2035年". */
    private static final Pattern ARABIC_DOT = Pattern.compile(
            "^((" + DIGIT + "{1,3})\\s*[.．、](?![0-9０-９]))\\s*(.*)$", Pattern.DOTALL);
    private static final Pattern ARABIC_PAREN = Pattern.compile(
            "^([（(]\\s*(" + DIGIT + "{1,3})\\s*[）)])\\s*(.*)$", Pattern.DOTALL);
    private static final Pattern CIRCLED = Pattern.compile("^([\u2460-\u2473])\\s*(.*)$", Pattern.DOTALL);

    private Numbering() {
    }

    /** The number this line starts with, if any. Leading white space is ignored. */
    public static Optional<NumberedLine> parse(String line) {
        String s = stripLeading(line);
        int lead = line.length() - s.length();
        Matcher m = ORDINAL.matcher(s);
        if (m.matches()) {
            NumberingStyle style = switch (m.group(3)) {
                case "章" -> NumberingStyle.CHAPTER;
                case "节" -> NumberingStyle.SECTION;
                default -> NumberingStyle.ARTICLE;
            };
            return Optional.of(new NumberedLine(style, m.group(1).replaceAll("\\s+", ""), value(m.group(2)),
                    m.group(4).strip(), lead + m.end(1)));
        }
        for (Form form : FORMS) {
            m = form.pattern.matcher(s);
            if (m.matches()) {
                return Optional.of(new NumberedLine(form.style, m.group(1), value(m.group(2)), m.group(3).strip(),
                        lead + m.end(1)));
            }
        }
        m = CIRCLED.matcher(s);
        if (m.matches()) {
            char c = m.group(1).charAt(0);
            return Optional.of(new NumberedLine(NumberingStyle.CIRCLED, m.group(1), c - '\u2460' + 1,
                    m.group(2).strip(), lead + m.end(1)));
        }
        return Optional.empty();
    }

    private record Form(NumberingStyle style, Pattern pattern) {
    }

    /** Tried in this order: （1） before 1. so that neither is taken for the other. */
    private static final java.util.List<Form> FORMS = java.util.List.of(
            new Form(NumberingStyle.CHINESE_ENUM, CHINESE_ENUM),
            new Form(NumberingStyle.CHINESE_PAREN, CHINESE_PAREN),
            new Form(NumberingStyle.ARABIC_PAREN, ARABIC_PAREN),
            new Form(NumberingStyle.ARABIC_DOT, ARABIC_DOT));

    /** Strips ASCII and ideographic white space (U+3000), which Chinese texts use for indents. */
    public static String stripLeading(String s) {
        int i = 0;
        while (i < s.length() && (Character.isWhitespace(s.charAt(i)) || s.charAt(i) == '\u3000'
                || s.charAt(i) == '\u00a0')) {
            i++;
        }
        return s.substring(i);
    }

    /**
     * The value of a number written in Arabic digits (also full-width), Chinese numerals up to
     * 9999 (十二, 一百零五, 一千八百零二) or positional Chinese digits (二〇); -1 if it is none.
     */
    public static int value(String digits) {
        if (!digits.isEmpty() && digits.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(digits);
        }
        boolean positional = digits.indexOf('十') < 0 && digits.indexOf('百') < 0 && digits.indexOf('千') < 0;
        int total = 0;
        int current = 0;
        for (char c : digits.toCharArray()) {
            int d = c == '两' ? 2 : "零一二三四五六七八九".indexOf(c == '〇' ? '零' : c);
            if (d >= 0) {
                current = positional ? current * 10 + d : d;
            } else if (c == '十') {
                total += (current == 0 ? 1 : current) * 10;
                current = 0;
            } else if (c == '百') {
                total += (current == 0 ? 1 : current) * 100;
                current = 0;
            } else if (c == '千') {
                total += (current == 0 ? 1 : current) * 1000;
                current = 0;
            } else {
                return -1;
            }
        }
        return total + current;
    }

    /** The Chinese numeral for 1..9999 as Word renders 第一章, 十、, 第一百零一条. */
    public static String chinese(int n) {
        return chinese(n, "零一二三四五六七八九", "十百千");
    }

    /**
     * Chinese numerals for 1..9999 with the given digits (零一二… or the legal 零壹贰…) and units
     * (十百千 or 拾佰仟): 十, 十一, 二十, 一百零一, 一百一十. Other values stay Arabic.
     */
    public static String chinese(int value, String digits, String units) {
        if (value <= 0 || value > 9999) {
            return Integer.toString(value);
        }
        StringBuilder sb = new StringBuilder();
        int[] parts = {value / 1000, value / 100 % 10, value / 10 % 10, value % 10};
        boolean pendingZero = false;
        for (int i = 0; i < 4; i++) {
            int d = parts[i];
            if (d == 0) {
                pendingZero = sb.length() > 0;
                continue;
            }
            if (pendingZero) {
                sb.append(digits.charAt(0));
                pendingZero = false;
            }
            boolean leadingTen = i == 2 && d == 1 && sb.length() == 0;
            if (!leadingTen) {
                sb.append(digits.charAt(d));
            }
            if (i < 3) {
                sb.append(units.charAt(2 - i));
            }
        }
        return sb.toString();
    }
}
