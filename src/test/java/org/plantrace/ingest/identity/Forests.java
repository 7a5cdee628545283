package org.plantrace.ingest.identity;

import java.util.List;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.clause.ClauseKind;
import org.plantrace.domain.clause.ClauseTree;
import org.plantrace.domain.clause.MandatoryProvenance;
import org.plantrace.domain.clause.Span;

/** Hand-built clause forests shaped like a county plan text, for tests that need no reader. */
public final class Forests {
    private Forests() {
    }

    public static Clause clause(ClauseKind kind, String num, String heading, String text, Clause... children) {
        Clause c = new Clause(kind, num, heading);
        c.setText(text);
        for (Clause child : children) {
            c.addChild(child);
        }
        return c;
    }

    /**
     * 第一章 总则 (two articles) and 第二章 国土空间保护 (two sections with articles and items);
     * one underlined article, one manually marked, one suggestion. Path ids are assigned.
     */
    public static List<Clause> countyPlan() {
        Clause purpose = clause(ClauseKind.ARTICLE, "第1条", "规划目的",
                "为贯彻落实国家和山西省关于建立国土空间规划体系的决策部署，编制本规划。");
        Clause scope = clause(ClauseKind.ARTICLE, "第2条", "规划范围",
                "规划范围为浑源县行政辖区全域，国土总面积1965.11平方千米。\n中心城区范围为城镇开发边界围合的范围。");
        scope.setLocation("第 12 行");
        Clause chapter1 = clause(ClauseKind.CHAPTER, "第一章", "总则", "", purpose, scope);

        Clause redLine = clause(ClauseKind.ARTICLE, "第3条", "划定生态保护红线",
                "全县划定生态保护红线面积538.87平方千米，占国土面积的27.37%。生态保护红线内自然保护地核心保护区原则上禁止人为活动。",
                clause(ClauseKind.ITEM, "（一）", "", "严格管控自然保护地核心保护区。"),
                clause(ClauseKind.ITEM, "（二）", "", "有限人为活动须符合国家规定。"));
        redLine.addMandatorySpan(new Span(0, 28));
        redLine.addMandatorySpan(new Span(30, 40));
        Clause farmland = clause(ClauseKind.ARTICLE, "第4条", "严守耕地保护红线",
                "耕地保有量不低于73.39万亩，永久基本农田保护面积不低于61.25万亩。");
        farmland.markMandatory(MandatoryProvenance.MANUAL);
        Clause sectionEco = clause(ClauseKind.SECTION, "第一节", "生态保护", "", redLine, farmland);

        Clause boundary = clause(ClauseKind.ARTICLE, "第5条", "划定城镇开发边界",
                "城镇开发边界面积23.57平方千米，不超过第三次国土调查城镇建设用地规模的1.3倍。");
        boundary.markMandatory(MandatoryProvenance.SUGGESTED);
        Clause heritage = clause(ClauseKind.ARTICLE, "第6条", "历史文化保护线",
                "落实历史文化保护线，保护悬空寺、永安寺等文物保护单位。");
        Clause sectionTown = clause(ClauseKind.SECTION, "第二节", "城镇开发", "", boundary, heritage);
        Clause chapter2 = clause(ClauseKind.CHAPTER, "第二章", "国土空间保护", "本章明确三条控制线。", sectionEco, sectionTown);

        List<Clause> roots = List.of(chapter1, chapter2);
        ClauseTree.assignPathIds(roots);
        return roots;
    }
}
