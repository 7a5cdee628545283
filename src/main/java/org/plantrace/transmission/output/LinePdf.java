package org.plantrace.transmission.output;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A PDF of wrapped lines in the embedded Chinese face ({@link CjkFont}), for documents other than
 * the checklist (the review's 审查意见书): the same A4 page, margins, line breaking
 * ({@link ChecklistPdf#wrap}) and ToUnicode repair as {@link ChecklistPdf}, driven by a list of
 * {@link Line}s. Written one at a time under {@link CjkFont#LOCK}.
 */
public final class LinePdf {
    private static final PDRectangle PAGE = PDRectangle.A4;
    private static final float MARGIN_X = 56;
    private static final float MARGIN_TOP = 64;
    private static final float MARGIN_BOTTOM = 56;

    /**
     * One paragraph: wrapped to the page; {@code before} points of space above it (a new page when
     * {@code before} is negative); {@code keep} points that must still fit below, else a new page.
     */
    public record Line(String text, boolean bold, float size, float indent, boolean centred, float before, float keep,
            List<Link> links) {
        public Line {
            links = links == null ? List.of() : List.copyOf(links);
        }

        public Line(String text, boolean bold, float size, float indent, boolean centred, float before, float keep) {
            this(text, bold, size, indent, centred, before, keep, List.of());
        }

        public static Line of(String text, float size) {
            return new Line(text, false, size, 0, false, 0, 0);
        }
    }

    /** Words of a line that are a real hyperlink to {@code address} (a cited clause); no address, no link. */
    public record Link(String text, String address) {
    }

    private LinePdf() {
    }

    public static void write(String title, List<Line> lines, OutputStream out) throws IOException {
        byte[] saved;
        Map<String, Map<Integer, Integer>> drawn = new HashMap<>();
        // faces of this document's own until it is saved, as the checklist PDF does (no global lock)
        try (CjkFaces faces = CjkFaces.borrow()) {
            ByteArrayOutputStream first = new ByteArrayOutputStream();
            layOut(title, lines, first, drawn, faces);
            saved = first.toByteArray();
        }
        ToUnicodeRepair.repair(saved, drawn, out);
    }

    private static void layOut(String title, List<Line> lines, OutputStream out, Map<String, Map<Integer, Integer>> drawn,
            CjkFaces borrowed) throws IOException {
        TrueTypeFont regularFace = borrowed.regular;
        TrueTypeFont boldFace = borrowed.bold;
        try (PDDocument doc = new PDDocument()) {
            PDFont regular = PDType0Font.load(doc, regularFace, true);
            PDFont bold = PDType0Font.load(doc, boldFace, true);
            doc.getDocumentInformation().setTitle(title);
            doc.getDocumentInformation().setCreator("PlanTrace");
            doc.getDocumentCatalog().setLanguage("zh-CN");
            PDPageContentStream stream = null;
            PDPage[] page = new PDPage[1];
            float y = 0;
            for (Line line : lines) {
                if (stream == null || line.before() < 0 || y - Math.max(line.before(), 0) - line.keep() < MARGIN_BOTTOM) {
                    stream = newPage(doc, stream, page);
                    y = PAGE.getHeight() - MARGIN_TOP;
                }
                y -= Math.max(line.before(), 0);
                PDFont font = line.bold() ? bold : regular;
                CmapLookup cmap = (line.bold() ? boldFace : regularFace).getUnicodeCmapLookup();
                float width = PAGE.getWidth() - 2 * MARGIN_X - line.indent();
                float leading = line.size() * 1.55f;
                String text = drawable(line.text(), font, cmap, drawn);
                List<PdfLinks.Anchor> anchors = PdfLinks.anchors(text, line.links().stream()
                        .map(l -> new PdfLinks.Link(drawable(l.text(), font, cmap, drawn), l.address())).toList());
                int offset = 0;
                for (String part : ChecklistPdf.wrap(text, font, line.size(), width)) {
                    if (y - leading < MARGIN_BOTTOM) {
                        stream = newPage(doc, stream, page);
                        y = PAGE.getHeight() - MARGIN_TOP;
                    }
                    y -= leading;
                    float x = line.centred() ? (PAGE.getWidth() - font.getStringWidth(part) / 1000 * line.size()) / 2
                            : MARGIN_X + line.indent();
                    PdfLinks.show(stream, page[0], font, line.size(), x, y, part, offset, anchors);
                    offset += part.length();
                }
            }
            if (stream != null) {
                stream.close();
            }
            doc.save(out);
        }
    }

    private static PDPageContentStream newPage(PDDocument doc, PDPageContentStream open, PDPage[] current) throws IOException {
        if (open != null) {
            open.close();
        }
        PDPage page = new PDPage(PAGE);
        doc.addPage(page);
        current[0] = page;
        return new PDPageContentStream(doc, page);
    }

    /** The text with every character the face cannot draw (and every control) shown as □; records glyph → character. */
    private static String drawable(String s, PDFont font, CmapLookup cmap, Map<String, Map<Integer, Integer>> drawn) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(original -> {
            int cp = Character.isISOControl(original) ? ' ' : original;
            if (cmap.getGlyphId(cp) <= 0) {
                cp = '□';
            }
            out.appendCodePoint(cp);
            drawn.computeIfAbsent(font.getName(), k -> new HashMap<>()).putIfAbsent(cmap.getGlyphId(cp), cp);
        });
        return out.toString();
    }
}
