package org.plantrace.transmission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plantrace.domain.clause.Span;

/** The cuts on the plan's own multi-place sentences, with places placed by hand (no gazetteer). */
class RequirementCutterTest {

    /** Places every given name at its first occurrence; townships by their own name, others as "name=township". */
    private static List<RequirementCutter.Place> places(String text, String... names) {
        List<RequirementCutter.Place> out = new ArrayList<>();
        int from = 0;
        for (String n : names) {
            String[] p = n.split("=");
            int at = text.indexOf(p[0], from);
            out.add(new RequirementCutter.Place(at, at + p[0].length(), p.length > 1 ? p[1] : p[0], p.length == 1));
            from = at + p[0].length();
        }
        return out;
    }

    private static Span piece(String text, String containing) {
        return RequirementCutter.pieces(text).stream().filter(s -> text.substring(s.start(), s.end()).contains(containing))
                .findFirst().orElseThrow();
    }

    @Test
    void piecesEndAtFullStopsAndSemicolons() {
        String t = "在蔡村镇建设100兆瓦光伏发电和储能项目；在东坊城乡与官儿乡建设抽水蓄能电站。推进地热资源开发利用。";
        List<Span> pieces = RequirementCutter.pieces(t);
        assertEquals(3, pieces.size());
        assertEquals("在东坊城乡与官儿乡建设抽水蓄能电站", t.substring(pieces.get(1).start(), pieces.get(1).end()));
    }

    @Test
    void aSharedListKeepsTheWholePiece() {
        String t = "在王庄堡镇、沙圪坨镇、大仁庄乡（源创）建设风电项目";
        RequirementCutter.Cut cut = RequirementCutter.ownPart(t, new Span(0, t.length()),
                places(t, "王庄堡镇", "沙圪坨镇", "大仁庄乡"), "王庄堡镇");
        assertEquals(t, cut.text());
    }

    @Test
    void eachTownshipKeepsItsOwnPartOfAProtectionSentence() {
        String t = "保护王庄堡镇王庄堡村和永安镇王千庄村";
        List<RequirementCutter.Place> p = places(t, "王庄堡镇", "王庄堡村=王庄堡镇", "永安镇", "王千庄村=永安镇");
        assertEquals("保护王庄堡镇王庄堡村", RequirementCutter.ownPart(t, new Span(0, t.length()), p, "王庄堡镇").text());
        assertEquals("保护永安镇王千庄村", RequirementCutter.ownPart(t, new Span(0, t.length()), p, "永安镇").text());
    }

    @Test
    void aSubstationListGivesEachItsOwnVoltageOnce() {
        String t = "新建220千伏王庄堡变、220千伏大仁庄变";
        List<RequirementCutter.Place> p = places(t, "王庄堡变=王庄堡镇", "大仁庄变=大仁庄乡");
        assertEquals("新建220千伏王庄堡变", RequirementCutter.ownPart(t, new Span(0, t.length()), p, "王庄堡镇").text());
        assertEquals("新建220千伏大仁庄变", RequirementCutter.ownPart(t, new Span(0, t.length()), p, "大仁庄乡").text());
    }

    @Test
    void aTownshipNamedTwiceKeepsTheWholePiece() {
        String t = "严格保护浑源盆地、王庄堡镇集中连片的优质稳定耕地，主要集中在南榆林乡、吴城乡和南部山区的王庄堡镇";
        List<RequirementCutter.Place> p = places(t, "王庄堡镇", "南榆林乡", "吴城乡", "王庄堡镇");
        assertEquals(t, RequirementCutter.ownPart(t, new Span(0, t.length()), p, "王庄堡镇").text());
        assertEquals("主要集中在南榆林乡、吴城乡", RequirementCutter.ownPart(t, new Span(0, t.length()), p, "吴城乡").text());
    }

    @Test
    void theBracketGroupHoldingTheTownshipIsKept() {
        String t = "浑源县抗震设防烈度包括Ⅶ度（永安镇、王庄堡镇）和Ⅷ度（蔡村镇、驼峰乡），新建工程必须达到抗震设防要求";
        Span s = new Span(0, t.length());
        List<RequirementCutter.Place> p = places(t, "永安镇", "王庄堡镇", "蔡村镇", "驼峰乡");
        assertEquals("浑源县抗震设防烈度包括Ⅶ度（王庄堡镇），新建工程必须达到抗震设防要求", RequirementCutter.parenGroup(t, s, p.get(1)).text());
        assertEquals("浑源县抗震设防烈度包括Ⅷ度（蔡村镇），新建工程必须达到抗震设防要求", RequirementCutter.parenGroup(t, s, p.get(2)).text());
        String plain = "在王庄堡镇建设风电项目";
        assertNull(RequirementCutter.parenGroup(plain, new Span(0, plain.length()), places(plain, "王庄堡镇").get(0)));
    }

    @Test
    void longPiecesAreCappedAroundTheFocus() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            b.append("第").append(i).append("项要求内容较长，");
        }
        b.append("每个乡镇设置一座垃圾转运站");
        String t = b.toString();
        RequirementCutter.Cut cut = RequirementCutter.cap(RequirementCutter.whole(t, new Span(0, t.length())), t.indexOf("每个乡镇"));
        assertTrue(cut.text().length() <= RequirementCutter.MAX_CHARS, cut.text());
        assertTrue(cut.text().startsWith("…") && cut.text().endsWith("垃圾转运站"), cut.text());
        assertTrue(piece(t, "垃圾").end() == t.length());
    }
}
