package org.plantrace.ingest.rendition;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.docx4j.XmlUtils;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.WordprocessingML.MainDocumentPart;
import org.docx4j.openpackaging.parts.WordprocessingML.NumberingDefinitionsPart;
import org.docx4j.wml.Numbering;
import org.docx4j.wml.ObjectFactory;
import org.docx4j.wml.P;
import org.docx4j.wml.PPr;
import org.docx4j.wml.PPrBase;
import org.docx4j.wml.R;
import org.docx4j.wml.RPr;
import org.docx4j.wml.RStyle;
import org.docx4j.wml.Style;
import org.docx4j.wml.Styles;
import org.docx4j.wml.Tbl;
import org.docx4j.wml.Tc;
import org.docx4j.wml.Text;
import org.docx4j.wml.Tr;
import org.docx4j.wml.U;
import org.docx4j.wml.UnderlineEnumeration;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.clause.ClauseKind;
import org.plantrace.domain.clause.Span;

/**
 * Writes a clause forest as a Word document the way a drafting institute would have it, so that
 * the Word reader can be checked against the same expected tree as the other readers.
 *
 * <ul>
 * <li>A Title paragraph, then a table of contents (a TOC content control) that the reader must skip.
 * <li>Chapters … sub-items as Heading1 … Heading5 paragraphs whose numbers come from one Word
 * multi-level list linked to the heading styles: 第一章 / 第一节 / 第一条 / 一、 / （一）, articles
 * numbered through the whole document (lvlRestart 0) as Chinese plans do. The numbers are not in
 * the text, so the reader must take them from the numbering definitions and keep them out of the
 * headings. {@link Clause#num()} of the input is ignored.
 * <li>A top-level PARAGRAPH clause is the preamble: its heading (前言) is an unnumbered Heading1.
 * <li>Body paragraphs are Normal paragraphs indented with two ideographic spaces, split into runs
 * the way Word splits them.
 * <li>TABLE clauses are real tables: '\n' separates rows, '\t' cells.
 * <li>Mandatory spans are underlined runs, cycling through single, double, thick, wave, dotted and
 * a character style (强制性内容) that underlines dashed; a mandatory clause without spans gets
 * its heading underlined.
 * </ul>
 * Spans that cross a paragraph break cannot be represented (a paragraph mark is not text) and are
 * refused, as are shapes Word cannot tell apart (a table after a clause's sub-clauses reads as part
 * of the last sub-clause) and shapes no Word plan has (a nested PARAGRAPH clause).
 */
public final class DocxRendition {
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final int HEADING_NUM_ID = 1;
    private static final String MANDATORY_CHAR_STYLE = "MandatoryText";
    private static final UnderlineEnumeration[] UNDERLINES = {
        UnderlineEnumeration.SINGLE, UnderlineEnumeration.DOUBLE, UnderlineEnumeration.THICK,
        UnderlineEnumeration.WAVE, UnderlineEnumeration.DOTTED, null, // null: the character style
    };
    /** Word splits runs at edits; a fixed split keeps the reader honest about joining them. */
    private static final int RUN_LENGTH = 37;

    private final ObjectFactory wml = new ObjectFactory();
    private final List<Object> body = new ArrayList<>();
    private int spanCount;

    private DocxRendition() {
    }

    /** Writes {@code forest} under {@code title} to {@code out}. */
    public static void write(String title, List<Clause> forest, Path out) throws Exception {
        new DocxRendition().render(title, forest, out);
    }

    private void render(String title, List<Clause> forest, Path out) throws Exception {
        WordprocessingMLPackage pkg = WordprocessingMLPackage.createPackage();
        MainDocumentPart main = pkg.getMainDocumentPart();
        prepareStyles(main);
        NumberingDefinitionsPart numbering = new NumberingDefinitionsPart();
        numbering.setJaxbElement((Numbering) XmlUtils.unmarshalString(NUMBERING));
        main.addTargetPart(numbering);

        body.add(paragraph("Title", null, title, List.of(), false));
        body.add(tableOfContents(forest));
        for (Clause c : forest) {
            clause(c, true);
        }
        main.getContent().addAll(body);
        pkg.save(out.toFile());
    }

    private void clause(Clause c, boolean root) {
        switch (c.kind()) {
            case TABLE -> {
                if (!c.heading().isEmpty() || !c.children().isEmpty()) {
                    throw new IllegalArgumentException("a table has neither heading nor children: " + c);
                }
                body.add(table(c));
                return;
            }
            case PARAGRAPH -> {
                if (!root) {
                    throw new IllegalArgumentException("a PARAGRAPH clause is only the top-level preamble: " + c);
                }
                if (!c.heading().isEmpty()) {
                    body.add(paragraph("Heading1", 0, c.heading(), List.of(), underlinedHeading(c)));
                }
            }
            default -> body.add(paragraph("Heading" + c.kind().level(), null, c.heading(), List.of(),
                    underlinedHeading(c)));
        }
        bodyText(c);
        boolean headingSeen = false;
        for (Clause child : c.children()) {
            if (child.kind() == ClauseKind.TABLE && headingSeen) {
                // Word has no end marker for a clause: the table would belong to the sibling above
                throw new IllegalArgumentException("a table after sub-clauses cannot be told apart in Word: " + c);
            }
            headingSeen |= child.kind() != ClauseKind.TABLE;
            clause(child, false);
        }
    }

    private static boolean underlinedHeading(Clause c) {
        return c.mandatory() && c.mandatorySpans().isEmpty();
    }

    /** The clause's own text, one Normal paragraph per '\n'-separated line. */
    private void bodyText(Clause c) {
        String text = c.text();
        if (text.isEmpty()) {
            return;
        }
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            P p = paragraph(null, null, "", List.of(), false);
            p.getContent().add(run("\u3000\u3000", false, 0)); // first-line indent as typed in Chinese offices
            addRuns(p, text, start, end, spansWithin(c, start, end));
            body.add(p);
            start = end + 1;
        }
    }

    private static List<Span> spansWithin(Clause c, int start, int end) {
        List<Span> out = new ArrayList<>();
        for (Span s : c.mandatorySpans()) {
            if (end < c.textLength() && s.start() <= end && s.end() > end) {
                throw new IllegalArgumentException("span " + s + " crosses a paragraph or cell break in " + c);
            }
            if (s.start() >= start && s.end() <= end && s.length() > 0) {
                out.add(s);
            }
        }
        return out;
    }

    /** Runs for text[from, to), underlined where spans say, at most RUN_LENGTH characters each. */
    private void addRuns(P p, String text, int from, int to, List<Span> spans) {
        int pos = from;
        for (Span s : spans) {
            plainRuns(p, text, pos, s.start());
            int style = spanCount++ % UNDERLINES.length;
            for (int i = s.start(); i < s.end(); i += RUN_LENGTH) {
                p.getContent().add(run(text.substring(i, Math.min(s.end(), i + RUN_LENGTH)), true, style));
            }
            pos = s.end();
        }
        plainRuns(p, text, pos, to);
    }

    private void plainRuns(P p, String text, int from, int to) {
        for (int i = from; i < to; i += RUN_LENGTH) {
            p.getContent().add(run(text.substring(i, Math.min(to, i + RUN_LENGTH)), false, 0));
        }
    }

    private R run(String text, boolean underline, int style) {
        R r = wml.createR();
        Text t = wml.createText();
        t.setValue(text);
        t.setSpace("preserve");
        r.getContent().add(wml.createRT(t));
        if (underline) {
            RPr rPr = wml.createRPr();
            UnderlineEnumeration kind = UNDERLINES[style];
            if (kind == null) {
                RStyle rStyle = wml.createRStyle();
                rStyle.setVal(MANDATORY_CHAR_STYLE);
                rPr.setRStyle(rStyle);
            } else {
                U u = wml.createU();
                u.setVal(kind);
                rPr.setU(u);
            }
            r.setRPr(rPr);
        }
        return r;
    }

    /**
     * A paragraph in {@code styleId} (null: Normal). {@code numId} 0 switches the style's list
     * numbering off, as Word does for an unnumbered paragraph in a numbered heading style.
     */
    private P paragraph(String styleId, Integer numId, String text, List<Span> spans, boolean underlineAll) {
        P p = wml.createP();
        PPr pPr = wml.createPPr();
        if (styleId != null) {
            PPrBase.PStyle ps = wml.createPPrBasePStyle();
            ps.setVal(styleId);
            pPr.setPStyle(ps);
        }
        if (numId != null) {
            pPr.setNumPr(numPr(numId, null));
        }
        p.setPPr(pPr);
        if (!text.isEmpty()) {
            if (underlineAll) {
                addRuns(p, text, 0, text.length(), List.of(new Span(0, text.length())));
            } else {
                addRuns(p, text, 0, text.length(), spans);
            }
        }
        return p;
    }

    private Tbl table(Clause c) {
        Tbl tbl = wml.createTbl();
        org.docx4j.wml.TblPr tblPr = wml.createTblPr();
        org.docx4j.wml.CTTblPrBase.TblStyle ts = wml.createCTTblPrBaseTblStyle();
        ts.setVal("TableGrid");
        tblPr.setTblStyle(ts);
        tbl.setTblPr(tblPr);
        String text = c.text();
        int rowStart = 0;
        while (rowStart <= text.length()) {
            int rowEnd = text.indexOf('\n', rowStart);
            if (rowEnd < 0) {
                rowEnd = text.length();
            }
            Tr tr = wml.createTr();
            int cellStart = rowStart;
            while (cellStart <= rowEnd) {
                int cellEnd = text.indexOf('\t', cellStart);
                if (cellEnd < 0 || cellEnd > rowEnd) {
                    cellEnd = rowEnd;
                }
                Tc tc = wml.createTc();
                P p = paragraph(null, null, "", List.of(), false);
                addRuns(p, text, cellStart, cellEnd, spansWithin(c, cellStart, cellEnd));
                tc.getContent().add(p);
                tr.getContent().add(tc);
                cellStart = cellEnd + 1;
            }
            tbl.getContent().add(tr);
            rowStart = rowEnd + 1;
        }
        return tbl;
    }

    /** A table of contents control listing the top-level headings, as Word inserts it. */
    private Object tableOfContents(List<Clause> forest) throws Exception {
        org.docx4j.wml.SdtBlock sdt = wml.createSdtBlock();
        org.docx4j.wml.SdtPr sdtPr = wml.createSdtPr();
        org.docx4j.wml.CTSdtDocPart docPart = wml.createCTSdtDocPart();
        org.docx4j.wml.CTSdtDocPart.DocPartGallery gallery = wml.createCTSdtDocPartDocPartGallery();
        gallery.setVal("Table of Contents");
        docPart.setDocPartGallery(gallery);
        sdtPr.getRPrOrAliasOrLock().add(wml.createSdtPrDocPartObj(docPart));
        sdt.setSdtPr(sdtPr);
        org.docx4j.wml.SdtContentBlock content = wml.createSdtContentBlock();
        content.getContent().add(XmlUtils.unmarshalString("<w:p xmlns:w=\"" + W + "\"><w:pPr><w:pStyle w:val=\"TOCHeading\"/>"
                + "</w:pPr><w:r><w:t>目录</w:t></w:r></w:p>"));
        int page = 1;
        for (Clause c : forest) {
            if (c.kind() == ClauseKind.TABLE) {
                continue;
            }
            content.getContent().add(XmlUtils.unmarshalString("<w:p xmlns:w=\"" + W + "\"><w:pPr><w:pStyle w:val=\"TOC1\"/></w:pPr>"
                    + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> PAGEREF _Toc"
                    + page + " \\h </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
                    + "<w:r><w:t>" + escape(c.heading()) + "</w:t></w:r><w:r><w:tab/></w:r><w:r><w:t>" + page++
                    + "</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>"));
        }
        sdt.setSdtContent(content);
        return sdt;
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private PPrBase.NumPr numPr(int numId, Integer ilvl) {
        PPrBase.NumPr numPr = wml.createPPrBaseNumPr();
        PPrBase.NumPr.NumId id = wml.createPPrBaseNumPrNumId();
        id.setVal(BigInteger.valueOf(numId));
        numPr.setNumId(id);
        if (ilvl != null) {
            PPrBase.NumPr.Ilvl l = wml.createPPrBaseNumPrIlvl();
            l.setVal(BigInteger.valueOf(ilvl));
            numPr.setIlvl(l);
        }
        return numPr;
    }

    /** Heading1..5 linked to the heading list, and the character style that underlines dashed. */
    private void prepareStyles(MainDocumentPart main) throws Exception {
        var resolver = main.getPropertyResolver();
        Styles styles = main.getStyleDefinitionsPart().getJaxbElement();
        for (int level = 1; level <= 5; level++) {
            String id = "Heading" + level;
            resolver.activateStyle(id);
            Style style = main.getStyleDefinitionsPart().getStyleById(id);
            if (style.getPPr() == null) {
                style.setPPr(wml.createPPr());
            }
            style.getPPr().setNumPr(numPr(HEADING_NUM_ID, level - 1));
        }
        resolver.activateStyle("Title");
        styles.getStyle().add((Style) XmlUtils.unmarshalString("<w:style xmlns:w=\"" + W
                + "\" w:type=\"character\" w:styleId=\"" + MANDATORY_CHAR_STYLE + "\"><w:name w:val=\"强制性内容\"/>"
                + "<w:rPr><w:u w:val=\"dash\"/></w:rPr></w:style>"));
    }

    private static String level(int ilvl, String text, String extra) {
        return "<w:lvl w:ilvl=\"" + ilvl + "\"><w:start w:val=\"1\"/><w:numFmt w:val=\"chineseCounting\"/>" + extra
                + "<w:pStyle w:val=\"Heading" + (ilvl + 1) + "\"/><w:suff w:val=\"space\"/><w:lvlText w:val=\""
                + text + "\"/><w:lvlJc w:val=\"left\"/></w:lvl>";
    }

    private static final String NUMBERING = "<w:numbering xmlns:w=\"" + W + "\">"
            + "<w:abstractNum w:abstractNumId=\"0\"><w:multiLevelType w:val=\"multilevel\"/>"
            + level(0, "第%1章", "") + level(1, "第%2节", "")
            + level(2, "第%3条", "<w:lvlRestart w:val=\"0\"/>") // 条 run through the whole plan
            + level(3, "%4、", "") + level(4, "（%5）", "")
            + "</w:abstractNum><w:num w:numId=\"" + HEADING_NUM_ID + "\"><w:abstractNumId w:val=\"0\"/></w:num>"
            + "</w:numbering>";
}
