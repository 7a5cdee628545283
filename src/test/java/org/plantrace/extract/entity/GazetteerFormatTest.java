package org.plantrace.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The gazetteer file format: what it reads, and how it refuses a broken file (naming the line). */
class GazetteerFormatTest {
    private static final String H = Fixtures.HEADER;

    @Test
    void readsVariantsParentAndFactsInOrder() {
        Gazetteer g = GazetteerFormat.parse("# comment\n" + H
                + "cty\t浑源县\tcounty\t\t\t\tL1\n"
                + "ts\t东坊城乡\ttownship\t东方城乡:typo|东坊城:short|东坊城区\tcty\t抗震设防烈度=Ⅶ度; 职能类型=农业型\tL46,L572\n", "t");
        Entity e = g.byId("ts").orElseThrow();
        assertEquals(EntityType.TOWNSHIP, e.type());
        assertEquals(List.of(new Variant("东方城乡", VariantKind.TYPO), new Variant("东坊城", VariantKind.SHORT),
                new Variant("东坊城区", VariantKind.ALIAS)), e.variants());
        assertEquals("cty", e.parent());
        assertEquals(List.of("抗震设防烈度", "职能类型"), List.copyOf(e.facts().keySet()));
        assertEquals("L46,L572", e.source());
    }

    @Test
    void refusesWrongColumnCountWithTheLine() {
        GazetteerException e = assertThrows(GazetteerException.class,
                () -> GazetteerFormat.parse(H + "a\t永安镇\ttown\n", "g.tsv"));
        assertTrue(e.getMessage().contains("g.tsv 第 2 行"), e.getMessage());
    }

    @Test
    void refusesUnknownTypeParentAndKind() {
        assertThrows(GazetteerException.class, () -> GazetteerFormat.parse(H + "a\t永安镇\tcity\t\t\t\t\n", "g"));
        assertThrows(GazetteerException.class, () -> GazetteerFormat.parse(H + "a\t永安镇\ttown\t\tnone\t\t\n", "g"));
        assertThrows(GazetteerException.class, () -> GazetteerFormat.parse(H + "a\t永安镇\ttown\t永安:nick\t\t\t\n", "g"));
        assertThrows(GazetteerException.class, () -> GazetteerFormat.parse(H + "a\t永安镇\ttown\t\t\t面积\t\n", "g"));
        assertThrows(GazetteerException.class, () -> GazetteerFormat.parse("id\tname\n", "g"));
    }

    @Test
    void oneSpellingBelongsToOneEntityUnlessOneHoldsItAsAShortForm() {
        assertThrows(GazetteerException.class, () -> GazetteerFormat.parse(H
                + "a\t恒山\tmountain\t\t\t\t\nb\t北岳\tmountain\t恒山\t\t\t\n", "g"));
        assertThrows(GazetteerException.class, () -> GazetteerFormat.parse(H
                + "a\t恒山\tmountain\t\t\t\t\na\t龙山\tmountain\t\t\t\t\n", "g"), "duplicate id");
        Gazetteer ok = GazetteerFormat.parse(H
                + "m\t千佛岭\tmountain\t\t\t\t\nt\t千佛岭乡\ttownship\t千佛岭:short\t\t\t\n", "g");
        assertEquals(2, ok.entities().size());
    }
}
