package org.plantrace.extract.entity;

/** Small counts as plans write them: "16", "六", "十", "十四", "二十三". */
final class ChineseCount {
    private static final String DIGITS = "零一二三四五六七八九";

    private ChineseCount() {
    }

    static int parse(String s) {
        if (s.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(s);
        }
        String t = s.replace('两', '二');
        int ten = t.indexOf('十');
        if (ten < 0) {
            return digit(t);
        }
        int tens = ten == 0 ? 1 : digit(t.substring(0, ten));
        int units = ten == t.length() - 1 ? 0 : digit(t.substring(ten + 1));
        return tens * 10 + units;
    }

    private static int digit(String s) {
        if (s.length() != 1 || DIGITS.indexOf(s.charAt(0)) < 0) {
            throw new IllegalArgumentException("not a small Chinese count: " + s);
        }
        return DIGITS.indexOf(s.charAt(0));
    }
}
