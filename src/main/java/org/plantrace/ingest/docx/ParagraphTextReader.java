package org.plantrace.ingest.docx;

import jakarta.xml.bind.JAXBElement;
import java.util.List;
import org.docx4j.wml.Br;
import org.docx4j.wml.ContentAccessor;
import org.docx4j.wml.P;
import org.docx4j.wml.PPr;
import org.docx4j.wml.R;
import org.docx4j.wml.RunDel;
import org.docx4j.wml.RunIns;
import org.docx4j.wml.STBrType;
import org.docx4j.wml.SdtRun;
import org.docx4j.wml.Text;

/**
 * The visible text of one paragraph with its underlined ranges, as Word shows it with tracked
 * changes accepted: inserted text counts, deleted and moved-away text does not; field
 * instructions ({@code TOC \o}, {@code PAGEREF}) are not text but their results are; hyperlinks,
 * content controls, smart tags and simple fields are read through. Tabs stay tabs, line breaks
 * become '\n'; page and column breaks are layout and vanish. Text boxes, footnotes and comments
 * live outside the paragraph's run content and are not read here.
 */
final class ParagraphTextReader {
    private final UnderlineResolver underline;

    ParagraphTextReader(UnderlineResolver underline) {
        this.underline = underline;
    }

    /** The paragraph's text, not yet stripped of surrounding white space. */
    MarkedText read(P p) {
        MarkedText.Builder out = new MarkedText.Builder();
        walk(p.getContent(), p.getPPr(), out);
        return out.build();
    }

    private void walk(List<Object> content, PPr pPr, MarkedText.Builder out) {
        for (Object o : content) {
            if (o instanceof JAXBElement<?> e) {
                String name = e.getName().getLocalPart();
                if (name.equals("del") || name.equals("moveFrom")) {
                    continue;
                }
                o = e.getValue();
            }
            if (o instanceof R r) {
                run(r, pPr, out);
            } else if (o instanceof RunDel) {
                continue;
            } else if (o instanceof RunIns ins) {
                walk(ins.getCustomXmlOrSmartTagOrSdt(), pPr, out);
            } else if (o instanceof SdtRun sdt) {
                if (sdt.getSdtContent() != null) {
                    walk(sdt.getSdtContent().getContent(), pPr, out);
                }
            } else if (o instanceof ContentAccessor container) {
                walk(container.getContent(), pPr, out); // hyperlink, fldSimple, smartTag, customXml, moveTo
            }
        }
    }

    private void run(R r, PPr pPr, MarkedText.Builder out) {
        StringBuilder text = new StringBuilder();
        for (Object o : r.getContent()) {
            String name = "";
            if (o instanceof JAXBElement<?> e) {
                name = e.getName().getLocalPart();
                o = e.getValue();
            }
            if (o instanceof Text t) {
                // instrText holds field codes, delText deleted text: neither is on the page
                if (name.isEmpty() || name.equals("t")) {
                    text.append(t.getValue() == null ? "" : t.getValue());
                }
            } else if (o instanceof R.Tab || name.equals("tab") || name.equals("ptab")) {
                text.append('\t');
            } else if (o instanceof Br br) {
                if (br.getType() == null || br.getType() == STBrType.TEXT_WRAPPING) {
                    text.append('\n');
                }
            } else if (o instanceof R.Cr || name.equals("cr")) {
                text.append('\n');
            } else if (o instanceof R.NoBreakHyphen || name.equals("noBreakHyphen")) {
                text.append('\u2011');
            } else if (o instanceof R.Sym sym && sym.getChar() != null) {
                try {
                    int code = Integer.parseInt(sym.getChar(), 16);
                    // symbol-font code points F0xx map to the font's own glyph; keep the low byte
                    text.appendCodePoint(code >= 0xF000 ? code - 0xF000 : code);
                } catch (NumberFormatException ignored) {
                    // an unreadable symbol reference carries no text
                }
            }
        }
        if (text.length() > 0) {
            out.append(text.toString(), underline.isUnderlined(r.getRPr(), pPr));
        }
    }
}
