package org.plantrace.ingest.rendition;

import java.util.List;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.clause.ClauseKind;
import org.plantrace.domain.clause.Span;

/**
 * A small hand-built plan with every level, a chapter holding articles directly (总则), an
 * untitled section, the punctuation and Latin text real plans carry, underlined provisions, and
 * an article long enough to run over page breaks.
 */
final class PdfSmallPlan {
    static final int LONG_SPAN_START = 600;
    static final int LONG_SPAN_END = 1900;

    private PdfSmallPlan() {
    }

    static List<Clause> forest() {
        Clause preface = new Clause(ClauseKind.PARAGRAPH, "", "前言");
        preface.appendParagraph("建立国土空间规划体系并监督实施，将主体功能区规划、土地利用规划、城乡规划等空间规划融合为统一的国土空间规划，实现“多规合一”。");
        preface.appendParagraph("《浑源县国土空间总体规划（2021—2035年）》（以下简称《规划》）是浑源县为实现第二个百年奋斗目标制定的空间蓝图。");

        Clause general = new Clause(ClauseKind.CHAPTER, "第一章", "总则");
        Clause role = article("规划作用",
                "本规划是编制乡镇国土空间总体规划、详细规划、相关专项规划的重要依据，侧重实施性和可操作性。",
                "文本中的条款加下划线为规划强制性内容，原则上不允许修改。");
        underline(role, "文本中的条款加下划线为规划强制性内容");
        general.addChild(role);
        general.addChild(article("规划期限", "本规划期限为2021年到2035年。基期年为2020年，近期目标年为2025年，规划目标年为2035年，远景展望至2050年。"));

        Clause pattern = new Clause(ClauseKind.CHAPTER, "第二章", "国土空间格局");
        Clause lines = new Clause(ClauseKind.SECTION, "第一节", "三条控制线");
        Clause farmland = article("耕地保护", longParagraph());
        farmland.addMandatorySpan(new Span(LONG_SPAN_START, LONG_SPAN_END));
        Clause quantity = new Clause(ClauseKind.ITEM, "一、", "耕地保有量");
        quantity.appendParagraph("至2035年，全县耕地保有量不低于73.39万亩，永久基本农田保护面积不低于60.12万亩。");
        underline(quantity, "全县耕地保有量不低于73.39万亩");
        Clause redLine = new Clause(ClauseKind.SUB_ITEM, "（一）", "生态保护红线");
        redLine.appendParagraph("生态保护红线面积不低于538.87平方千米，占县域面积的27.37%。");
        redLine.appendParagraph("按GB/T 39972—2021的要求纳入“一张图”系统管理。");
        underline(redLine, "生态保护红线面积不低于538.87平方千米");
        Clause deeper = new Clause(ClauseKind.SUB_ITEM, "1．", "核心保护区");
        deeper.appendParagraph("原则上禁止人为活动。");
        redLine.addChild(deeper);
        quantity.addChild(redLine);
        farmland.addChild(quantity);
        Clause boundary = new Clause(ClauseKind.ITEM, "二、", "城镇开发边界");
        boundary.appendParagraph("城镇开发边界面积控制在31.59平方千米以内。");
        farmland.addChild(boundary);
        lines.addChild(farmland);
        pattern.addChild(lines);
        Clause untitled = new Clause(ClauseKind.SECTION, "第二节", "");
        untitled.addChild(article("区域协同", "共筑恒山、六棱山生态安全屏障——加强区域产业互补协作。"));
        pattern.addChild(untitled);

        return List.of(preface, general, pattern);
    }

    private static Clause article(String heading, String... paragraphs) {
        Clause c = new Clause(ClauseKind.ARTICLE, "", heading);
        for (String p : paragraphs) {
            c.appendParagraph(p);
        }
        return c;
    }

    private static void underline(Clause c, String phrase) {
        int at = c.text().indexOf(phrase);
        c.addMandatorySpan(new Span(at, at + phrase.length()));
    }

    private static String longParagraph() {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; sb.length() < 2600; i++) {
            sb.append("第").append(i).append("片区落实耕地保护任务，耕地保有量不低于").append(i * 3).append(".39万亩，")
                    .append("严格控制耕地转为林地、草地等其他农用地；");
        }
        return sb.append("以上要求纳入年度考核。").toString();
    }
}
