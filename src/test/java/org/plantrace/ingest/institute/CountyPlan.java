package org.plantrace.ingest.institute;

import java.util.ArrayList;
import java.util.List;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.clause.Span;
import org.plantrace.ingest.institute.InstitutePlan.Look;

/**
 * A small county plan written the way many institutes write one: only the chapters carry a heading
 * style; sections (第一节), articles (第1条) and items (（一）, 1．) are plain paragraphs that start
 * with their numbers; some items are underlined (mandatory) beside unmarked siblings. The expected
 * outline is written out by hand in {@link #EXPECTED}.
 */
final class CountyPlan {
    static final String TITLE = "示例县国土空间总体规划（2021—2035年）";

    /** kind, number, heading; [M] after a mandatory clause, then its underlined words. */
    static final List<String> EXPECTED = List.of(
            "chapter 第一章 总则",
            "  section 第一节 规划目的与依据",
            "    article 第1条 规划目的",
            "    article 第2条 规划范围",
            "      item （一） 县域",
            "      item （二） 中心城区",
            "  section 第二节 规划期限",
            "    article 第3条 规划期限",
            "chapter 第二章 国土空间保护",
            "  section 第一节 耕地和永久基本农田",
            "    article 第4条 耕地保护",
            "      item （一） 严格耕地保有量 [M] 全县耕地保有量不低于73.39万亩。",
            "      item （二） 耕地占补平衡",
            "        sub-item 1．  [M] 永久基本农田一经划定，任何单位和个人不得擅自占用或改变用途。",
            "        sub-item 2． ",
            "  section 第二节 生态保护红线",
            "    article 第5条 生态保护红线 [M] 全县划定生态保护红线面积不低于536.10平方千米",
            "      item （一） 管控要求",
            "        sub-item （1） 核心保护区",
            "        sub-item （2） 一般控制区");

    private CountyPlan() {
    }

    /** The body of the plan: two chapters, no front matter. */
    static InstitutePlan body(InstitutePlan plan) {
        return plan.add(Look.HEADING_1, "第一章　总则")
                .body("第一节　规划目的与依据")
                .body("第1条　规划目的")
                .body("为全面贯彻落实党中央、国务院关于建立国土空间规划体系并监督实施的决策部署，统筹全县国土空间开发保护，落实上位规划要求，科学布局生产、生活、生态空间，根据有关法律法规和技术规范，制定本规划。")
                .body("第2条　规划范围")
                .body("规划范围分为县域和中心城区两个层次，县域层次统筹全域全要素的保护与开发，中心城区层次细化城镇空间布局、用地结构和设施配置，两个层次的规划内容相互衔接、共同构成本规划的成果。")
                .body("（一）县域")
                .body("县域范围为全县行政辖区，总面积1965.67平方千米。")
                .body("（二）中心城区")
                .body("中心城区范围为城镇开发边界围合的范围，面积16.46平方千米。")
                .body("第二节　规划期限")
                .body("第3条　规划期限")
                .body("本规划期限为2021年至2035年，基期年为2020年，近期至2025年，远景展望至2050年。")
                .add(Look.HEADING_1, "第二章　国土空间保护")
                .body("第一节　耕地和永久基本农田")
                .body("第4条　耕地保护")
                .body("严格落实上级下达的耕地保护任务，实行耕地数量、质量、生态“三位一体”保护，落实耕地保护党政同责，建立健全耕地保护激励约束机制，确保耕地面积不减少、质量有提升、布局更稳定。")
                .body("‹（一）严格耕地保有量›")
                .body("‹全县耕地保有量不低于73.39万亩。›到2035年，耕地质量等级稳中有升。")
                .body("（二）耕地占补平衡")
                .body("补充耕地应坚持数量、质量、生态并重，严格落实占一补一、占优补优。")
                .body("1．‹永久基本农田一经划定，任何单位和个人不得擅自占用或改变用途。›")
                .body("2．鼓励开展耕地后备资源调查，有序推进宜耕后备资源开发。")
                .body("第二节　生态保护红线")
                .body("第5条　生态保护红线")
                .body("‹全县划定生态保护红线面积不低于536.10平方千米›，占县域面积的27.27%。")
                .body("（一）管控要求")
                .body("生态保护红线内实行分区管控。")
                .body("（1）核心保护区")
                .body("自然保护地核心保护区原则上禁止人为活动。")
                .body("（2）一般控制区")
                .body("一般控制区内禁止开发性、生产性建设活动，在符合法律法规的前提下，仅允许对生态功能不造成破坏的有限人为活动。");
    }

    private static final String UP = InstitutePlan.Table.MERGED_UP;

    /** The indicator table as institutes set it: year columns under a merged 规划目标 header. */
    static final InstitutePlan.Table INDICATORS = new InstitutePlan.Table(List.of(
            java.util.Arrays.asList("序号", "指标名称", "单位", "基期年（2020年）", "规划目标", null, "属性"),
            java.util.Arrays.asList(UP, UP, UP, UP, "近期（2025年）", "目标年（2035年）", UP),
            List.of("1", "耕地保有量", "万亩", "73.52", "73.45", "73.39", "约束性"),
            List.of("2", "生态保护红线面积", "平方千米", "—", "536.10", "536.10", "约束性"),
            List.of("3", "常住人口城镇化率", "%", "48.6", "55", "65", "预期性")));

    /** The whole document: cover, contents, preamble, the body, an indicator table and a glossary. */
    static InstitutePlan document() {
        InstitutePlan plan = new InstitutePlan(TITLE)
                .add(Look.COVER_TITLE, TITLE)
                .add(Look.COVER_LINE, "规划文本")
                .add(Look.COVER_LINE, "（征求意见稿）")
                .add(Look.COVER_LINE, "示例县自然资源局")
                .add(Look.COVER_LINE, "示例规划设计研究院")
                .add(Look.COVER_LINE, "二〇二三年六月")
                .add(Look.PAGE_BREAK, "")
                .add(Look.CENTRED_HEADING, "目　录")
                .add(Look.CONTENTS_LINE, "前言\t1")
                .add(Look.CONTENTS_LINE, "第一章　总则\t2")
                .add(Look.CONTENTS_LINE, "第一节　规划目的与依据\t2")
                .add(Look.CONTENTS_LINE, "第二节　规划期限\t2")
                .add(Look.CONTENTS_LINE, "第二章　国土空间保护\t3")
                .add(Look.CONTENTS_LINE, "附表1　规划指标表\t5")
                .add(Look.CONTENTS_LINE, "附录　名词解释\t6")
                .add(Look.PAGE_BREAK, "")
                .add(Look.CENTRED_HEADING, "前言")
                .body("示例县地处省境北部，为落实国家和省、市国土空间规划的战略部署，编制本规划。本规划是全县国土空间保护、开发、利用、修复的政策和总纲。");
        body(plan);
        return plan.add(Look.CENTRED_HEADING, "附表1　规划指标表")
                .table(INDICATORS)
                .add(Look.CENTRED_HEADING, "附录　名词解释")
                .body("生态保护红线：指在生态空间范围内具有特殊重要生态功能、必须强制性严格保护的区域。");
    }

    /** Front and back matter around {@link #EXPECTED}. */
    static List<String> expectedDocument() {
        List<String> out = new ArrayList<>();
        out.add("paragraph  前言");
        out.addAll(EXPECTED);
        out.add("appendix 附表1 规划指标表");
        out.add("appendix 附录 名词解释");
        return out;
    }

    /** The outline as {@link #EXPECTED} writes it; tables are left out (they are checked on their own). */
    static List<String> listing(List<Clause> forest) {
        List<String> out = new ArrayList<>();
        list(forest, "", out);
        return out;
    }

    private static void list(List<Clause> clauses, String indent, List<String> out) {
        for (Clause c : clauses) {
            if (c.kind() == org.plantrace.domain.clause.ClauseKind.TABLE) {
                continue;
            }
            StringBuilder line = new StringBuilder(indent).append(c.kind().jsonName()).append(' ').append(c.num())
                    .append(' ').append(c.heading());
            if (c.mandatory()) {
                line.append(" [M]");
                for (Span s : c.mandatorySpans()) {
                    line.append(' ').append(c.text(), s.start(), s.end());
                }
            }
            out.add(line.toString());
            list(c.children(), indent + "  ", out);
        }
    }
}
