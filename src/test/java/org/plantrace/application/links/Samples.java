package org.plantrace.application.links;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.clause.ClauseKind;
import org.plantrace.domain.clause.ClauseTree;
import org.plantrace.domain.plan.Plan;
import org.plantrace.domain.plan.PlanLevel;
import org.plantrace.domain.plan.PlanVersion;
import org.plantrace.domain.plan.VersionStatus;
import org.plantrace.extract.indicator.IndicatorExtractor;
import org.plantrace.planpackage.PlanPackages;

/** A small plan whose clauses name townships, control lines and indicators the Hunyuan gazetteer knows. */
final class Samples {
    static final Plan PLAN = new Plan("sample", "示例规划", PlanLevel.COUNTY, "浑源县", 2021, 2035);
    /** The shipped package, whose gazetteer the sample's words come from (the sample has no package of its own). */
    static final String SHIPPED = "hunyuan-2021-2035";
    /** The standard derivation, linking with the shipped package's gazetteer whatever the plan. */
    static LinkDerivation derivation() {
        return new LinkDerivation(new IndicatorExtractor(), PlanPackages.located().linker(SHIPPED), IndicatorLayerRules.located());
    }

    static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    static final String RED_LINE = "生态保护红线面积538.87平方千米，占县域国土面积的27.37%。王庄堡镇、永安镇严格管控。";
    static final String TOWNS = "王庄堡镇建设综合型城镇，王庄堡镇北部发展农业。";
    static final String FARMLAND = "至2035年，全县耕地保有量不低于73.39万亩。";

    private Samples() {
    }

    static Clause clause(String uid, String heading, String text) {
        Clause c = new Clause(ClauseKind.ARTICLE, "", heading);
        c.setUid(uid);
        c.appendParagraph(text);
        return c;
    }

    /** Three clauses under one chapter: red line, towns, farmland. */
    static List<Clause> clauses(String redLine, String towns, String farmland) {
        Clause chapter = new Clause(ClauseKind.CHAPTER, "第一章", "总则");
        chapter.setUid("chp");
        chapter.addChild(clause("a1", "划定生态保护红线", redLine));
        chapter.addChild(clause("a2", "城镇职能", towns));
        chapter.addChild(clause("a3", "耕地保护", farmland));
        List<Clause> roots = new ArrayList<>(List.of(chapter));
        ClauseTree.assignPathIds(roots);
        return roots;
    }

    static PlanVersion version(int number, VersionStatus status, List<Clause> clauses) {
        return new PlanVersion(PLAN, number, status, T0, status == VersionStatus.PUBLISHED ? T0 : null, "sample.txt",
                clauses);
    }

    static PlanVersion version(int number, VersionStatus status) {
        return version(number, status, clauses(RED_LINE, TOWNS, FARMLAND));
    }
}
