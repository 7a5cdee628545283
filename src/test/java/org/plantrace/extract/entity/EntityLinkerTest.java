package org.plantrace.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.plantrace.domain.clause.Clause;

/** Fixtures for the linking rules: longest match, short forms in lists, false-positive guards, variants. */
class EntityLinkerTest {
    private final EntityLinker linker = new EntityLinker(Fixtures.townships());

    /** "written→canonical" for each mention, in text order. */
    private String links(String text) {
        List<Mention> ms = linker.link(text);
        for (Mention m : ms) {
            assertEquals(m.text(), text.substring(m.start(), m.end()), "span indexes the text as written");
        }
        return ms.stream().map(m -> m.text() + "→" + m.entity().name()).collect(Collectors.joining(" "));
    }

    @Test
    void longestSpellingWins() {
        assertEquals("永久基本农田→永久基本农田", links("严守永久基本农田保护"));
        assertEquals("永久基本农田储备区→永久基本农田储备区", links("划入永久基本农田储备区"));
        assertEquals("基本农田→基本农田", links("基本农田保护"));
    }

    @Test
    void matchesDoNotOverlap() {
        List<Mention> ms = linker.link("永久基本农田储备区和永久基本农田、基本农田");
        for (int i = 1; i < ms.size(); i++) {
            assertTrue(ms.get(i - 1).end() <= ms.get(i).start(), "no overlap: " + ms);
        }
        assertEquals(3, ms.size());
    }

    @Test
    void shortFormsResolveInListsOfShortForms() {
        assertEquals("大磁窑→大磁窑镇 沙圪坨→沙圪坨镇 王庄堡→王庄堡镇 东坊城→东坊城乡",
                links("保护水源地，以及大磁窑、沙圪坨、王庄堡、东坊城等10处集中供水水源。"));
    }

    @Test
    void shortFormsResolveBesideFullNamesAndWithDirectionSuffix() {
        assertEquals("王庄堡→王庄堡镇 千佛岭→千佛岭乡 千佛岭→千佛岭乡 大仁庄→大仁庄乡 大仁庄→大仁庄乡",
                links("划定浑源盆地、王庄堡、千佛岭西、千佛岭—大仁庄、大仁庄东六个农业片区"));
        assertEquals("王庄堡镇→王庄堡镇 蔡村镇→蔡村镇", links("王庄堡镇、蔡村镇等14个乡镇"));
        assertEquals("左浑→左浑高速公路 荣乌高速公路→荣乌高速公路", links("“三横”为左浑、荣乌高速公路"));
    }

    @Test
    void aShortFormAloneIsNotAName() {
        assertEquals("", links("永安是一个好地方，沙圪坨一带"));
        assertEquals("", links("大磁窑、黄河"), "no other township in the list");
    }

    @Test
    void aShortFormInsideALongerWordIsNotAName() {
        assertEquals("永安寺→永安寺 永安街→永安街", links("依托永安寺，沿永安街"));
        assertEquals("王庄堡变→王庄堡变", links("新建220千伏王庄堡变、蔡村变"));
    }

    @Test
    void ambiguousShortFormIsTheMountainAmongMountains() {
        assertEquals("恒山→恒山 龙山→龙山 千佛岭→千佛岭", links("保护恒山、龙山、千佛岭等地文风景资源"));
        assertEquals("千佛岭→千佛岭乡 王庄堡→王庄堡镇", links("整体保护千佛岭—王庄堡等自然资源富集区"));
    }

    @Test
    void guardsAndNeighboursStopShorterNames() {
        assertEquals("", links("保障以恒山茶为主的特色种植空间"));
        assertEquals("大同中心城区→大同中心城区", links("增强与大同中心城区的交通联系"));
        assertEquals("中心城区→中心城区", links("优化中心城区功能"));
    }

    @Test
    void variantsAreLinkedAndMarked() {
        List<Mention> ms = linker.link("东方城乡、青磁窑乡和青磁窑镇");
        assertEquals(List.of("东坊城乡", "青磁窑镇", "青磁窑镇"), ms.stream().map(m -> m.entity().name()).toList());
        assertEquals(List.of(VariantKind.TYPO, VariantKind.INCONSISTENT, VariantKind.CANONICAL),
                ms.stream().map(Mention::kind).toList());
    }

    @Test
    void headingAndTextAreLinkedSeparately() {
        Clause c = Fixtures.clause("构建恒山生态屏障", "涉及青磁窑镇等乡镇。");
        List<Mention> ms = linker.link(c);
        assertEquals(2, ms.size());
        assertEquals(Mention.Field.HEADING, ms.get(0).field());
        assertEquals("恒山", c.heading().substring(ms.get(0).start(), ms.get(0).end()));
        assertEquals(Mention.Field.TEXT, ms.get(1).field());
        assertEquals("青磁窑镇", c.text().substring(ms.get(1).start(), ms.get(1).end()));
    }

    @Test
    void emptyGazetteerLinksNothing() {
        assertEquals(List.of(), new EntityLinker(Gazetteer.empty()).link("王庄堡镇、蔡村镇"));
    }
}
