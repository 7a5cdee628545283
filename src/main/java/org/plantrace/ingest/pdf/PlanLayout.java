package org.plantrace.ingest.pdf;

import java.util.ArrayList;
import java.util.List;
import org.plantrace.domain.clause.Clause;
import org.plantrace.ingest.Outline;
import org.plantrace.ingest.ParseWarning;

/**
 * From page contents to the outline: lines, running matter removed, title taken, lines joined
 * into blocks, blocks nested into clauses. Free of PDFBox so that it can be tested on its own.
 */
final class PlanLayout {
    private PlanLayout() {
    }

    static Outline read(List<PageContent> pages, String infoTitle, String fileName) {
        List<ParseWarning> warnings = new ArrayList<>();
        List<List<TextLine>> lines = new ArrayList<>();
        List<Float> heights = new ArrayList<>();
        List<PdfTable> tables = new ArrayList<>();
        for (PageContent p : pages) {
            TableFinder.Result found;
            try {
                found = TableFinder.find(p.page(), p.glyphs(), p.rules(), p.verticals());
            } catch (RuntimeException e) {
                // a drawing no table reader foresaw must not cost the plan its text: the page reads as lines
                found = new TableFinder.Result(List.of(), p.glyphs(), p.rules(),
                        List.of("格线无法解析：" + e.getClass().getSimpleName()));
            }
            tables.addAll(found.tables());
            for (String problem : found.problems()) {
                warnings.add(new ParseWarning(OutlineAssembler.location(p.page()),
                        "表格无法按行列读取（" + problem + "），其文字按正文读入，请核对"));
            }
            for (String note : found.notes()) {
                warnings.add(new ParseWarning(OutlineAssembler.location(p.page()), note));
            }
            lines.add(LineBuilder.build(p.page(), found.glyphs(), found.rules()));
            heights.add(p.height());
            if (!p.hasText() && p.images() > 0) {
                warnings.add(new ParseWarning(OutlineAssembler.location(p.page()),
                        "本页只有图像、没有文字层，内容未读入；如需要，请先对该页做文字识别（OCR）"));
            }
        }
        RunningMatter.Result running = RunningMatter.remove(lines, heights);
        for (String text : running.removedTexts()) {
            warnings.add(new ParseWarning("全文", "已去除各页重复的页眉或页脚“" + text + "”"));
        }
        List<TextLine> all = new ArrayList<>();
        running.pages().forEach(all::addAll);
        BodyMetrics metrics = BodyMetrics.of(running.pages());
        DocumentTitle.Result title = DocumentTitle.take(all, metrics, infoTitle, fileName);
        warnings.addAll(title.warnings());
        FrontMatter.Result front = FrontMatter.strip(title.body(), title.fromFileName() ? null : title.title());
        warnings.addAll(front.warnings());
        List<Block> blocks = new BlockBuilder(metrics).build(withTables(front.body(), tables));
        OutlineAssembler assembler = new OutlineAssembler();
        List<Clause> clauses = assembler.assemble(blocks);
        warnings.addAll(assembler.warnings());
        return new Outline(front.title() == null ? title.title() : front.title(), clauses, warnings);
    }

    /** The lines with each table standing in its place: before the first line below its top border. */
    private static List<TextLine> withTables(List<TextLine> lines, List<PdfTable> tables) {
        if (tables.isEmpty()) {
            return lines;
        }
        List<TextLine> out = new ArrayList<>(lines.size() + tables.size());
        int t = 0;
        for (TextLine line : lines) {
            while (t < tables.size() && before(tables.get(t), line)) {
                out.add(TextLine.of(tables.get(t++)));
            }
            out.add(line);
        }
        while (t < tables.size()) {
            out.add(TextLine.of(tables.get(t++)));
        }
        return out;
    }

    private static boolean before(PdfTable table, TextLine line) {
        return table.page() < line.page || table.page() == line.page && table.top() < line.baseline;
    }
}
