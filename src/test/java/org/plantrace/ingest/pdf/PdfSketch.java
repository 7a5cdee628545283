package org.plantrace.ingest.pdf;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.plantrace.ingest.rendition.PdfRendition;

/**
 * Draws small test PDFs line by line at chosen places, for layouts the rendition does not make:
 * numbering gaps, run-in headings, plain PDFs with one type for everything, passwords.
 */
final class PdfSketch {
    static final float LEFT = 72;
    private final List<List<Line>> pages = new ArrayList<>();
    private String ownerPassword;
    private String userPassword;

    record Line(String text, float x, float y, float size, boolean bold, String boldPrefix) {
    }

    PdfSketch page() {
        pages.add(new ArrayList<>());
        return this;
    }

    /** A page holding only a picture of text, as a scanner makes it. */
    PdfSketch scannedPage() {
        pages.add(null);
        return this;
    }

    /** A line at {@code x}, baseline {@code y} from the top of the page. */
    PdfSketch line(String text, float x, float y, float size, boolean bold) {
        pages.get(pages.size() - 1).add(new Line(text, x, y, size, bold, ""));
        return this;
    }

    /** A line whose first characters are bold and the rest regular, as a run-in heading. */
    PdfSketch runIn(String boldPart, String rest, float x, float y, float size) {
        pages.get(pages.size() - 1).add(new Line(rest, x, y, size, false, boldPart));
        return this;
    }

    PdfSketch passwords(String owner, String user) {
        this.ownerPassword = owner;
        this.userPassword = user;
        return this;
    }

    /**
     * A wrapped body paragraph at baseline {@code y}: the first line indented two characters, then
     * full 37-character lines of 12 pt, then a short last line. Returns the paragraph's text.
     */
    String paragraph(float y, int fullLines, int seed) {
        StringBuilder text = new StringBuilder(han(35, seed));
        line(han(35, seed), LEFT + 24, y, 12, false);
        for (int i = 1; i <= fullLines; i++) {
            String full = han(37, seed + i);
            line(full, LEFT, y + 20 * i, 12, false);
            text.append(full);
        }
        line("至2035年完成。", LEFT, y + 20 * (fullLines + 1), 12, false);
        return text.append("至2035年完成。").toString();
    }

    /** {@code n} Han characters of plausible plan text, 12 pt wide each in the test font. */
    static String han(int n, int seed) {
        String pool = "规划实施国土空间保护开发利用修复耕地生态城镇乡村水系森林草原湿地矿产";
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(pool.charAt((i * (seed % 5 + 1) + seed) % pool.length()));
        }
        return sb.toString();
    }

    void save(Path file) throws IOException {
        try (TrueTypeCollection fonts = PdfRendition.openFontCollection(); PDDocument doc = new PDDocument()) {
            PDType0Font font = PdfRendition.loadFont(doc, fonts);
            for (List<Line> lines : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                float h = page.getMediaBox().getHeight();
                if (lines == null) {
                    BufferedImage scan = new BufferedImage(100, 140, BufferedImage.TYPE_BYTE_GRAY);
                    PDImageXObject image = LosslessFactory.createFromImage(doc, scan);
                    try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                        out.drawImage(image, 0, 0, page.getMediaBox().getWidth(), h);
                    }
                    continue;
                }
                try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                    for (Line l : lines) {
                        out.beginText();
                        out.setFont(font, l.size());
                        out.newLineAtOffset(l.x(), h - l.y());
                        if (!l.boldPrefix().isEmpty()) {
                            out.setRenderingMode(RenderingMode.FILL_STROKE);
                            out.showText(l.boldPrefix());
                        }
                        out.setRenderingMode(l.bold() ? RenderingMode.FILL_STROKE : RenderingMode.FILL);
                        out.showText(l.text());
                        out.endText();
                    }
                }
            }
            if (ownerPassword != null) {
                AccessPermission permissions = new AccessPermission();
                permissions.setCanExtractContent(false);
                StandardProtectionPolicy policy = new StandardProtectionPolicy(ownerPassword, userPassword, permissions);
                policy.setEncryptionKeyLength(128);
                doc.protect(policy);
            }
            doc.save(file.toFile());
        }
    }
}
