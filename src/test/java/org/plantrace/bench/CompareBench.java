package org.plantrace.bench;

import static org.plantrace.ingest.identity.SeedTextEdits.blockEnd;
import static org.plantrace.ingest.identity.SeedTextEdits.cut;
import static org.plantrace.ingest.identity.SeedTextEdits.headingLine;

import com.github.difflib.DiffUtils;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.clause.ClauseTree;
import org.plantrace.domain.compare.ChangeKind;
import org.plantrace.domain.compare.VersionComparer;
import org.plantrace.domain.compare.VersionComparison;
import org.plantrace.ingest.identity.DurableIds;
import org.plantrace.ingest.text.TextReader;

/**
 * Time to compare two full versions of the Hunyuan seed clause by clause (pairing by durable id,
 * classification, character diffs of every heading and text, mandatory checks), against the
 * obvious alternative measured in the same run: one character diff of the two whole texts, which
 * says nothing about clauses, moves or numbers. The second version is the seed with a word
 * changed, an article moved to another section, one inserted (renumbering its section) and one
 * deleted; a third pair rewrites one character in every fifth clause, to show the cost grows with
 * the edits, not the text.
 *
 * <p>Run: {@code mvn -q -DskipTests package && java -Xmx1g -cp "target/test-classes:target/classes:target/lib/*" org.plantrace.bench.CompareBench}
 */
public final class CompareBench {

    public static void main(String[] args) throws Exception {
        Path seed = Path.of("corpus/hunyuan/hunyuan-2021-2035.txt");
        List<String> lines = Files.readAllLines(seed, StandardCharsets.UTF_8);
        Measurement.printMachine();

        List<Clause> v1 = read(lines);
        DurableIds.assignFresh(v1);
        List<Clause> edited = read(edited(lines));
        DurableIds.carryOver(edited, v1);
        List<Clause> everyFifth = read(lines);
        DurableIds.carryOver(everyFifth, v1);
        List<Clause> flat = ClauseTree.flatten(everyFifth);
        for (int i = 0; i < flat.size(); i += 5) {
            Clause c = flat.get(i);
            if (c.textLength() > 10) {
                c.setText(c.text().substring(0, 5) + "改" + c.text().substring(6));
            }
        }

        System.out.println();
        System.out.println("| pair | clauses | changes found | clause-by-clause compare, median (ms) | whole-text character diff, median (ms) | ratio |");
        System.out.println("|---|---|---|---|---|---|");
        row("seed vs. seed (no change)", v1, read(lines, v1));
        row("seed vs. edited (word, move, insert, delete)", v1, edited);
        row("seed vs. every 5th clause edited", v1, everyFifth);
    }

    private static void row(String name, List<Clause> a, List<Clause> b) throws Exception {
        VersionComparer comparer = new VersionComparer();
        VersionComparison result = comparer.compare(a, b);
        Measurement clauseWise = Measurement.of(10, 30, () -> comparer.compare(a, b));
        List<Integer> left = whole(a).codePoints().boxed().toList();
        List<Integer> right = whole(b).codePoints().boxed().toList();
        Measurement naive = Measurement.of(3, 10, () -> DiffUtils.diff(left, right));
        System.out.printf(Locale.ROOT, "| %s | %d | %d (%d text, %d moved, %d renumbered, %d added, %d removed) | %.1f | %.1f | %.2f |%n",
                name, ClauseTree.flatten(b).size(), result.changes().size(), result.count(ChangeKind.TEXT_CHANGED),
                result.count(ChangeKind.MOVED), result.count(ChangeKind.RENUMBERED), result.count(ChangeKind.ADDED),
                result.count(ChangeKind.REMOVED), clauseWise.medianMillis, naive.medianMillis,
                clauseWise.medianMillis / naive.medianMillis);
    }

    /** The text a whole-document diff sees: every heading and text in reading order. */
    private static String whole(List<Clause> roots) {
        return ClauseTree.flatten(roots).stream().map(c -> c.displayTitle() + "\n" + c.text())
                .collect(Collectors.joining("\n"));
    }

    private static List<Clause> read(List<String> lines) {
        List<Clause> clauses = new TextReader().parse(String.join("\n", lines), "bench.txt").clauses();
        ClauseTree.assignPathIds(clauses);
        return clauses;
    }

    private static List<Clause> read(List<String> lines, List<Clause> previous) {
        List<Clause> clauses = read(lines);
        DurableIds.carryOver(clauses, previous);
        return clauses;
    }

    private static List<String> edited(List<String> original) {
        List<String> lines = new ArrayList<>(original);
        int at = headingLine(lines, "提升耕地质量") + 1;
        lines.set(at, lines.get(at).replace("坚持耕地数量与质量并重", "坚持耕地数量与品质并重"));
        List<String> moved = cut(lines, "改善耕地生态环境");
        lines.addAll(blockEnd(lines, "加强乡村振兴用地保障"), moved);
        cut(lines, "实施耕地种植用途管控");
        lines.addAll(headingLine(lines, "稳定耕地数量和布局"),
                List.of("1. 落实耕地保护责任", "落实耕地保护党政同责，将耕地保护目标任务分解到各乡镇。"));
        return lines;
    }

}
