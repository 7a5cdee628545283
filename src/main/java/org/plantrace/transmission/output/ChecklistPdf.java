package org.plantrace.transmission.output;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
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
import org.plantrace.citation.ClauseAddresses;
import org.plantrace.transmission.Checklist;
import org.plantrace.transmission.ChecklistItem;

/**
 * The checklist as a PDF: a cover (title, target, plan, version, date, counts, note), then per
 * category a heading and its items; a mandatory item's first line is set in the medium weight and
 * says 【强制性】. The text is exactly {@link ChecklistWording#lines}, wrapped to the page, in
 * Source Han Sans embedded as a subset with a ToUnicode map ({@link CjkFont}), so that copying or
 * extracting the text gives the checklist back ({@link ToUnicodeRepair} keeps 土 from coming back
 * as the look-alike radical ⼟). A character the font lacks prints as □.
 */
public final class ChecklistPdf {
    private static final PDRectangle PAGE = PDRectangle.A4;
    private static final float MARGIN_X = 56;
    private static final float MARGIN_TOP = 64;
    private static final float MARGIN_BOTTOM = 56;
    private static final float BODY = 10.5f;
    private static final float SMALL = 9.5f;
    private static final float INDENT = 20;
    /** Punctuation that must not begin a line (the usual Chinese line-breaking rule). */
    private static final String NO_LINE_START = "，。、；：？！）》」』】〕”’…—·,.;:?!)";

    private ChecklistPdf() {
    }

    public static void write(Checklist c, OutputStream out) throws IOException {
        write(c, ClauseAddresses.none(), out);
    }

    /**
     * With {@code addresses} known, each source clause is a link to its citable address
     * ({@link PdfLinks}), the address they share is printed on the cover and each cited clause's full
     * address once at the end.
     */
    public static void write(Checklist c, ClauseAddresses addresses, OutputStream out) throws IOException {
        byte[] saved;
        Map<String, Map<Integer, Integer>> drawn;
        // faces of this document's own until it is saved; other documents use other faces
        try (CjkFaces faces = CjkFaces.borrow()) {
            ByteArrayOutputStream first = new ByteArrayOutputStream();
            drawn = layOut(c, new Cited(c, addresses), first, faces);
            saved = first.toByteArray();
        }
        ToUnicodeRepair.repair(saved, drawn, out);
    }

    /** Lays the checklist out and saves it (subsetting the fonts); returns which glyph drew which character. */
    private static Map<String, Map<Integer, Integer>> layOut(Checklist c, Cited cited, OutputStream out, CjkFaces borrowed)
            throws IOException {
        TrueTypeFont regularFace = borrowed.regular;
        TrueTypeFont boldFace = borrowed.bold;
        try (PDDocument doc = new PDDocument()) {
            Faces faces = new Faces(PDType0Font.load(doc, regularFace, true), regularFace.getUnicodeCmapLookup(),
                    PDType0Font.load(doc, boldFace, true), boldFace.getUnicodeCmapLookup(), new HashMap<>());
            doc.getDocumentInformation().setTitle(ChecklistWording.title(c));
            doc.getDocumentInformation().setCreator("PlanTrace");
            doc.getDocumentCatalog().setLanguage("zh-CN");
            try (Pages pages = new Pages(doc, faces)) {
                List<String> cover = ChecklistWording.cover(c);
                pages.skip(120);
                pages.line(cover.get(0), true, 22, 0, true);
                pages.skip(24);
                for (int i = 1; i < cover.size(); i++) {
                    pages.line(cover.get(i), false, 12, 0, true);
                    pages.skip(6);
                }
                pages.skip(30);
                pages.line(ChecklistWording.NOTE, false, SMALL, 0, false);
                for (String note : ChecklistWording.notes(c)) {
                    pages.skip(6);
                    pages.line(note, false, SMALL, 0, false);
                }
                if (cited.addresses.known()) {
                    pages.skip(6);
                    pages.line(Cited.header(c, cited.addresses), false, SMALL, 0, false);
                }
                pages.newPage();
                for (ChecklistSections.Section section : ChecklistSections.of(c)) {
                    pages.keep(60);
                    pages.skip(6);
                    pages.line(section.category(), true, 14, 0, false);
                    pages.skip(4);
                    int n = section.firstNumber();
                    for (ChecklistItem item : section.items()) {
                        List<String> lines = ChecklistWording.itemLines(n++, item);
                        List<PdfLinks.Link> links = item.sourceClauses().stream()
                                .map(s -> new PdfLinks.Link(ChecklistWording.source(s), cited.address(s))).toList();
                        pages.keep(30);
                        pages.line(lines.get(0), item.mandatory(), BODY, 0, false);
                        for (int i = 1; i < lines.size(); i++) {
                            // the sources line names the cited clauses: those words are the links
                            pages.line(lines.get(i), false, SMALL, INDENT, false,
                                    lines.get(i).startsWith("来源：") ? links : List.of());
                        }
                        pages.skip(5);
                    }
                }
                List<org.plantrace.transmission.SourceClause> all = cited.all();
                if (!all.isEmpty()) {
                    pages.keep(60);
                    pages.skip(6);
                    pages.line(Cited.APPENDIX, true, 14, 0, false);
                    pages.skip(4);
                    for (org.plantrace.transmission.SourceClause s : all) {
                        String address = cited.address(s);
                        pages.line(ChecklistWording.source(s) + "：" + address, false, SMALL, 0, false,
                                List.of(new PdfLinks.Link(address, address)));
                    }
                }
            }
            doc.save(out);
            return faces.drawn();
        }
    }

    /** The two faces, and which character each glyph was drawn for (by font name, for {@link ToUnicodeRepair}). */
    private record Faces(PDFont regular, CmapLookup regularCmap, PDFont bold, CmapLookup boldCmap,
            Map<String, Map<Integer, Integer>> drawn) {
        PDFont font(boolean b) {
            return b ? bold : regular;
        }

        /** The text with every character the face cannot draw (and every control) shown as □. */
        String drawable(String s, boolean b) {
            CmapLookup cmap = b ? boldCmap : regularCmap;
            StringBuilder out = new StringBuilder(s.length());
            s.codePoints().forEach(original -> {
                int cp = Character.isISOControl(original) ? ' ' : original;
                if (cmap.getGlyphId(cp) <= 0) {
                    cp = '□';
                }
                out.appendCodePoint(cp);
                // the first character drawn with a glyph is the one its ToUnicode entry names
                drawn.computeIfAbsent(font(b).getName(), k -> new HashMap<>()).putIfAbsent(cmap.getGlyphId(cp), cp);
            });
            return out.toString();
        }
    }

    /** The running page: where the next line goes, a new page when it would not fit. */
    private static final class Pages implements AutoCloseable {
        private final PDDocument doc;
        private final Faces faces;
        private PDPageContentStream stream;
        private PDPage page;
        private float y;

        Pages(PDDocument doc, Faces faces) throws IOException {
            this.doc = doc;
            this.faces = faces;
            newPage();
        }

        void newPage() throws IOException {
            if (stream != null) {
                stream.close();
            }
            page = new PDPage(PAGE);
            doc.addPage(page);
            stream = new PDPageContentStream(doc, page);
            y = PAGE.getHeight() - MARGIN_TOP;
        }

        void skip(float points) {
            y -= points;
        }

        /** Starts a new page unless {@code points} still fit, so a heading is not left alone at the foot. */
        void keep(float points) throws IOException {
            if (y - points < MARGIN_BOTTOM) {
                newPage();
            }
        }

        void line(String text, boolean bold, float size, float indent, boolean centred) throws IOException {
            line(text, bold, size, indent, centred, List.of());
        }

        void line(String text, boolean bold, float size, float indent, boolean centred, List<PdfLinks.Link> links)
                throws IOException {
            PDFont font = faces.font(bold);
            float width = PAGE.getWidth() - 2 * MARGIN_X - indent;
            float leading = size * 1.55f;
            String drawable = faces.drawable(text, bold);
            List<PdfLinks.Anchor> anchors = PdfLinks.anchors(drawable, links.stream()
                    .map(l -> new PdfLinks.Link(faces.drawable(l.text(), bold), l.uri())).toList());
            int offset = 0;
            for (String part : wrap(drawable, font, size, width)) {
                if (y - leading < MARGIN_BOTTOM) {
                    newPage();
                }
                y -= leading;
                float x = MARGIN_X + indent;
                if (centred) {
                    x = (PAGE.getWidth() - font.getStringWidth(part) / 1000 * size) / 2;
                }
                PdfLinks.show(stream, page, font, size, x, y, part, offset, anchors);
                offset += part.length();
            }
        }

        @Override
        public void close() throws IOException {
            stream.close();
        }
    }

    /** Breaks between any two characters (Chinese has no spaces); a line never exceeds the width. */
    static List<String> wrap(String text, PDFont font, float size, float width) throws IOException {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        float used = 0;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            String ch = new String(Character.toChars(cp));
            float w = font.getStringWidth(ch) / 1000 * size;
            if (used + w > width && line.length() > 0) {
                // a closing mark does not start a line: the character before it goes down with it
                String carried = "";
                if (NO_LINE_START.indexOf(cp) >= 0 && line.length() > 1) {
                    int last = line.offsetByCodePoints(line.length(), -1);
                    carried = line.substring(last);
                    line.setLength(last);
                }
                out.add(line.toString());
                line.setLength(0);
                line.append(carried);
                used = carried.isEmpty() ? 0 : font.getStringWidth(carried) / 1000 * size;
            }
            line.append(ch);
            used += w;
            i += Character.charCount(cp);
        }
        if (line.length() > 0 || out.isEmpty()) {
            out.add(line.toString());
        }
        return out;
    }
}
