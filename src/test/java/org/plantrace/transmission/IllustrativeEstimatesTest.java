package org.plantrace.transmission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.plantrace.domain.plan.PlanVersion;
import org.plantrace.domain.plan.VersionStatus;
import org.plantrace.planpackage.PlanPackages;
import org.plantrace.search.SeedPlan;
import org.plantrace.spatial.Layer;
import org.plantrace.spatial.LayerSet;
import org.plantrace.spatial.io.LayerFolder;
import org.plantrace.transmission.output.ChecklistJson;
import org.plantrace.transmission.output.ChecklistSections;
import org.plantrace.transmission.output.ChecklistWording;

/**
 * Issue #14.2, no invented requirements: a figure measured on illustrative layers is an estimate in
 * its own section, never binding; a zero overlap on illustrative layers gives no item ("0.00万亩"
 * was written as a requirement before); a zero overlap on a real layer says "本乡镇无该要素"; a
 * missing layer is a note, never a numbered item.
 */
class IllustrativeEstimatesTest {
    private static final List<String> OVERLAY_RULES = List.of("d-pbf-area", "d-cropland-area", "d-redline-area",
            "d-udb-area");
    private static PlanVersion seed;
    private static LayerSet illustrative;

    @BeforeAll
    static void read() throws Exception {
        seed = SeedPlan.version(1, VersionStatus.PUBLISHED);
        illustrative = LayerFolder.read(Path.of("corpus/hunyuan/layers"));
    }

    private static RuleBasedChecklists engine(LayerSet layers) {
        return new RuleBasedChecklists(DerivationRules.read(Path.of("templates")), PlanPackages.located().linker(SeedPlan.PLAN.code()),
                layers, Clock.systemUTC());
    }

    private static List<Checklist> townshipLists(RuleBasedChecklists engine) {
        return engine.targets(seed).stream().filter(t -> t.kind() == TargetKind.TOWNSHIP)
                .map(t -> engine.derive(seed, t)).toList();
    }

    @Test
    void areasOnIllustrativeLayersAreEstimatesNeverRequirements() {
        List<Checklist> lists = townshipLists(engine(illustrative));
        assertEquals(18, lists.size());
        int estimates = 0;
        for (Checklist c : lists) {
            for (ChecklistItem i : c.items()) {
                assertFalse(i.requirement().matches(".*(不少于|不超过|不低于)0\\.00.*"), c.target() + ": " + i.requirement());
                assertFalse(i.requirement().contains("缺少“"), "a missing layer is numbered as an item: " + i.requirement());
                if (OVERLAY_RULES.contains(i.rule())) {
                    assertTrue(i.estimate(), c.target() + ": an area from illustrative layers must be an estimate");
                    assertFalse(i.mandatory(), "an estimate is never mandatory");
                    assertEquals(RuleBasedChecklists.ILLUSTRATIVE_BASIS, i.target().basis());
                    assertTrue(i.target().value().signum() > 0, c.target() + ": a zero estimate says nothing: " + i);
                    assertTrue(i.requirement().contains("非规划下达指标"), i.requirement());
                    estimates++;
                }
            }
            assertTrue(c.requirements().stream().noneMatch(ChecklistItem::estimate));
        }
        assertTrue(estimates > 40, "estimates for most townships: " + estimates);
        Checklist dacizhao = lists.stream().filter(c -> c.target().name().equals("大磁窑镇")).findFirst().orElseThrow();
        assertTrue(dacizhao.items().stream().noneMatch(i -> i.rule().equals("d-pbf-area")),
                "大磁窑镇 meets no illustrative 永久基本农田: no item, rather than 不少于0.00万亩");
        assertTrue(dacizhao.items().stream().noneMatch(i -> i.rule().equals("d-udb-area")));
    }

    @Test
    void aMissingLayerIsANoteToTheReaderNotAnItem() {
        Checklist wzb = engine(illustrative).derive(seed, new Target(TargetKind.TOWNSHIP, "王庄堡镇"));
        assertTrue(wzb.notes().stream().anyMatch(n -> n.contains("缺少“规划分区”图层")), wzb.notes().toString());
        assertTrue(wzb.items().stream().noneMatch(i -> i.rule().equals("d-zones-area")));
        List<String> lines = ChecklistWording.lines(wzb);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("说明：缺少“规划分区”图层")));
        assertTrue(lines.stream().noneMatch(l -> l.matches("\\d+\\. .*缺少“.*")), "no numbered line is a system message");
        String json = ChecklistJson.string(wzb);
        assertTrue(json.contains("\"notes\":[\"缺少“规划分区”图层"), json.substring(0, 400));
        assertTrue(json.contains("\"estimate\":true"));
    }

    @Test
    void estimatesFollowTheRequirementsInASectionOfTheirOwn() {
        Checklist wzb = engine(illustrative).derive(seed, new Target(TargetKind.TOWNSHIP, "王庄堡镇"));
        List<ChecklistSections.Section> sections = ChecklistSections.of(wzb);
        ChecklistSections.Section last = sections.get(sections.size() - 1);
        assertEquals(RuleBasedChecklists.ESTIMATES, last.category());
        assertTrue(last.items().stream().allMatch(ChecklistItem::estimate));
        assertEquals(wzb.estimates().size(), last.items().size());
        sections.subList(0, sections.size() - 1).forEach(s -> assertTrue(s.items().stream().noneMatch(ChecklistItem::estimate)));
        assertTrue(ChecklistWording.countLine(wzb).contains("另列示意测算 " + wzb.estimates().size() + " 项"));
        assertTrue(ChecklistWording.lines(wzb).stream().anyMatch(l -> l.contains("【示意测算】")));
    }

    @Test
    void onRealLayersAZeroOverlapSaysTheTownshipHasNoneAndAnAreaBinds() {
        LayerSet real = new LayerSet(illustrative.layers().stream()
                .map(l -> new Layer(l.kind(), l.name(), l.features(), l.source(), false)).toList());
        List<Checklist> lists = townshipLists(engine(real));
        Checklist dacizhao = lists.stream().filter(c -> c.target().name().equals("大磁窑镇")).findFirst().orElseThrow();
        ChecklistItem none = dacizhao.items().stream().filter(i -> i.rule().equals("d-pbf-area")).findFirst().orElseThrow();
        assertTrue(none.requirement().startsWith("本乡镇无该要素"), none.requirement());
        assertFalse(none.estimate());
        Checklist wzb = lists.stream().filter(c -> c.target().name().equals("王庄堡镇")).findFirst().orElseThrow();
        ChecklistItem binding = wzb.items().stream().filter(i -> i.rule().equals("d-pbf-area")).findFirst().orElseThrow();
        assertFalse(binding.estimate());
        assertTrue(binding.requirement().contains("永久基本农田保护面积不少于"), binding.requirement());
        assertEquals(RuleBasedChecklists.LAYER_BASIS, binding.target().basis());
    }
}
