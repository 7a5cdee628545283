package org.plantrace.transmission.output;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.plantrace.transmission.Checklist;
import org.plantrace.transmission.ChecklistItem;
import org.plantrace.transmission.QuantityTarget;
import org.plantrace.transmission.SourceClause;
import org.plantrace.transmission.Target;
import org.plantrace.transmission.TargetKind;

/**
 * A small checklist of 王庄堡镇 built by hand, with what the writers must cope with: mandatory and
 * guidance items, a range and a ≥ quantity, several source clauses, a Roman-numeral intensity.
 * The wording follows the Hunyuan plan; the numbers of the overlay item are illustrative.
 */
final class ChecklistFixture {
    static final Instant GENERATED = Instant.parse("2026-12-01T02:00:00Z");

    private ChecklistFixture() {
    }

    static SourceClause clause(String id, String uid, String heading) {
        return new SourceClause(id, uid, heading, "fp-" + uid);
    }

    static Checklist wangzhuangpu() {
        SourceClause towns = clause("chp_4__sec_2__art_1", "c1town", "城镇等级规模结构");
        SourceClause quake = clause("chp_9__sec_3__art_2", "c2quak", "抗震防灾");
        SourceClause energy = clause("chp_7__sec_4__art_3", "c3ener", "能源设施");
        SourceClause facilities = clause("chp_5__sec_1__art_4", "c4faci", "乡镇级公共服务设施配置");
        SourceClause farmland = clause("chp_3__sec_1__art_1", "c5farm", "永久基本农田保护");
        List<ChecklistItem> items = List.of(
                new ChecklistItem("分类定位", "王庄堡镇为重点镇，人口规模0.5—1万人，城镇职能类型为综合型。", true,
                        new QuantityTarget("城镇人口", "range", new BigDecimal("0.5"), new BigDecimal("1"), "万人", null),
                        List.of("王庄堡镇"), List.of(towns), "c-classification", false),
                new ChecklistItem("分类定位", "抗震设防烈度为Ⅶ度。", false, null, List.of("王庄堡镇"), List.of(quake),
                        "c-seismic", false),
                new ChecklistItem("设施", "在王庄堡镇建设风电项目。", false, null, List.of("王庄堡镇", "风电项目"),
                        List.of(energy, towns), "b-named-township", false),
                new ChecklistItem("设施", "每个乡镇至少配置1所公办幼儿园、1所小学和1所卫生院。", true, null, List.of(),
                        List.of(facilities), "a-every-township", true),
                new ChecklistItem("控制线", "落实永久基本农田保护任务，不得擅自占用或改变用途。", true,
                        new QuantityTarget("永久基本农田", ">=", new BigDecimal("1.2300"), null, "万亩", "示意图层叠加"),
                        List.of("永久基本农田"), List.of(farmland), "d-overlay-area", false));
        return new Checklist(new Target(TargetKind.TOWNSHIP, "王庄堡镇"), "hunyuan-county",
                "浑源县国土空间总体规划（2021—2035年）", 2, GENERATED, items);
    }

    static Checklist empty() {
        return new Checklist(new Target(TargetKind.UNIT, "详规单元01"), "hunyuan-county",
                "浑源县国土空间总体规划（2021—2035年）", 1, GENERATED, List.of());
    }
}
