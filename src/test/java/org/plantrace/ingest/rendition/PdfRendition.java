package org.plantrace.ingest.rendition;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.clause.ClauseKind;
import org.plantrace.domain.clause.Span;

/**
 * Lays out a clause forest as a plan PDF the way a drafting office prints one, so that the PDF
 * reader can be checked against a known tree: A4, a CJK font, conventional numbers (第一章, 第一节,
 * 第一条, 一、, （一）, 1．, （1）, ①), headings larger and bold (drawn fill-and-stroke, as Word fakes
 * bold), body paragraphs justified with a two-character first-line indent, Chinese line-breaking
 * rules, a running header with a rule under it, "- n -" page numbers, and mandatory spans
 * underlined: stroked lines on odd pages, thin filled rectangles on even pages.
 */
public final class PdfRendition {
    /** The CJK font the tests need; CI installs the Debian package fonts-wqy-zenhei. */
    public static final Path FONT_FILE = Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc");

    static final float BODY_SIZE = 12;
    private static final float LEADING = 20;
    private static final float LEFT = 72;
    private static final float RIGHT = 72;
    private static final float TOP = 84;
    private static final float BOTTOM = 80;
    private static final String NO_LINE_START = "，。、；：？！”’）》」』】,.;:?!)%";
    private static final String NO_LINE_END = "“‘（《「『【(";

    private final PDDocument document;
    private final PDType0Font font;
    private final String header;
    private final float width = PDRectangle.A4.getWidth();
    private final float height = PDRectangle.A4.getHeight();
    private PDPageContentStream out;
    private int pageNo;
    /** Baseline of the last line drawn, from the top of the page. */
    private float y;
    private int chapters;
    private int articles;

    private PdfRendition(PDDocument document, PDType0Font font, String header) {
        this.document = document;
        this.font = font;
        this.header = header;
    }

    /** Writes the forest as a PDF with the given title (document properties, first page, header). */
    public static void write(String title, List<Clause> forest, Path pdf) throws IOException {
        try (TrueTypeCollection fonts = openFontCollection(); PDDocument document = new PDDocument()) {
            PdfRendition r = new PdfRendition(document, loadFont(document, fonts), title);
            document.getDocumentInformation().setTitle(title);
            r.newPage();
            r.centred(title, 22, 30);
            r.y += 12;
            r.clauses(forest, 0);
            r.finishPage();
            Files.createDirectories(pdf.toAbsolutePath().getParent());
            document.save(pdf.toFile());
        }
    }

    /** The test font collection; fails with the fix in the message when the package is missing. */
    public static TrueTypeCollection openFontCollection() throws IOException {
        if (!Files.isRegularFile(FONT_FILE)) {
            throw new IllegalStateException("CJK font " + FONT_FILE + " is missing; the PDF tests need it: "
                    + "apt-get install -y fonts-wqy-zenhei");
        }
        return new TrueTypeCollection(FONT_FILE.toFile());
    }

    /** Loads the first face of the collection (WenQuanYi Zen Hei) as an embedded subset. */
    public static PDType0Font loadFont(PDDocument document, TrueTypeCollection fonts) throws IOException {
        TrueTypeFont[] first = new TrueTypeFont[1];
        fonts.processAllFonts(f -> {
            if (first[0] == null) {
                first[0] = f;
            }
        });
        return PDType0Font.load(document, first[0], true);
    }

    private void clauses(List<Clause> siblings, int subItemDepth) throws IOException {
        Map<ClauseKind, Integer> counters = new HashMap<>();
        for (Clause c : siblings) {
            int n = counters.merge(c.kind(), 1, Integer::sum);
            clause(c, n, subItemDepth);
        }
    }

    private void clause(Clause c, int ordinal, int subItemDepth) throws IOException {
        String num = switch (c.kind()) {
            case CHAPTER -> "第" + chinese(++chapters) + "章";
            case SECTION -> "第" + chinese(ordinal) + "节";
            case ARTICLE -> "第" + chinese(++articles) + "条";
            case ITEM -> chinese(ordinal) + "、";
            case SUB_ITEM -> switch (subItemDepth % 4) {
                case 0 -> "（" + chinese(ordinal) + "）";
                case 1 -> ordinal + "．";
                case 2 -> "（" + ordinal + "）";
                default -> String.valueOf((char) ('①' + ordinal - 1));
            };
            default -> "";
        };
        String title = num.isEmpty() ? c.heading() : c.heading().isEmpty() ? num : num + "\u3000" + c.heading();
        switch (c.kind()) {
            case CHAPTER -> heading(title, 16, true, 18, 8);
            case SECTION -> heading(title, 14, true, 10, 6);
            case ARTICLE -> heading(title, 13, false, 6, 2);
            case ITEM, SUB_ITEM -> heading(title, BODY_SIZE, false, 2, 0);
            default -> {
                if (!title.isEmpty()) {
                    heading(title, 16, true, 6, 8);
                }
            }
        }
        String text = c.text();
        if (!text.isEmpty()) {
            int start = 0;
            for (String paragraph : text.split("\n", -1)) {
                paragraph(paragraph, underlinedChars(c.mandatorySpans(), start, paragraph.length()));
                start += paragraph.length() + 1;
            }
        }
        clauses(c.children(), c.kind() == ClauseKind.SUB_ITEM ? subItemDepth + 1 : 0);
    }

    private static boolean[] underlinedChars(List<Span> spans, int from, int length) {
        boolean[] u = new boolean[length];
        for (Span s : spans) {
            for (int i = Math.max(s.start(), from); i < Math.min(s.end(), from + length); i++) {
                u[i - from] = true;
            }
        }
        return u;
    }

    private void heading(String title, float size, boolean centred, float before, float after) throws IOException {
        float pitch = size * 1.6f;
        if (y + before + pitch + LEADING > height - BOTTOM) {
            finishPage();
            newPage();
        } else {
            y += before;
        }
        if (centred && textWidth(title, size) <= width - LEFT - RIGHT) {
            centred(title, size, pitch);
        } else {
            lines(title, new boolean[title.length()], size, centred ? 0 : 2 * size, pitch, true);
        }
        y += after;
    }

    private void centred(String text, float size, float pitch) throws IOException {
        y += pitch;
        float x = (width - textWidth(text, size)) / 2;
        show(text, x, y, size, 0, true);
    }

    private void paragraph(String text, boolean[] underlined) throws IOException {
        lines(text, underlined, BODY_SIZE, 2 * BODY_SIZE, LEADING, false);
    }

    /** Breaks text into justified lines, indenting the first, turning pages as needed. */
    private void lines(String text, boolean[] underlined, float size, float indent, float pitch, boolean bold)
            throws IOException {
        int start = 0;
        boolean first = true;
        while (start < text.length() || first) {
            float x0 = LEFT + (first ? indent : 0);
            float available = width - RIGHT - x0;
            int end = breakAt(text, start, available, size);
            if (y + pitch > height - BOTTOM) {
                finishPage();
                newPage();
            }
            y += pitch;
            String line = text.substring(start, end);
            boolean last = end >= text.length();
            float spacing = last || line.length() < 2 ? 0
                    : (available - textWidth(line, size)) / (line.length() - 1);
            show(line, x0, y, size, spacing, bold);
            underline(line, underlined, start, x0, size, spacing);
            start = end;
            first = false;
        }
    }

    /** End of the line starting at {@code start}: closing punctuation hangs, opening punctuation moves on. */
    private int breakAt(String text, int start, float available, float size) throws IOException {
        float w = 0;
        int i = start;
        while (i < text.length()) {
            float cw = textWidth(text.substring(i, i + 1), size);
            if (w + cw > available + 0.01f && i > start) {
                break;
            }
            w += cw;
            i++;
        }
        if (i < text.length()) {
            if (NO_LINE_START.indexOf(text.charAt(i)) >= 0) {
                i++;
            } else if (i - start > 1 && NO_LINE_END.indexOf(text.charAt(i - 1)) >= 0) {
                i--;
            }
        }
        return i;
    }

    private void underline(String line, boolean[] underlined, int offset, float x0, float size, float spacing)
            throws IOException {
        float x = x0;
        float runStart = -1;
        for (int i = 0; i <= line.length(); i++) {
            boolean u = i < line.length() && underlined[offset + i];
            if (u && runStart < 0) {
                runStart = x;
            }
            if (!u && runStart >= 0) {
                float runEnd = x - spacing;
                float base = height - y - 2.5f;
                if (pageNo % 2 == 1) {
                    out.setLineWidth(0.6f);
                    out.moveTo(runStart, base);
                    out.lineTo(runEnd, base);
                    out.stroke();
                } else {
                    out.addRect(runStart, base - 0.4f, runEnd - runStart, 0.8f);
                    out.fill();
                }
                runStart = -1;
            }
            if (i < line.length()) {
                x += textWidth(line.substring(i, i + 1), size) + spacing;
            }
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
        try {
            return font.getStringWidth(text) / 1000 * size;
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("the test font cannot draw “" + text + "”: " + e.getMessage(), e);
        }
    }

    private void newPage() throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        pageNo++;
        out = new PDPageContentStream(document, page);
        float headerSize = 9;
        show(header, (width - textWidth(header, headerSize)) / 2, 50, headerSize, 0, false);
        out.setLineWidth(0.5f);
        out.moveTo(LEFT, height - 54);
        out.lineTo(width - RIGHT, height - 54);
        out.stroke();
        y = TOP;
    }

    private void finishPage() throws IOException {
        String folio = "- " + pageNo + " -";
        show(folio, (width - textWidth(folio, 9)) / 2, height - 45, 9, 0, false);
        out.close();
    }

    static String chinese(int n) {
        return org.plantrace.ingest.numbering.Numbering.chinese(n);
    }
}
