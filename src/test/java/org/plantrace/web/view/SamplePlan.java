package org.plantrace.web.view;

import java.time.Instant;
import java.util.List;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.clause.ClauseKind;
import org.plantrace.domain.clause.ClauseTree;
import org.plantrace.domain.clause.Span;
import org.plantrace.domain.plan.Plan;
import org.plantrace.domain.plan.PlanLevel;
import org.plantrace.domain.plan.PlanVersion;
import org.plantrace.domain.plan.VersionStatus;

/**
 * A small plan shaped like Hunyuan's: preface, a chapter with a section, articles and an
 * untitled item, one underlined span. Built by hand so the web tests do not depend on a reader.
 */
public final class SamplePlan {
    public static final String CODE = "sample-2021-2035";

    private SamplePlan() {
    }

    public static PlanVersion version(boolean withUnderline) {
        Clause preface = clause(ClauseKind.PARAGRAPH, "", "前言", "p", "建立国土空间规划体系并监督实施。");
        Clause chapter = clause(ClauseKind.CHAPTER, "第三章", "优化国土空间开发保护格局", "c3", "");
        Clause section = clause(ClauseKind.SECTION, "第1节", "严守三条控制线", "c3s1", "");
        Clause redLine = clause(ClauseKind.ARTICLE, "第12条", "划定生态保护红线", "a12",
                "全县划定生态保护红线面积538.87平方千米。\n生态保护红线内，自然保护地核心保护区原则上禁止人为活动。");
        if (withUnderline) {
            // the second paragraph, underlined in the Word original
            int start = redLine.text().indexOf('\n') + 1;
            redLine.addMandatorySpan(new Span(start, redLine.textLength()));
        }
        Clause item = clause(ClauseKind.ITEM, "", "", "a12i1", "严格管控<b>人为</b>活动。");
        Clause boundary = clause(ClauseKind.ARTICLE, "第13条", "划定城镇开发边界", "a13", "城镇开发边界面积16.13平方千米。");
        redLine.addChild(item);
        section.addChild(redLine);
        section.addChild(boundary);
        chapter.addChild(section);
        Clause chapter4 = clause(ClauseKind.CHAPTER, "第四章", "保障特色优质的农业空间", "c4", "");
        List<Clause> roots = List.of(preface, chapter, chapter4);
        ClauseTree.assignPathIds(roots);
        Plan plan = new Plan(CODE, "样例县国土空间总体规划（2021—2035年）", PlanLevel.COUNTY, "样例县", 2021, 2035);
        Instant now = Instant.parse("2024-01-01T00:00:00Z");
        return new PlanVersion(plan, 1, VersionStatus.PUBLISHED, now, now, "sample.txt", roots);
    }

    /**
     * A chapter whose second section lost its title (its text is its introduction) and whose third
     * has neither title nor text, like the Hunyuan seed's.
     */
    public static PlanVersion withUntitledSection() {
        Clause chapter = clause(ClauseKind.CHAPTER, "第六章", "构建品质宜居的城镇空间", "c6", "");
        chapter.addChild(clause(ClauseKind.SECTION, "第1节", "构建以县城为核心的城镇体系", "s1", ""));
        chapter.addChild(clause(ClauseKind.SECTION, "", "", "untitled",
                "提升城市功能、优化空间结构，重点推进北部新区建设与古城更新。以人民为中心，完善公共服务设施配置。"));
        chapter.addChild(clause(ClauseKind.SECTION, "第3节", "", "bare", ""));
        List<Clause> roots = List.of(chapter);
        ClauseTree.assignPathIds(roots);
        Plan plan = new Plan(CODE, "样例县国土空间总体规划（2021—2035年）", PlanLevel.COUNTY, "样例县", 2021, 2035);
        Instant now = Instant.parse("2024-01-01T00:00:00Z");
        return new PlanVersion(plan, 1, VersionStatus.PUBLISHED, now, now, "sample.txt", roots);
    }

    private static Clause clause(ClauseKind kind, String num, String heading, String uid, String text) {
        Clause c = new Clause(kind, num, heading);
        c.setUid(uid);
        if (!text.isEmpty()) {
            for (String p : text.split("\n")) {
                c.appendParagraph(p);
            }
        }
        return c;
    }
}
