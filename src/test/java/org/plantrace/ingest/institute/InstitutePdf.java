package org.plantrace.ingest.institute;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.plantrace.domain.clause.Span;
import org.plantrace.ingest.institute.InstitutePlan.Look;
import org.plantrace.ingest.institute.InstitutePlan.Paragraph;
import org.plantrace.ingest.institute.InstitutePlan.Table;
import org.plantrace.ingest.rendition.PdfRendition;

/**
 * The test's own PDF of an {@link InstitutePlan}, as a print driver would set the Word file: the
 * cover without header or page number, a running header and "- n -" page numbers after it, body
 * text in one type whatever its numbering (sections, articles and items are plain paragraphs),
 * chapters larger and bold, underlines as thin filled rectangles, tables as ruled grids.
 */
public final class InstitutePdf {
    private static final float BODY = 12;
    private static final float LEADING = 20;
    private static final float LEFT = 72;
    private static final float RIGHT = 72;
    private static final float TOP = 84;
    private static final float BOTTOM = 80;

    private final PDDocument document;
    private final PDType0Font font;
    private final String header;
    private final float width = PDRectangle.A4.getWidth();
    private final float height = PDRectangle.A4.getHeight();
    private PDPageContentStream out;
    private int pageNo;
    private boolean cover = true;
    private float y;

    private InstitutePdf(PDDocument document, PDType0Font font, String header) {
        this.document = document;
        this.font = font;
        this.header = header;
    }

    public static Path write(InstitutePlan plan, Path pdf) throws IOException {
        try (TrueTypeCollection fonts = PdfRendition.openFontCollection(); PDDocument document = new PDDocument()) {
            InstitutePdf r = new InstitutePdf(document, PdfRendition.loadFont(document, fonts), plan.title());
            r.newPage();
            for (Object block : plan.blocks()) {
                if (block instanceof Paragraph p) {
                    r.paragraph(p);
                } else {
                    r.table((Table) block);
                }
            }
            r.finishPage();
            Files.createDirectories(pdf.toAbsolutePath().getParent());
            document.save(pdf.toFile());
        }
        return pdf;
    }

    private void paragraph(Paragraph p) throws IOException {
        switch (p.look()) {
            case PAGE_BREAK -> {
                finishPage();
                cover = false;
                newPage();
            }
            case COVER_TITLE -> centred(p.text(), 22, true, 160);
            case COVER_LINE -> centred(p.text(), 16, false, 30);
            case CENTRED_HEADING -> centred(p.text(), 16, true, 20);
            case HEADING_1 -> centred(p.text(), 16, true, 24);
            case CONTENTS_LINE -> contentsLine(p.text());
            default -> lines(p.text(), p.underlined(), 2 * BODY);
        }
    }

    private void centred(String text, float size, boolean bold, float before) throws IOException {
        room(before + size * 1.6f);
        y += before;
        show(text, (width - textWidth(text, size)) / 2, y, size, 0, bold);
        y += size * 0.6f;
    }

    private void contentsLine(String text) throws IOException {
        int tab = text.indexOf('\t');
        String entry = text.substring(0, tab);
        String page = text.substring(tab + 1);
        room(LEADING);
        y += LEADING;
        show(entry, LEFT, y, BODY, 0, false);
        float pageX = width - RIGHT - textWidth(page, BODY);
        show(page, pageX, y, BODY, 0, false);
        float x = LEFT + textWidth(entry, BODY) + 6;
        StringBuilder dots = new StringBuilder();
        while (x + textWidth(dots + ".", BODY) < pageX - 6) {
            dots.append('.');
        }
        show(dots.toString(), x, y, BODY, 0, false);
    }

    /** Justified lines with a first-line indent; underlined ranges as thin rectangles under the glyphs. */
    private void lines(String text, List<Span> spans, float indent) throws IOException {
        int start = 0;
        boolean first = true;
        while (start < text.length()) {
            float x0 = LEFT + (first ? indent : 0);
            float available = width - RIGHT - x0;
            int end = start;
            float w = 0;
            while (end < text.length() && w + textWidth(text.substring(end, end + 1), BODY) <= available + 0.01f) {
                w += textWidth(text.substring(end, end + 1), BODY);
                end++;
            }
            room(LEADING);
            y += LEADING;
            String line = text.substring(start, end);
            float spacing = end >= text.length() || line.length() < 2 ? 0 : (available - w) / (line.length() - 1);
            show(line, x0, y, BODY, spacing, false);
            float x = x0;
            for (int i = 0; i < line.length(); i++) {
                float cw = textWidth(line.substring(i, i + 1), BODY);
                if (inside(spans, start + i)) {
                    out.addRect(x, height - y - 3f, cw + (inside(spans, start + i + 1) && i + 1 < line.length()
                            ? spacing : 0), 0.7f);
                    out.fill();
                }
                x += cw + spacing;
            }
            start = end;
            first = false;
        }
    }

    private static boolean inside(List<Span> spans, int i) {
        return spans.stream().anyMatch(s -> s.start() <= i && i < s.end());
    }

    /**
     * A ruled grid as Word prints one: every cell bordered, no border drawn through a merged cell
     * (a cell spanning columns, or one continued by the cell below); the text in the merged
     * cell's first row.
     */
    private void table(Table t) throws IOException {
        int columns = t.rows().get(0).size();
        float cellWidth = (width - LEFT - RIGHT) / columns;
        float size = 10.5f;
        float leading = 14;
        for (int r = 0; r < t.rows().size(); r++) {
            List<String> row = t.rows().get(r);
            List<String> below = r + 1 < t.rows().size() ? t.rows().get(r + 1) : null;
            List<List<String>> wrapped = new java.util.ArrayList<>();
            int lines = 1;
            for (int c = 0; c < columns; c++) {
                String cell = row.get(c);
                int span = 1;
                while (c + span < columns && row.get(c + span) == null) {
                    span++;
                }
                List<String> cellLines = cell == null || Table.MERGED_UP.equals(cell) ? List.of()
                        : wrap(cell, span * cellWidth - 6, size);
                wrapped.add(cellLines);
                lines = Math.max(lines, cellLines.size());
            }
            float rowHeight = 8 + lines * leading;
            room(rowHeight);
            float top = y;
            y += rowHeight;
            out.setLineWidth(0.5f);
            for (int c = 0; c < columns; c++) {
                String cell = row.get(c);
                float x = LEFT + c * cellWidth;
                if (c == 0 || cell != null) {
                    line(x, top, x, y); // a left border, except inside a cell spanning columns
                }
                if (r == 0 || pageTop(top)) {
                    line(x, top, x + cellWidth, top);
                }
                if (below == null || !Table.MERGED_UP.equals(below.get(c))) {
                    line(x, y, x + cellWidth, y); // a bottom border, except above a continued cell
                }
                int span = 1;
                while (c + span < columns && row.get(c + span) == null) {
                    span++;
                }
                float lineTop = top + 4 + leading - 3;
                for (String text : wrapped.get(c)) {
                    show(text, x + (span * cellWidth - textWidth(text, size)) / 2, lineTop, size, 0, false);
                    lineTop += leading;
                }
            }
            line(width - RIGHT, top, width - RIGHT, y);
        }
        y += 10;
    }

    /** A cell's text in lines that fit its width, as Word wraps it. */
    private List<String> wrap(String text, float room, float size) throws IOException {
        List<String> out = new java.util.ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = start + 1;
            while (end < text.length() && textWidth(text.substring(start, end + 1), size) <= room) {
                end++;
            }
            out.add(text.substring(start, end));
            start = end;
        }
        return out;
    }

    private boolean pageTop(float top) {
        return top == TOP;
    }

    private void line(float x1, float top1, float x2, float top2) throws IOException {
        out.moveTo(x1, height - top1);
        out.lineTo(x2, height - top2);
        out.stroke();
    }

    private void room(float needed) throws IOException {
        if (y + needed > height - BOTTOM) {
            finishPage();
            newPage();
        }
    }

    private void show(String text, float x, float baselineFromTop, float size, float spacing, boolean bold)
            throws IOException {
        if (text.isEmpty()) {
            return;
        }
        out.beginText();
        out.setFont(font, size);
        out.setCharacterSpacing(spacing);
        out.setRenderingMode(bold ? RenderingMode.FILL_STROKE : RenderingMode.FILL);
        if (bold) {
            out.setLineWidth(size * 0.03f);
        }
        out.newLineAtOffset(x, height - baselineFromTop);
        out.showText(text);
        out.endText();
    }

    private float textWidth(String text, float size) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    private void newPage() throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        pageNo++;
        out = new PDPageContentStream(document, page);
        if (!cover) {
            show(header, (width - textWidth(header, 9)) / 2, 50, 9, 0, false);
            out.setLineWidth(0.5f);
            out.moveTo(LEFT, height - 54);
            out.lineTo(width - RIGHT, height - 54);
            out.stroke();
        }
        y = TOP;
    }

    private void finishPage() throws IOException {
        if (!cover) {
            String folio = "- " + (pageNo - 1) + " -";
            show(folio, (width - textWidth(folio, 9)) / 2, height - 45, 9, 0, false);
        }
        out.close();
    }
}
