package org.plantrace.extract.entity;

/**
 * When a short form (大磁窑 for 大磁窑镇, 左浑 for 左浑高速公路) counts as a name. Bare short forms
 * are common words or parts of other names (千佛岭 is also a mountain; 永安 is inside 永安寺), so
 * a short form is linked only when both hold:
 * <ol>
 * <li><b>shape</b>: it is a whole item of an enumeration — before it a separator (、 — ， ； ： （
 * “ …), a conjunction (及 和 与) or the start, or else it is the head of the enumeration (directly
 * followed by 、 or —: "为左浑、荣乌…", "以广浑、荣乌…"); after it, past at most one direction character
 * (东 西 南 北: 千佛岭西, 大仁庄东), a separator, 等 / 和 / 及 / 与, a numeral (…东六个农业片区) or the end;</li>
 * <li><b>support</b>: the same sentence segment (between ， ； 。 ： and brackets) names at least
 * one other entity of the same family (镇 and 乡 are one family) as a full name or as a short form
 * of the right shape: "大磁窑、沙圪坨…等10处", "左浑、荣乌、灵河高速公路".</li>
 * </ol>
 * A short form that fails gives way to an entity that holds the same spelling as its full name
 * (千佛岭 among 恒山、龙山 … is the mountain), or else is not linked.
 */
final class ListContext {
    private static final String ITEM_BEFORE = "、—–-/,，;；:：(（“\"《 \t\n及和与";
    private static final String ITEM_AFTER = "、—–-/,，;；:：)）”\"》。 \t\n等及和与";
    private static final String LIST_SEPARATOR = "、—–";
    private static final String DIRECTION = "东西南北";
    private static final String NUMERAL = "0123456789一二三四五六七八九十两";
    private static final String SEGMENT_END = "，,；;。：:（）()“”\n";

    private ListContext() {
    }

    /** Condition 1: the span [start,end) is a whole enumeration item. */
    static boolean itemShape(CharSequence text, int start, int end) {
        boolean headOfList = end < text.length() && LIST_SEPARATOR.indexOf(text.charAt(end)) >= 0;
        if (start > 0 && ITEM_BEFORE.indexOf(text.charAt(start - 1)) < 0 && !headOfList) {
            return false;
        }
        int after = end;
        if (after < text.length() && DIRECTION.indexOf(text.charAt(after)) >= 0) {
            after++;
        }
        if (after >= text.length()) {
            return true;
        }
        char c = text.charAt(after);
        return ITEM_AFTER.indexOf(c) >= 0 || NUMERAL.indexOf(c) >= 0;
    }

    /** The sentence segment around a position: the range support is looked for in. */
    static int segmentStart(CharSequence text, int pos) {
        int i = pos;
        while (i > 0 && SEGMENT_END.indexOf(text.charAt(i - 1)) < 0) {
            i--;
        }
        return i;
    }

    static int segmentEnd(CharSequence text, int pos) {
        int i = pos;
        while (i < text.length() && SEGMENT_END.indexOf(text.charAt(i)) < 0) {
            i++;
        }
        return i;
    }
}
