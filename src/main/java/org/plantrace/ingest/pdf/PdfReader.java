package org.plantrace.ingest.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.plantrace.ingest.InputRejectedException;
import org.plantrace.ingest.Outline;
import org.plantrace.ingest.PlanReader;

/**
 * Reads PDF plan documents into the neutral outline: text in reading order without running
 * headers and footers, wrapped lines joined into paragraphs, headings recognised by their Chinese
 * numbering and their type, underlined text as mandatory spans. Refuses scans without a text
 * layer, password-protected and damaged files, with a message saying what to do.
 */
public final class PdfReader implements PlanReader {

    @Override
    public Outline read(Path file) throws InputRejectedException {
        String name = file.getFileName().toString();
        List<PageContent> pages = new ArrayList<>();
        String infoTitle;
        try (PDDocument document = PdfLoader.open(file)) {
            if (document.getNumberOfPages() == 0) {
                throw new InputRejectedException(name, "PDF 文件没有任何页面，请检查导出的文件");
            }
            infoTitle = document.getDocumentInformation().getTitle();
            List<List<Glyph>> glyphs = GlyphCollector.collect(document);
            int index = 0;
            for (PDPage page : document.getPages()) {
                RuleCollector.PageDrawings drawings = RuleCollector.collect(page);
                pages.add(new PageContent(index + 1, glyphs.get(index), drawings.rules(), drawings.verticals(), drawings.images(),
                        page.getCropBox().getHeight()));
                index++;
            }
        } catch (IOException | RuntimeException e) {
            throw PdfLoader.corrupt(name, e);
        }
        if (pages.stream().noneMatch(PageContent::hasText)) {
            if (pages.stream().anyMatch(p -> p.images() > 0)) {
                throw new InputRejectedException(name,
                        "这是扫描件：PDF 只有页面图像、没有文字层，无法读取条款；请先做文字识别（OCR）后再导入");
            }
            throw new InputRejectedException(name, "PDF 中没有可提取的文字，请检查文件是否为规划文本的 PDF");
        }
        return PlanLayout.read(pages, infoTitle, name);
    }
}
