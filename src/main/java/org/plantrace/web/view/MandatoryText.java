package org.plantrace.web.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.clause.ClauseKind;
import org.plantrace.domain.clause.MandatoryProvenance;
import org.plantrace.domain.clause.Span;

/**
 * Cuts a clause's own text into paragraphs (the domain separates them with '\n') and each
 * paragraph into runs inside and outside the mandatory spans, which index into the whole text; a
 * table clause's into rows of cells.
 */
public final class MandatoryText {
    private MandatoryText() {
    }

    /**
     * The clause's paragraphs. A clause marked mandatory by hand carries no spans: then all of its
     * text is the mandatory part, since that is what the drafter declared.
     */
    public static List<Paragraph> paragraphs(Clause clause) {
        return paragraphs(clause, List.of());
    }

    /** The clause's paragraphs, with derived links (indicator values, entity mentions) marked too. */
    public static List<Paragraph> paragraphs(Clause clause, List<TextMark> marks) {
        List<Span> spans = clause.mandatorySpans();
        if (spans.isEmpty() && clause.mandatory()
                && clause.mandatoryProvenance() == MandatoryProvenance.MANUAL) {
            spans = List.of(new Span(0, clause.textLength()));
        }
        if (clause.kind() == ClauseKind.TABLE) {
            return rows(clause.text(), spans, marks);
        }
        return paragraphs(clause.text(), spans, marks);
    }

    /**
     * A table clause's rows, each with its cells (readers store a table as rows separated by '\n'
     * and cells by '\t', see {@link org.plantrace.domain.clause.TableGrid}); an empty row is kept,
     * so that rows and cells stay where the table has them.
     */
    static List<Paragraph> rows(String text, List<Span> spans, List<TextMark> marks) {
        List<Paragraph> out = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            List<TableCell> cells = new ArrayList<>();
            int cellStart = start;
            while (cellStart <= end) {
                int cellEnd = text.indexOf('\t', cellStart);
                if (cellEnd < 0 || cellEnd > end) {
                    cellEnd = end;
                }
                cells.add(new TableCell(cellEnd > cellStart ? runs(text, cellStart, cellEnd, spans, marks) : List.of()));
                cellStart = cellEnd + 1;
            }
            out.add(new Paragraph(end > start ? runs(text, start, end, spans, marks) : List.of(),
                    out.isEmpty() ? mergedHeader(cells) : cells));
            start = end + 1;
        }
        return out;
    }

    /**
     * The header row with a merged cell shown once: readers store a cell spanning columns as its
     * text in each of them (规划目标, 规划目标 over 2025年 and 2035年), so equal neighbours in the
     * header are one cell over those columns. Only the header: in the body two equal neighbours
     * (—, —; 约束性, 约束性) are as often two cells.
     */
    static List<TableCell> mergedHeader(List<TableCell> cells) {
        List<TableCell> out = new ArrayList<>(cells);
        for (int i = 0; i < out.size(); i++) {
            String text = out.get(i).text();
            int j = i + 1;
            while (!text.isBlank() && j < out.size() && out.get(j).text().equals(text)) {
                out.set(j, new TableCell(out.get(j).runs(), 0));
                j++;
            }
            if (j > i + 1) {
                out.set(i, new TableCell(out.get(i).runs(), j - i));
            }
            i = j - 1;
        }
        return out;
    }

    /** Paragraphs of {@code text} with the runs covered by {@code spans} (sorted, disjoint) marked. */
    public static List<Paragraph> paragraphs(String text, List<Span> spans) {
        return paragraphs(text, spans, List.of());
    }

    /** Paragraphs of {@code text}, cut wherever a mandatory span or a link mark starts or ends. */
    public static List<Paragraph> paragraphs(String text, List<Span> spans, List<TextMark> marks) {
        List<Paragraph> out = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            if (end > start) {
                out.add(new Paragraph(runs(text, start, end, spans, marks)));
            }
            start = end + 1;
        }
        return out;
    }

    private static List<TextRun> runs(String text, int from, int to, List<Span> spans, List<TextMark> marks) {
        // spans and marks may overlap each other (a mention inside underlined text): cut at every edge,
        // then give each piece all the marks that cover it
        TreeSet<Integer> cuts = new TreeSet<>(List.of(from, to));
        for (Span s : spans) {
            cut(cuts, s.start(), from, to);
            cut(cuts, s.end(), from, to);
        }
        for (TextMark m : marks) {
            cut(cuts, m.start(), from, to);
            cut(cuts, m.end(), from, to);
        }
        List<TextRun> runs = new ArrayList<>();
        Integer a = cuts.first();
        for (Integer b = cuts.higher(a); b != null; a = b, b = cuts.higher(b)) {
            final int lo = a;
            final int hi = b;
            // spans from a reader may run past a later edit of the text: covering is checked, never indexed
            boolean mandatory = spans.stream().anyMatch(s -> s.start() <= lo && hi <= s.end());
            int indicator = marks.stream().filter(m -> m.indicator() > 0 && m.start() <= lo && hi <= m.end())
                    .mapToInt(TextMark::indicator).findFirst().orElse(0);
            String entity = marks.stream().filter(m -> m.entity() != null && m.start() <= lo && hi <= m.end())
                    .map(TextMark::entity).findFirst().orElse(null);
            TextRun run = new TextRun(text.substring(lo, hi), mandatory, indicator, entity);
            TextRun last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
            if (last != null && last.mandatory() == mandatory && last.indicator() == indicator
                    && Objects.equals(last.entity(), entity)) {
                runs.set(runs.size() - 1, new TextRun(last.text() + run.text(), mandatory, indicator, entity));
            } else {
                runs.add(run);
            }
        }
        return runs;
    }

    private static void cut(TreeSet<Integer> cuts, int at, int from, int to) {
        if (at > from && at < to) {
            cuts.add(at);
        }
    }
}
