package org.plantrace.web.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.clause.ClauseKind;
import org.plantrace.domain.clause.Span;
import org.plantrace.extract.entity.EntityLinker;
import org.plantrace.extract.entity.Gazetteer;
import org.plantrace.extract.entity.GazetteerFormat;
import org.plantrace.extract.indicator.IndicatorExtractor;
import org.plantrace.spatial.LayerKind;

class ClauseAnnotatorTest {
    static final String GAZETTEER = String.join("\n",
            "id\tname\ttype\tvariants\tparent\tfacts\tsource",
            "cty\t样例县\tcounty\t\t\t\t",
            "tw-w\t王庄堡镇\ttown\t王庄堡:short\tcty\t\t",
            "ts-d\t东坊城乡\ttownship\t东方城乡:typo\tcty\t\t",
            "cl-eco\t生态保护红线\tcontrol-line\t\tcty\t\t",
            "dst-h\t浑源古城历史城区\tdistrict\t\tcty\t\t",
            "mt-h\t恒山\tmountain\t\tcty\t\t");

    static ClauseAnnotator annotator() {
        return new ClauseAnnotator(new IndicatorExtractor(), new EntityLinker(GazetteerFormat.parse(GAZETTEER, "test")));
    }

    private static Clause clause(String heading, String... paragraphs) {
        Clause c = new Clause(ClauseKind.ARTICLE, "", heading);
        for (String p : paragraphs) {
            c.appendParagraph(p);
        }
        return c;
    }

    @Test
    void indicatorsBecomeTableRowsInTheWordsOfThePage() {
        ClauseLinks links = annotator().annotate(clause("划定耕地和永久基本农田保护红线",
                "至2035年，全县耕地保有量不低于73.39万亩，永久基本农田保护任务不低于63.25万亩。"));

        assertEquals(2, links.indicators().size(), links.indicators().toString());
        IndicatorRow first = links.indicators().get(0);
        assertEquals(1, first.row());
        assertEquals("耕地保有量", first.name());
        assertEquals("≥", first.comparator());
        assertEquals("73.39 万亩", first.amount());
        assertEquals("2035年", first.year());
        assertEquals("约束性", first.indicatorClass());
        assertTrue(first.binding());
    }

    @Test
    void comparatorsAndRangesReadInChinese() {
        ClauseLinks links = annotator().annotate(clause("", "年径流总量控制率75—80%，规划常住人口约11万人。"));

        IndicatorRow range = links.indicators().get(0);
        assertEquals("区间", range.comparator());
        assertEquals("75—80", range.value());
        assertEquals("约", links.indicators().get(1).comparator());
        assertEquals("", links.indicators().get(1).year(), "no target year in the sentence");
    }

    @Test
    void theValueSpanIsMarkedInTheTextWithItsRowNumber() {
        ClauseLinks links = annotator().annotate(clause("", "耕地保有量不低于73.39万亩。"));

        TextRun value = links.paragraphs().get(0).runs().stream().filter(r -> r.indicator() > 0).findFirst().orElseThrow();
        assertEquals("73.39万亩", value.text());
        assertEquals(1, value.indicator());
        assertEquals("indicator-value", value.cssClass());
        assertFalse(value.mandatory());
    }

    @Test
    void entitiesAreChipsGroupedByTypeWithTheVariantSpellingShown() {
        ClauseLinks links = annotator().annotate(clause("明确叠加功能区",
                "王庄堡镇、东方城乡为叠加能源资源富集区类型。恒山与王庄堡镇之间划入生态保护红线。"));

        assertEquals(List.of("乡镇", "山岭", "控制线"), links.entities().stream().map(EntityGroup::type).toList());
        List<EntityChip> townships = links.entities().get(0).entities();
        assertEquals(List.of("王庄堡镇", "东坊城乡"), townships.stream().map(EntityChip::name).toList(),
                "one chip per entity although 王庄堡镇 is named twice; 镇 and 乡 in one group");
        assertFalse(townships.get(0).variant());
        assertEquals("东方城乡", townships.get(1).written(), "the plan's misspelling is reported, not hidden");
    }

    @Test
    void mentionsAreMarkedInTheTextEvenInsideMandatoryText() {
        Clause c = clause("", "生态保护红线内严禁开发。");
        c.addMandatorySpan(new Span(0, c.textLength()));
        List<TextRun> runs = annotator().annotate(c).paragraphs().get(0).runs();

        assertEquals(new TextRun("生态保护红线", true, 0, "cl-eco"), runs.get(0));
        assertEquals("mandatory-text entity-mention", runs.get(0).cssClass());
        assertEquals(new TextRun("内严禁开发。", true), runs.get(1));
    }

    @Test
    void townshipsControlLinesAndDistrictsLinkToMapFeatures() {
        ClauseLinks links = annotator().annotate(clause("",
                "王庄堡镇的生态保护红线，浑源古城历史城区，恒山，王庄堡镇。"));

        assertEquals(List.of(new MapRef(LayerKind.TOWNSHIP, "王庄堡镇"), MapRef.wholeLayer(LayerKind.ECOLOGICAL_RED_LINE),
                MapRef.wholeLayer(LayerKind.HISTORIC_CITY)), links.mapFeatures(), "a mountain has no layer; each feature once");
    }

    @Test
    void withoutAGazetteerThereAreNoEntitiesButStillIndicators() {
        ClauseAnnotator bare = new ClauseAnnotator(new IndicatorExtractor(), new EntityLinker(Gazetteer.empty()));
        ClauseLinks links = bare.annotate(clause("", "王庄堡镇耕地保有量不低于73.39万亩。"));

        assertTrue(links.entities().isEmpty());
        assertTrue(links.mapFeatures().isEmpty());
        assertEquals(1, links.indicators().size());
    }

    @Test
    void theRealHunyuanGazetteerLinksTheTownshipsOfTheOverlayClause() {
        ClauseAnnotator hunyuan = new ClauseAnnotator(new IndicatorExtractor(),
                new EntityLinker(GazetteerFormat.read(Path.of("corpus/hunyuan/gazetteer.tsv"))));
        ClauseLinks links = hunyuan.annotate(clause("明确叠加功能区",
                "官儿乡、千佛岭乡、王庄堡镇为叠加能源资源富集区类型。永安镇、青磁窑镇为叠加历史文化资源富集区类型。"));

        EntityGroup townships = links.entities().stream().filter(g -> g.type().equals("乡镇")).findFirst().orElseThrow();
        assertEquals(List.of("官儿乡", "千佛岭乡", "王庄堡镇", "永安镇", "青磁窑镇"),
                townships.entities().stream().map(EntityChip::name).toList());
        assertEquals(5, links.mapFeatures().stream().filter(r -> r.layer() == LayerKind.TOWNSHIP).count());
        assertTrue(links.paragraphs().get(0).runs().stream().map(TextRun::entity).anyMatch(Objects::nonNull));
    }
}
