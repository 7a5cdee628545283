package org.plantrace.domain.compare;

import static org.plantrace.ingest.identity.SeedTextEdits.blockEnd;
import static org.plantrace.ingest.identity.SeedTextEdits.cut;
import static org.plantrace.ingest.identity.SeedTextEdits.headingLine;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.clause.ClauseTree;
import org.plantrace.domain.clause.Span;
import org.plantrace.ingest.PlanReaders;
import org.plantrace.ingest.identity.DurableIds;

/**
 * Comparison on the real Hunyuan text: the drafter edits the text file (a word changed, an article
 * moved to another section, two articles swapped, one inserted so the numbering shifts, one
 * deleted, mandatory wording changed) and the new reading is compared with the old one, durable
 * ids carried over as on re-import.
 */
class SeedComparisonTest {
    static final Path SEED = Path.of("corpus/hunyuan/hunyuan-2021-2035.txt");
    static final String RED_LINE_RULE = "生态保护红线一经划定，未经批准，严禁擅自调整";

    @TempDir
    Path tmp;

    private List<String> lines;
    private List<Clause> v1;

    @BeforeEach
    void readSeed() throws Exception {
        lines = new ArrayList<>(Files.readAllLines(SEED, StandardCharsets.UTF_8));
        v1 = read(lines, "v1.txt");
        DurableIds.assignFresh(v1);
    }

    @Test
    void theSameTextComparesUnchangedThroughout() throws Exception {
        List<Clause> again = read(lines, "again.txt");
        DurableIds.carryOver(again, v1);
        VersionComparison c = new VersionComparer().compare(v1, again);
        assertTrue(c.changes().isEmpty(), c.changes().toString());
        assertEquals(ClauseTree.flatten(v1).size(), c.count(ChangeKind.UNCHANGED));
    }

    @Test
    void eachEditOfTheTextIsClassifiedOnItsClause() throws Exception {
        int edited = headingLine(lines, "提升耕地质量") + 1;
        lines.set(edited, lines.get(edited).replace("坚持耕地数量与质量并重", "坚持耕地数量与品质并重"));
        List<String> moved = cut(lines, "改善耕地生态环境");
        lines.addAll(blockEnd(lines, "加强乡村振兴用地保障"), moved);
        cut(lines, "实施耕地种植用途管控");
        lines.addAll(headingLine(lines, "稳定耕地数量和布局"),
                List.of("1. 落实耕地保护责任", "落实耕地保护党政同责，将耕地保护目标任务分解到各乡镇。"));
        // 慢行交通 now comes before 货运交通, under the same section
        List<String> slow = cut(lines, "慢行交通");
        lines.addAll(headingLine(lines, "货运交通"), slow);
        List<Clause> v2 = read(lines, "v2.txt");
        DurableIds.carryOver(v2, v1);

        VersionComparison c = new VersionComparer().compare(v1, v2);

        ClauseChange word = change(c, v1, "提升耕地质量");
        // it also follows the inserted article in its section, so its path id shifted
        assertEquals(EnumSet.of(ChangeKind.TEXT_CHANGED, ChangeKind.RENUMBERED), word.kinds());
        assertEquals("量", deleted(word.text()));
        assertEquals("品", inserted(word.text()));
        assertFalse(word.touchesMandatory());

        ClauseChange relocated = change(c, v1, "改善耕地生态环境");
        assertTrue(relocated.is(ChangeKind.MOVED));
        assertFalse(relocated.is(ChangeKind.TEXT_CHANGED));
        assertEquals("推进乡村振兴", relocated.newer().parentTitle().replaceFirst("^第\\S+节 ", ""));

        assertEquals(EnumSet.of(ChangeKind.REMOVED), change(c, v1, "实施耕地种植用途管控").kinds());
        ClauseChange added = c.clauses().stream().filter(x -> x.is(ChangeKind.ADDED)).findFirst().orElseThrow();
        assertEquals("落实耕地保护责任", added.newer().heading());
        assertEquals(1, c.count(ChangeKind.ADDED));
        assertEquals(1, c.count(ChangeKind.REMOVED));

        ClauseChange shifted = change(c, v1, "稳定耕地数量和布局");
        assertEquals(EnumSet.of(ChangeKind.RENUMBERED), shifted.kinds(), "a sibling inserted before it");
        assertFalse(shifted.older().eId().equals(shifted.newer().eId()));

        // of two swapped siblings, one moved and the other kept its relative order
        ClauseChange slowChange = change(c, v1, "慢行交通");
        ClauseChange freight = change(c, v1, "货运交通");
        assertTrue(slowChange.is(ChangeKind.MOVED) ^ freight.is(ChangeKind.MOVED),
                slowChange.kinds() + " / " + freight.kinds());
        assertEquals(2, c.count(ChangeKind.MOVED), "改善耕地生态环境 and one of the swapped pair");

        // reading order: the removed clause stands among its old neighbours, not at the end
        List<String> order = c.clauses().stream().map(x -> x.current().heading()).toList();
        int removedAt = order.indexOf("实施耕地种植用途管控");
        assertTrue(removedAt > 0 && removedAt < order.indexOf("推进乡村振兴"), "removed clause in place");
        assertEquals(ClauseTree.flatten(v2).size() + 1, c.clauses().size());
    }

    @Test
    void mandatoryWordingEditsAreFlaggedAndEditsOutsideTheSpanAreNot() throws Exception {
        int at = bodyLineContaining(lines, RED_LINE_RULE);
        lines.set(at, lines.get(at).replace("严禁擅自调整", "严禁调整"));
        List<Clause> v2 = read(lines, "v2.txt");
        DurableIds.carryOver(v2, v1);
        underline(find(v1, "划定生态保护红线"), RED_LINE_RULE);
        underline(find(v2, "划定生态保护红线"), "生态保护红线一经划定，未经批准，严禁调整");
        // same underline in both, text edited before it: the span shifts but is not changed
        Clause farmland1 = find(v1, "划定耕地和永久基本农田保护红线");
        Clause farmland2 = find(v2, "划定耕地和永久基本农田保护红线");
        underline(farmland1, "严守耕地保护红线");
        farmland2.setText(farmland2.text().replace("应保尽保、应划尽划", "应保尽保"));
        underline(farmland2, "严守耕地保护红线");
        // underline added where there was none: the clause became mandatory
        underline(find(v2, "划定城镇开发边界"), "顺应自然地理格局");

        VersionComparison c = new VersionComparer().compare(v1, v2);

        ClauseChange redLine = change(c, v1, "划定生态保护红线");
        assertTrue(redLine.mandatory().contains(MandatoryChange.TEXT_IN_SPAN), redLine.mandatory().toString());
        assertTrue(redLine.text().older().stream().anyMatch(s -> s.op() == DiffSegment.Op.DELETE && s.mandatory()
                && s.text().equals("擅自")), "the deleted words are marked mandatory");

        ClauseChange farmland = change(c, v1, "划定耕地和永久基本农田保护红线");
        assertTrue(farmland.is(ChangeKind.TEXT_CHANGED));
        assertEquals(Set.of(), farmland.mandatory(), "edit outside the span, span carried over");

        ClauseChange boundary = change(c, v1, "划定城镇开发边界");
        assertEquals(EnumSet.of(ChangeKind.UNCHANGED), boundary.kinds());
        assertTrue(boundary.changed(), "a mandatory-only change is still shown");
        assertEquals(EnumSet.of(MandatoryChange.FLAG, MandatoryChange.SPANS), boundary.mandatory());

        assertEquals(List.of(redLine.uid(), boundary.uid()),
                c.mandatoryChanges().stream().map(ClauseChange::uid).toList());
    }

    @Test
    void removingAMandatoryClauseIsAMandatoryChange() throws Exception {
        cut(lines, "划定生态保护红线");
        List<Clause> v2 = read(lines, "v2.txt");
        DurableIds.carryOver(v2, v1);
        underline(find(v1, "划定生态保护红线"), RED_LINE_RULE);
        VersionComparison c = new VersionComparer().compare(v1, v2);
        ClauseChange gone = change(c, v1, "划定生态保护红线");
        assertEquals(Set.of(MandatoryChange.REMOVED), gone.mandatory());
        assertNotNull(gone.older());
        assertEquals(null, gone.newer());
    }

    private static void underline(Clause c, String words) {
        int at = c.text().indexOf(words);
        assertTrue(at >= 0, words + " in " + c.heading());
        c.addMandatorySpan(new Span(at, at + words.length()));
    }

    private static String deleted(TextDiff d) {
        return d.older().stream().filter(DiffSegment::changed).map(DiffSegment::text).reduce("", String::concat);
    }

    private static String inserted(TextDiff d) {
        return d.newer().stream().filter(DiffSegment::changed).map(DiffSegment::text).reduce("", String::concat);
    }

    private static ClauseChange change(VersionComparison c, List<Clause> v1, String heading) {
        ClauseChange found = c.find(find(v1, heading).uid());
        assertNotNull(found, heading);
        return found;
    }

    private List<Clause> read(List<String> text, String name) throws Exception {
        Path file = Files.write(tmp.resolve(name), text, StandardCharsets.UTF_8);
        List<Clause> clauses = PlanReaders.read(file).clauses();
        ClauseTree.assignPathIds(clauses);
        return clauses;
    }

    private static int bodyLineContaining(List<String> lines, String words) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(words)) {
                return i;
            }
        }
        throw new AssertionError(words);
    }

    static Clause find(List<Clause> roots, String heading) {
        List<Clause> found = ClauseTree.flatten(roots).stream().filter(c -> c.heading().equals(heading)).toList();
        assertEquals(1, found.size(), heading);
        return found.get(0);
    }
}
