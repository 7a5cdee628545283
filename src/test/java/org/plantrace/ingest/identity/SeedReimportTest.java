package org.plantrace.ingest.identity;

import static org.plantrace.ingest.identity.SeedTextEdits.blockEnd;
import static org.plantrace.ingest.identity.SeedTextEdits.cut;
import static org.plantrace.ingest.identity.SeedTextEdits.headingLine;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.clause.ClauseTree;
import org.plantrace.ingest.PlanReaders;

/**
 * Durable ids on the real Hunyuan text: the drafter edits the text file (a word changed, an
 * article moved to another section, one inserted so the numbering shifts, one deleted) and
 * imports it again.
 */
class SeedReimportTest {
    static final Path SEED = Path.of("corpus/hunyuan/hunyuan-2021-2035.txt");
    /** Where the next clause starts: a numbered heading ("1. …", "第2节 …"). */

    @TempDir
    Path tmp;

    @Test
    void editedSeedKeepsIdsOfUnchangedMovedAndEditedArticles() throws Exception {
        List<Clause> v1 = read(Files.readAllLines(SEED, StandardCharsets.UTF_8), "v1.txt");
        DurableIds.assignFresh(v1);

        List<String> lines = new ArrayList<>(Files.readAllLines(SEED, StandardCharsets.UTF_8));
        // a word changed in the body of 提升耕地质量
        int edited = headingLine(lines, "提升耕地质量") + 1;
        lines.set(edited, lines.get(edited).replace("坚持耕地数量与质量并重", "坚持耕地数量与品质并重"));
        // 改善耕地生态环境 moved from 实施耕地保护 to the end of 推进乡村振兴
        List<String> moved = cut(lines, "改善耕地生态环境");
        lines.addAll(blockEnd(lines, "加强乡村振兴用地保障"), moved);
        // 实施耕地种植用途管控 deleted
        cut(lines, "实施耕地种植用途管控");
        // a new first article of 实施耕地保护: every article after it moves up one number
        lines.addAll(headingLine(lines, "稳定耕地数量和布局"),
                List.of("1. 落实耕地保护责任", "落实耕地保护党政同责，将耕地保护目标任务分解到各乡镇。"));
        List<Clause> v2 = read(lines, "v2.txt");

        IdReport report = DurableIds.carryOver(v2, v1);

        assertEquals(uid(v1, "稳定耕地数量和布局"), uid(v2, "稳定耕地数量和布局"));
        assertNotEquals(find(v1, "稳定耕地数量和布局").eId(), find(v2, "稳定耕地数量和布局").eId(), "renumbered");
        assertEquals(uid(v1, "提升耕地质量"), uid(v2, "提升耕地质量"), "edited");
        assertNotEquals(find(v1, "提升耕地质量").text(), find(v2, "提升耕地质量").text());
        assertEquals(uid(v1, "改善耕地生态环境"), uid(v2, "改善耕地生态环境"), "moved");
        assertEquals("推进乡村振兴", parentOf(v2, "改善耕地生态环境").heading());
        Set<String> oldIds = Set.copyOf(uids(v1));
        assertFalse(oldIds.contains(uid(v2, "落实耕地保护责任")), "inserted");
        assertFalse(uids(v2).contains(uid(v1, "实施耕地种植用途管控")), "deleted");
        assertEquals(1, report.edited());
        assertEquals(1, report.fresh());
        assertEquals(1, report.dropped());
        assertEquals(ClauseTree.flatten(v1).size(), report.kept() + report.edited() + report.dropped());
        assertEquals(uids(v2).size(), Set.copyOf(uids(v2)).size());
    }

    private List<Clause> read(List<String> lines, String name) throws IOException, Exception {
        Path file = Files.write(tmp.resolve(name), lines, StandardCharsets.UTF_8);
        List<Clause> clauses = PlanReaders.read(file).clauses();
        ClauseTree.assignPathIds(clauses);
        return clauses;
    }

    private static Clause find(List<Clause> roots, String heading) {
        List<Clause> found = ClauseTree.flatten(roots).stream().filter(c -> c.heading().equals(heading)).toList();
        assertEquals(1, found.size(), heading);
        return found.get(0);
    }

    private static Clause parentOf(List<Clause> roots, String heading) {
        List<Clause> path = ClauseTree.pathTo(roots, find(roots, heading).uid());
        assertTrue(path.size() >= 2);
        return path.get(path.size() - 2);
    }

    private static String uid(List<Clause> roots, String heading) {
        return find(roots, heading).uid();
    }

    private static List<String> uids(List<Clause> roots) {
        return ClauseTree.flatten(roots).stream().map(Clause::uid).toList();
    }
}
