package org.plantrace.ingest.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The title a plain-text plan gets: its own name where it gives one, the file's name only where it does not. */
class TextTitleTest {
    private final TextReader reader = new TextReader();

    private String title(String text) {
        return reader.parse(text, "upload-3.txt").title();
    }

    @Test
    void aFirstLineNamingThePlanIsTheTitleEvenWhenANoteLineFollows() {
        String text = "永安镇国土空间总体规划（2021—2035年）（送审稿）\n【测试样本，非真实规划】\n\n第一章 总则\n\n第一条 规划目的\n为……制定本规划。\n";
        assertEquals("永安镇国土空间总体规划（2021—2035年）", title(text));
    }

    @Test
    void bookTitleMarksAroundTheNameAreDropped() {
        assertEquals("某乡国土空间规划（2021—2035年）",
                title("《某乡国土空间规划（2021—2035年）》\n\n第一章 总则\n\n第一条 目的\n制定本规划。\n"));
    }

    @Test
    void theShortNameTheTextDeclaresWins() {
        String text = "前言\n为落实《某县国土空间总体规划（2021—2035年）》（以下简称《规划》），……\n\n第一章 总则\n";
        assertEquals("某县国土空间总体规划（2021—2035年）", title(text));
    }

    @Test
    void aFirstLineThatIsNotAPlanNameLeavesTheFileName() {
        assertEquals("upload-3", title("第一章 总则\n\n第一条 目的\n制定本规划。\n"));
        assertEquals("upload-3", title("为加强耕地保护，制定本办法。\n"));
    }
}
