package org.plantrace.ingest.numbering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NumberingTest {

    @Test
    void recognisesEachStyleWithItsValue() {
        check("第十二章 城镇空间", NumberingStyle.CHAPTER, "第十二章", 12, "城镇空间");
        check("第1节 严守三条控制线", NumberingStyle.SECTION, "第1节", 1, "严守三条控制线");
        check("第二十三条 划定城镇开发边界", NumberingStyle.ARTICLE, "第二十三条", 23, "划定城镇开发边界");
        check("三、保护要求", NumberingStyle.CHINESE_ENUM, "三、", 3, "保护要求");
        check("（十一）城市绿道", NumberingStyle.CHINESE_PAREN, "（十一）", 11, "城市绿道");
        check("2． 京津冀生态屏障区", NumberingStyle.ARABIC_DOT, "2．", 2, "京津冀生态屏障区");
        check("1. 总则", NumberingStyle.ARABIC_DOT, "1.", 1, "总则");
        check("（3）生态修复", NumberingStyle.ARABIC_PAREN, "（3）", 3, "生态修复");
        check("④ 标本采集", NumberingStyle.CIRCLED, "④", 4, "标本采集");
    }

    @Test
    void decimalsAndYearsAreNotNumbers() {
        assertTrue(Numbering.parse("1.25倍").isEmpty());
        assertTrue(Numbering.parse("2035年耕地保有量").isEmpty());
        assertTrue(Numbering.parse("耕地保有量不低于73.39万亩").isEmpty());
    }

    @Test
    void chineseNumerals() {
        assertEquals(10, Numbering.value("十"));
        assertEquals(19, Numbering.value("十九"));
        assertEquals(40, Numbering.value("四十"));
        assertEquals(105, Numbering.value("一百零五"));
        assertEquals("十九", Numbering.chinese(19));
        assertEquals("二十", Numbering.chinese(20));
        assertEquals("三", Numbering.chinese(3));
        assertEquals("一百零五", Numbering.chinese(105));
        assertEquals("一百一十", Numbering.chinese(110));
        assertEquals("一千八百零二", Numbering.chinese(1802));
        assertEquals(1802, Numbering.value("一千八百零二"));
        assertEquals(20, Numbering.value("二〇"));
        assertEquals(12, Numbering.value("１２"));
        assertEquals(-1, Numbering.value("第三方"));
    }

    private static void check(String line, NumberingStyle style, String num, int value, String rest) {
        NumberedLine n = Numbering.parse(line).orElseThrow();
        assertEquals(style, n.style());
        assertEquals(num, n.num());
        assertEquals(value, n.value());
        assertEquals(rest, n.rest());
    }
}
