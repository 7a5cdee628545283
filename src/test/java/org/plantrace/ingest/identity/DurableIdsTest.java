package org.plantrace.ingest.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.plantrace.ingest.identity.Forests.clause;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.clause.ClauseKind;
import org.plantrace.domain.clause.ClauseTree;

class DurableIdsTest {

    @Test
    void firstImportIdsComeFromContentAndAreUniqueAndStable() {
        List<Clause> a = Forests.countyPlan();
        List<Clause> b = Forests.countyPlan();
        IdReport report = DurableIds.assignFresh(a);
        DurableIds.assignFresh(b);

        List<String> idsA = uids(a);
        assertEquals(idsA, uids(b), "same text, same ids");
        assertEquals(idsA.size(), new HashSet<>(idsA).size(), "ids are unique");
        idsA.forEach(id -> assertTrue(id.matches("c[a-z2-7]{8}"), id));
        assertEquals(new IdReport(0, 0, idsA.size(), 0), report);
    }

    @Test
    void repeatedTextsGetDistinctIds() {
        List<Clause> roots = List.of(
                clause(ClauseKind.PARAGRAPH, "", "", "同上。"),
                clause(ClauseKind.PARAGRAPH, "", "", "同上。"),
                clause(ClauseKind.PARAGRAPH, "", "", "同 上。"));
        DurableIds.assignFresh(roots);
        assertEquals(3, new HashSet<>(uids(roots)).size());
    }

    @Test
    void reimportKeepsIdsOfUnchangedMovedRenumberedAndLightlyEditedClauses() {
        List<Clause> v1 = Forests.countyPlan();
        DurableIds.assignFresh(v1);
        List<Clause> v2 = Forests.countyPlan();
        Clause chapter1 = v2.get(0);
        Clause chapter2 = v2.get(1);
        Clause sectionEco = chapter2.children().get(0);
        Clause sectionTown = chapter2.children().get(1);

        // a new article before the others: every article number after it shifts by one
        Clause basis = clause(ClauseKind.ARTICLE, "第1条", "规划依据", "依据《中华人民共和国土地管理法》等法律法规编制本规划。");
        List<Clause> oldArticles = List.copyOf(chapter1.children());
        oldArticles.forEach(chapter1::removeChild);
        chapter1.addChild(basis);
        oldArticles.forEach(chapter1::addChild);
        renumberArticles(v2);
        // one word changed
        Clause redLine = sectionEco.children().get(0);
        redLine.setText(redLine.text().replace("禁止人为活动", "限制人为活动"));
        // one article deleted
        Clause farmland = sectionEco.children().get(1);
        sectionEco.removeChild(farmland);
        // one article moved to the other section
        Clause heritage = sectionTown.children().get(1);
        sectionTown.removeChild(heritage);
        sectionEco.addChild(heritage);
        ClauseTree.assignPathIds(v2);

        IdReport report = DurableIds.carryOver(v2, v1);

        assertEquals(uidOf(v1, "规划目的"), uidOf(v2, "规划目的"));
        assertEquals(uidOf(v1, "规划范围"), uidOf(v2, "规划范围"));
        assertEquals(uidOf(v1, "历史文化保护线"), uidOf(v2, "历史文化保护线"), "moved");
        assertEquals(uidOf(v1, "划定生态保护红线"), uidOf(v2, "划定生态保护红线"), "edited");
        assertEquals(uidOf(v1, "生态保护"), uidOf(v2, "生态保护"));
        assertFalse(uids(v1).contains(basis.uid()), "the inserted article gets a new id");
        assertEquals("chp_1__art_2", clauseOf(v2, "规划目的").eId(), "the readable id did move");
        assertEquals(new IdReport(uids(v2).size() - 2, 1, 1, 1), report);
        assertEquals(uids(v2).size(), new HashSet<>(uids(v2)).size());
    }

    @Test
    void sameTextUnderRenamedHeadingKeepsItsId() {
        List<Clause> v1 = Forests.countyPlan();
        DurableIds.assignFresh(v1);
        List<Clause> v2 = Forests.countyPlan();
        clauseOf(v2, "划定城镇开发边界").setHeading("城镇开发边界");
        DurableIds.carryOver(v2, v1);
        assertEquals(uidOf(v1, "划定城镇开发边界"), uidOf(v2, "城镇开发边界"));
    }

    @Test
    void rewrittenClauseGetsNewId() {
        List<Clause> v1 = Forests.countyPlan();
        DurableIds.assignFresh(v1);
        List<Clause> v2 = Forests.countyPlan();
        clauseOf(v2, "规划目的").setText("本规划是浑源县空间发展的指南、可持续发展的空间蓝图。");
        DurableIds.carryOver(v2, v1);
        assertNotEquals(uidOf(v1, "规划目的"), uidOf(v2, "规划目的"));
    }

    @Test
    void repeatedSectionsFollowTheirParentsWhenChaptersSwap() {
        List<Clause> v1 = List.of(
                clause(ClauseKind.CHAPTER, "第一章", "中心城区", "",
                        clause(ClauseKind.SECTION, "第一节", "总体要求", "")),
                clause(ClauseKind.CHAPTER, "第二章", "乡村振兴", "",
                        clause(ClauseKind.SECTION, "第一节", "总体要求", "")));
        DurableIds.assignFresh(v1);
        List<Clause> v2 = List.of(
                clause(ClauseKind.CHAPTER, "第一章", "乡村振兴", "",
                        clause(ClauseKind.SECTION, "第一节", "总体要求", "")),
                clause(ClauseKind.CHAPTER, "第二章", "中心城区", "",
                        clause(ClauseKind.SECTION, "第一节", "总体要求", "")));
        DurableIds.carryOver(v2, v1);
        assertEquals(v1.get(1).children().get(0).uid(), v2.get(0).children().get(0).uid());
        assertEquals(v1.get(0).children().get(0).uid(), v2.get(1).children().get(0).uid());
    }

    @Test
    void everyOldIdGoesToOneClauseAtMost() {
        List<Clause> v1 = List.of(clause(ClauseKind.ARTICLE, "第1条", "规划期限", "规划期限为2021—2035年。"));
        DurableIds.assignFresh(v1);
        List<Clause> v2 = List.of(
                clause(ClauseKind.ARTICLE, "第1条", "规划期限", "规划期限为2021—2035年。"),
                clause(ClauseKind.ARTICLE, "第2条", "规划期限", "规划期限为2021—2035年。"));
        IdReport report = DurableIds.carryOver(v2, v1);
        assertEquals(v1.get(0).uid(), v2.get(0).uid());
        assertNotEquals(v1.get(0).uid(), v2.get(1).uid());
        assertEquals(new IdReport(1, 0, 1, 0), report);
    }

    @Test
    void freshIdsNeverTakeAnOldId() {
        Clause added = clause(ClauseKind.ARTICLE, "第9条", "新增条款", "新增的内容。");
        List<Clause> probe = List.of(clause(ClauseKind.ARTICLE, "第9条", "新增条款", "新增的内容。"));
        DurableIds.assignFresh(probe);
        String contentId = probe.get(0).uid();
        // an old clause that happens to carry exactly the id the new clause's content hashes to
        Clause old = clause(ClauseKind.ARTICLE, "第1条", "旧条款", "完全不同的内容。");
        old.setUid(contentId);

        DurableIds.carryOver(List.of(added), List.of(old));

        assertNotEquals(contentId, added.uid());
        assertTrue(added.uid().matches("c[a-z2-7]{8}"));
    }

    private static void renumberArticles(List<Clause> roots) {
        int[] n = {0};
        ClauseTree.walk(roots, (c, p) -> {
            if (c.kind() == ClauseKind.ARTICLE) {
                c.setNum("第" + (++n[0]) + "条");
            }
        });
    }

    static List<String> uids(List<Clause> roots) {
        return ClauseTree.flatten(roots).stream().map(Clause::uid).collect(Collectors.toList());
    }

    static Clause clauseOf(List<Clause> roots, String heading) {
        List<Clause> found = ClauseTree.flatten(roots).stream().filter(c -> c.heading().equals(heading)).toList();
        assertEquals(1, found.size(), heading);
        return found.get(0);
    }

    static String uidOf(List<Clause> roots, String heading) {
        return clauseOf(roots, heading).uid();
    }

    static Set<String> uidSet(List<Clause> roots) {
        return new HashSet<>(uids(roots));
    }
}
