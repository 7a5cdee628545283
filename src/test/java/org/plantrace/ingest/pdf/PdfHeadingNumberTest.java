package org.plantrace.ingest.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The conventional number forms and the levels they stand for. */
class PdfHeadingNumberTest {

    private static HeadingNumber number(String line) {
        return HeadingNumber.at(line).orElseThrow(() -> new AssertionError("no number in " + line));
    }

    @Test
    void eachFormHasItsLevelAndValue() {
        assertLevelAndValue("第十二章　空间治理", 1, 12, "第十二章");
        assertLevelAndValue("第3章 总则", 1, 3, "第3章");
        assertLevelAndValue("第一节 三条控制线", 2, 1, "第一节");
        assertLevelAndValue("第一百零五条 附则", 3, 105, "第一百零五条");
        assertLevelAndValue("第２０条", 3, 20, "第２０条");
        assertLevelAndValue("二十一、城镇开发边界", 4, 21, "二十一、");
        assertLevelAndValue("（三）生态保护红线", 5, 3, "（三）");
        assertLevelAndValue("12．核心保护区", 6, 12, "12．");
        assertLevelAndValue("3、一般控制区", 6, 3, "3、");
        assertLevelAndValue("(4) 农田", 7, 4, "(4)");
        assertLevelAndValue("⑫ 湿地", 8, 12, "⑫");
    }

    private static void assertLevelAndValue(String line, int level, int value, String written) {
        HeadingNumber n = number(line);
        assertEquals(level, n.level(), line);
        assertEquals(value, n.value(), line);
        assertEquals(written, n.written(), line);
    }

    @Test
    void decimalsAndYearsAreNotNumbers() {
        assertTrue(HeadingNumber.at("3.39万亩耕地").isEmpty());
        assertTrue(HeadingNumber.at("2035年，常住人口城镇化率达到65%。").isEmpty());
        assertTrue(HeadingNumber.at("第三方评估").isEmpty());
        assertTrue(HeadingNumber.at("一是严格保护").isEmpty());
    }

    @Test
    void numberEndsWhereTheTitleBegins() {
        String line = "　　第四条　规划期限";
        HeadingNumber n = number(line);
        assertEquals("规划期限", line.substring(n.end()).strip().replace("\u3000", ""));
    }
}
