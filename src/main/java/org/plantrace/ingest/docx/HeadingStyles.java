package org.plantrace.ingest.docx;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.docx4j.model.PropertyResolver;
import org.docx4j.wml.PPr;
import org.docx4j.wml.Style;

/**
 * What a paragraph's style says about its place in the outline: heading level, document title,
 * table of contents. Chinese Word writes style ids such as "1", "2", "a3" and keeps the built-in
 * English names ("heading 1", "Title", "toc 1"), so styles are recognised by outline level first,
 * then by name, then by id.
 */
final class HeadingStyles {
    private static final Pattern HEADING_NAME = Pattern.compile("(?:heading|标题)\\s*([1-9])");
    private static final Pattern HEADING_ID = Pattern.compile("heading([1-9])");
    private static final Pattern TOC_NAME = Pattern.compile("(?:toc|目录)\\s*[1-9]|toc ?heading|目录标题");

    private final PropertyResolver resolver;
    private final Map<String, Integer> levelByStyle = new HashMap<>();

    HeadingStyles(PropertyResolver resolver) {
        this.resolver = resolver;
    }

    /**
     * The outline level 1..9 of the paragraph, 0 for body text. A direct {@code w:outlineLvl}
     * wins over the style's; level 10 (w:val 9) is Word's explicit "body text".
     */
    int outlineLevel(PPr pPr) {
        if (pPr != null && pPr.getOutlineLvl() != null && pPr.getOutlineLvl().getVal() != null) {
            return toLevel(pPr.getOutlineLvl().getVal().intValue());
        }
        String styleId = styleId(pPr);
        return styleId == null ? 0 : levelByStyle.computeIfAbsent(styleId, this::styleLevel);
    }

    boolean isTitle(PPr pPr) {
        String id = styleId(pPr);
        if (id == null) {
            return false;
        }
        String name = styleName(id);
        return id.equals("Title") || name.equals("title");
    }

    boolean isTableOfContents(PPr pPr) {
        String id = styleId(pPr);
        if (id == null) {
            return false;
        }
        return TOC_NAME.matcher(styleName(id)).matches()
                || TOC_NAME.matcher(id.toLowerCase(Locale.ROOT)).matches();
    }

    static String styleId(PPr pPr) {
        return pPr == null || pPr.getPStyle() == null ? null : pPr.getPStyle().getVal();
    }

    private int styleLevel(String styleId) {
        try {
            PPr effective = resolver.getEffectivePPr(styleId);
            if (effective != null && effective.getOutlineLvl() != null && effective.getOutlineLvl().getVal() != null) {
                return toLevel(effective.getOutlineLvl().getVal().intValue());
            }
        } catch (RuntimeException e) {
            // a style chain docx4j cannot resolve: fall through to the name
        }
        Matcher m = HEADING_NAME.matcher(styleName(styleId));
        if (m.matches()) {
            return Integer.parseInt(m.group(1));
        }
        m = HEADING_ID.matcher(styleId.toLowerCase(Locale.ROOT));
        return m.matches() ? Integer.parseInt(m.group(1)) : 0;
    }

    private String styleName(String styleId) {
        Style style = resolver.getStyle(styleId);
        if (style == null || style.getName() == null || style.getName().getVal() == null) {
            return "";
        }
        return style.getName().getVal().trim().toLowerCase(Locale.ROOT);
    }

    private static int toLevel(int outlineLvl) {
        return outlineLvl >= 0 && outlineLvl <= 8 ? outlineLvl + 1 : 0;
    }
}
