package org.plantrace.transmission.output;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;

/**
 * Real hyperlinks in the PDFs (issue #14.1): a line's linked words (a cited clause) are drawn in
 * link blue with a {@link PDAnnotationLink} whose URI action opens the clause's citable address.
 * A line is wrapped before it is drawn, so a link is placed per wrapped part: where a citation runs
 * over two lines, each line's share of it gets its own rectangle to the same address.
 */
final class PdfLinks {
    /** Where a link sits in a line's (drawable) text: characters {@code [start, end)}. */
    record Anchor(int start, int end, String uri) {
    }

    /** What to link in a line: each {@code text} found in it (in order) links to its {@code uri}. */
    record Link(String text, String uri) {
    }

    private PdfLinks() {
    }

    /** The anchors of {@code links} in {@code text}, searched left to right; a link not found is skipped. */
    static List<Anchor> anchors(String text, List<Link> links) {
        List<Anchor> out = new ArrayList<>();
        int from = 0;
        for (Link l : links) {
            if (l.uri() == null || l.text().isEmpty()) {
                continue;
            }
            int at = text.indexOf(l.text(), from);
            if (at < 0) {
                at = text.indexOf(l.text());
            }
            if (at >= 0) {
                out.add(new Anchor(at, at + l.text().length(), l.uri()));
                from = at + l.text().length();
            }
        }
        return out;
    }

    /**
     * Draws one wrapped {@code part} of a line at (x, y), {@code offset} being where the part starts
     * in the line's text; the anchored stretches in blue, each with its link annotation on {@code page}.
     */
    static void show(PDPageContentStream stream, PDPage page, PDFont font, float size, float x, float y, String part,
            int offset, List<Anchor> anchors) throws IOException {
        stream.beginText();
        stream.setFont(font, size);
        stream.newLineAtOffset(x, y);
        int at = 0;
        float advance = 0;
        for (Anchor a : anchors) {
            int start = Math.max(a.start() - offset, at);
            int end = Math.min(a.end() - offset, part.length());
            if (end <= start) {
                continue;
            }
            advance += plain(stream, font, size, part.substring(at, start));
            stream.setNonStrokingColor(0.02f, 0.39f, 0.76f);
            String linked = part.substring(start, end);
            stream.showText(linked);
            stream.setNonStrokingColor(0f, 0f, 0f);
            float width = font.getStringWidth(linked) / 1000 * size;
            annotate(page, a.uri(), new PDRectangle(x + advance, y - size * 0.25f, width, size * 1.2f));
            advance += width;
            at = end;
        }
        plain(stream, font, size, part.substring(at));
        stream.endText();
    }

    private static float plain(PDPageContentStream stream, PDFont font, float size, String text) throws IOException {
        if (text.isEmpty()) {
            return 0;
        }
        stream.showText(text);
        return font.getStringWidth(text) / 1000 * size;
    }

    private static void annotate(PDPage page, String uri, PDRectangle where) throws IOException {
        PDAnnotationLink link = new PDAnnotationLink();
        PDActionURI action = new PDActionURI();
        action.setURI(uri);
        link.setAction(action);
        link.setRectangle(where);
        PDBorderStyleDictionary border = new PDBorderStyleDictionary();
        border.setWidth(0);
        link.setBorderStyle(border);
        page.getAnnotations().add(link);
    }
}
