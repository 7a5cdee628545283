package org.plantrace.application.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.clause.ClauseKind;
import org.plantrace.ingest.numbering.NumberingStyle;

class SourceNumbersTest {

    private static List<Clause> siblings(String... nums) {
        List<Clause> out = new ArrayList<>();
        for (int i = 0; i < nums.length; i++) {
            Clause c = new Clause(ClauseKind.SECTION, nums[i], "节" + i);
            c.setUid("u" + i);
            out.add(c);
        }
        return out;
    }

    @Test
    void realNumbersAreRewrittenInOrderInTheirOwnStyle() {
        List<Clause> roots = siblings("第1节", "第2节", "第3节");
        Map<String, List<String>> before = SourceNumbers.shape(roots);
        Clause moved = roots.remove(0);
        roots.add(moved);
        Clause fresh = new Clause(ClauseKind.SECTION, "", "新节");
        fresh.setUid("new");
        roots.add(1, fresh);

        SourceNumbers.renumber(roots, before);

        assertEquals(List.of("第1节", "第2节", "第3节", "第4节"), roots.stream().map(Clause::num).toList());
        assertEquals(List.of("节1", "新节", "节2", "节0"), roots.stream().map(Clause::heading).toList());
    }

    @Test
    void aFlattenedExportsRepeatedNumberIsLeftAlone() {
        List<Clause> roots = siblings("1.", "1.", "1.");
        Map<String, List<String>> before = SourceNumbers.shape(roots);
        roots.add(roots.remove(0));
        SourceNumbers.renumber(roots, before);
        assertEquals(List.of("1.", "1.", "1."), roots.stream().map(Clause::num).toList());
    }

    @Test
    void untouchedGroupsKeepTheSourcesGaps() {
        List<Clause> roots = siblings("第1节", "第3节");
        SourceNumbers.renumber(roots, SourceNumbers.shape(roots));
        assertEquals(List.of("第1节", "第3节"), roots.stream().map(Clause::num).toList());
    }

    @Test
    void chineseAndCircledNumeralsKeepTheirForm() {
        assertEquals("第十二章", SourceNumbers.format("第一章", NumberingStyle.CHAPTER, 12));
        assertEquals("（三）", SourceNumbers.format("（一）", NumberingStyle.CHINESE_PAREN, 3));
        assertEquals("4．", SourceNumbers.format("1．", NumberingStyle.ARABIC_DOT, 4));
        assertEquals("③", SourceNumbers.format("①", NumberingStyle.CIRCLED, 3));
    }
}
