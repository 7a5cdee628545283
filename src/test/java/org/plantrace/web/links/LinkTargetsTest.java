package org.plantrace.web.links;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.clause.ClauseKind;
import org.plantrace.domain.link.Anchor;
import org.plantrace.domain.link.FeatureTarget;
import org.plantrace.domain.link.IndicatorFeatureTarget;
import org.plantrace.domain.link.IndicatorTarget;
import org.plantrace.extract.entity.EntityLinker;
import org.plantrace.extract.entity.GazetteerFormat;

/** What the curation's 修改 and 添加 forms accept, and the messages for what they refuse. */
class LinkTargetsTest {
    private final LinkTargets targets = new LinkTargets(new EntityLinker(GazetteerFormat.parse(
            "id\tname\ttype\tvariants\tparent\tfacts\tsource\n"
            + "tw-w\t王庄堡镇\ttown\t王庄堡:short\t\t\t\n"
            + "cl-eco\t生态保护红线\tcontrol-line\t\t\t\t\n", "test")));

    @Test
    void aPlaceIsTheGazetteersUnderAnyOfItsSpellings() {
        FeatureTarget town = targets.feature(" 王庄堡镇 ");
        assertEquals("tw-w", town.entityId());
        assertEquals("townships", town.layerKind());
        assertEquals("ecological-red-line", targets.feature("生态保护红线").layerKind());
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> targets.feature("王庄堡镇东"));
        assertTrue(unknown.getMessage().contains("地名库中没有“王庄堡镇东”"), unknown.getMessage());
        assertThrows(IllegalArgumentException.class, () -> targets.feature("  "));
    }

    @Test
    void anIndicatorNeedsANameAndAPlainNumber() {
        IndicatorTarget t = targets.indicator("林地保有量", ">=", "1,234.5", "公顷", "binding");
        assertEquals(new BigDecimal("1234.5"), t.value());
        assertEquals(">=", t.op());
        assertEquals("binding", t.indicatorClass());
        assertThrows(IllegalArgumentException.class, () -> targets.indicator("", "=", "1", "", "expected"));
        IllegalArgumentException huge = assertThrows(IllegalArgumentException.class,
                () -> targets.indicator("x", "=", "1e999999999", "", "expected"));
        assertTrue(huge.getMessage().contains("不是数字"), huge.getMessage());
        assertThrows(IllegalArgumentException.class, () -> targets.indicator("x", "<script>", "1", "", "expected"));
        assertThrows(IllegalArgumentException.class, () -> targets.indicator("x", "=", "1", "", "mandatory"));
        assertThrows(IllegalArgumentException.class, () -> targets.indicator("名".repeat(101), "=", "1", "", ""));
    }

    @Test
    void editingAnIndicatorKeepsWhatTheFormDoesNotAsk() {
        IndicatorTarget range = new IndicatorTarget("年径流总量控制率", "range", new BigDecimal("75"), new BigDecimal("80"),
                "%", 2035, "expected");
        IndicatorTarget renamed = (IndicatorTarget) targets.edited(range, "径流控制率", "75", "%");
        assertEquals(new BigDecimal("80"), renamed.valueMax());
        assertEquals(2035, renamed.year());
        IndicatorTarget revalued = (IndicatorTarget) targets.edited(range, "径流控制率", "70", "%");
        assertNull(revalued.valueMax(), "a new value is one number");
        assertEquals("=", revalued.op());
        assertThrows(IllegalArgumentException.class, () -> targets.edited(
                new IndicatorFeatureTarget("生态保护红线面积", "ecological-red-line", "生态保护红线", "r"), "x", null, null));
    }

    @Test
    void selectedWordsAreFoundNearTheScriptsOffset() {
        Clause c = new Clause(ClauseKind.ARTICLE, "", "标题");
        c.appendParagraph("王庄堡镇与王庄堡镇。");
        c.appendParagraph("第二段王庄堡镇。");
        Anchor second = LinkCuration.anchor(c, "王庄堡镇", "6");
        assertEquals(5, second.start());
        Anchor third = LinkCuration.anchor(c, "王庄堡镇", "13");
        assertEquals(c.text().lastIndexOf("王庄堡镇"), third.start());
        assertEquals(0, LinkCuration.anchor(c, "王庄堡镇", "not a number").start());
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class, () -> LinkCuration.anchor(c, "东坊城乡", "0"));
        assertTrue(none.getMessage().contains("条文中没有“东坊城乡”"), none.getMessage());
        assertThrows(IllegalArgumentException.class, () -> LinkCuration.anchor(c, " ", "0"));
        assertThrows(IllegalArgumentException.class, () -> LinkCuration.anchor(c, "字".repeat(501), "0"));
    }
}
