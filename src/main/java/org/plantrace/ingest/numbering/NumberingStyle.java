package org.plantrace.ingest.numbering;

/**
 * A numbering convention, listed from the outermost to the innermost level it usually marks in a
 * Chinese plan text. {@link #naturalLevel()} is that usual level (1 chapter … 5 and deeper
 * sub-items); readers that see only some of the styles still order them by first appearance.
 */
public enum NumberingStyle {
    /** 第一章, 第1章 */
    CHAPTER(1),
    /** 第一节, 第1节 */
    SECTION(2),
    /** 第一条, 第1条 */
    ARTICLE(3),
    /** 一、 二、 */
    CHINESE_ENUM(4),
    /** （一） (一) */
    CHINESE_PAREN(5),
    /** 1. 1． 1、 */
    ARABIC_DOT(6),
    /** （1） (1) */
    ARABIC_PAREN(7),
    /** ① ② */
    CIRCLED(8);

    private final int naturalLevel;

    NumberingStyle(int naturalLevel) {
        this.naturalLevel = naturalLevel;
    }

    public int naturalLevel() {
        return naturalLevel;
    }
}
