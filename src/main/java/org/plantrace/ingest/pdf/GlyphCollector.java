package org.plantrace.ingest.pdf;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Takes every page's glyphs from PDFBox's text stripper. The stripper is used for what it does
 * well (glyph positions, Unicode mapping, suppressing the doubled glyphs of simulated bold); its
 * own line and word building is bypassed because it inserts spaces that Chinese text does not have.
 */
final class GlyphCollector extends PDFTextStripper {
    /** Glyphs drawn filled and stroked: how Word and WPS fake bold for fonts without a bold face. */
    private final Set<TextPosition> stroked = Collections.newSetFromMap(new IdentityHashMap<>());
    private final List<List<Glyph>> pages;

    private GlyphCollector(int pageCount) {
        pages = new ArrayList<>(Collections.nCopies(pageCount, List.of()));
        setSuppressDuplicateOverlappingText(true);
    }

    /** The glyphs of each page, index 0 for page 1; pages without content have an empty list. */
    static List<List<Glyph>> collect(PDDocument document) throws IOException {
        GlyphCollector collector = new GlyphCollector(document.getNumberOfPages());
        collector.writeText(document, Writer.nullWriter());
        return collector.pages;
    }

    @Override
    protected void processTextPosition(TextPosition text) {
        RenderingMode mode = getGraphicsState().getTextState().getRenderingMode();
        if (mode == RenderingMode.FILL_STROKE || mode == RenderingMode.FILL_STROKE_CLIP) {
            stroked.add(text);
        }
        super.processTextPosition(text);
    }

    @Override
    protected void writePage() {
        List<Glyph> glyphs = new ArrayList<>();
        for (List<TextPosition> article : getCharactersByArticle()) {
            for (TextPosition t : article) {
                String unicode = t.getUnicode();
                if (unicode == null || unicode.isEmpty()) {
                    continue;
                }
                boolean bold = stroked.contains(t) || isBoldFont(t.getFont());
                glyphs.add(new Glyph(unicode, t.getXDirAdj(), t.getYDirAdj(), t.getWidthDirAdj(),
                        TextStyle.of(t.getFontSizeInPt(), bold, t.getFont() == null ? "" : t.getFont().getName())));
            }
        }
        pages.set(getCurrentPageNo() - 1, glyphs);
        stroked.clear();
    }

    private static boolean isBoldFont(PDFont font) {
        if (font == null) {
            return false;
        }
        String name = font.getName() == null ? "" : font.getName().toLowerCase(Locale.ROOT);
        if (name.contains("bold") || name.contains("black") || name.contains("heavy")) {
            return true;
        }
        PDFontDescriptor d = font.getFontDescriptor();
        return d != null && (d.isForceBold() || d.getFontWeight() >= 600);
    }
}
