package org.plantrace.transmission.output;

import java.math.BigInteger;
import java.util.List;
import org.docx4j.wml.BooleanDefaultTrue;
import org.docx4j.wml.CTShd;
import org.docx4j.wml.ObjectFactory;
import org.docx4j.wml.P;
import org.docx4j.wml.PPr;
import org.docx4j.wml.PPrBase;
import org.docx4j.wml.R;
import org.docx4j.wml.RPr;
import org.docx4j.wml.STShd;
import org.docx4j.wml.Tc;
import org.docx4j.wml.TcPr;
import org.docx4j.wml.TblWidth;
import org.docx4j.wml.Text;

/**
 * The two pieces every Word output builds its tables from — a paragraph (optionally bold, optionally
 * in a style of the template) and a table cell of a fixed width, optionally shaded — so that the
 * checklist and the 审查意见书 look alike and are built one way.
 */
public final class WordParts {
    private WordParts() {
    }

    /** A paragraph of one run; an empty text gives an empty paragraph (Word needs one in every cell). */
    public static P paragraph(ObjectFactory f, String text, boolean bold, String style) {
        P p = f.createP();
        if (style != null) {
            PPr ppr = f.createPPr();
            PPrBase.PStyle ps = f.createPPrBasePStyle();
            ps.setVal(style);
            ppr.setPStyle(ps);
            p.setPPr(ppr);
        }
        if (text != null && !text.isEmpty()) {
            R r = f.createR();
            if (bold) {
                RPr rpr = f.createRPr();
                rpr.setB(new BooleanDefaultTrue());
                rpr.setBCs(new BooleanDefaultTrue());
                r.setRPr(rpr);
            }
            Text t = f.createText();
            t.setValue(text);
            t.setSpace("preserve");
            r.getContent().add(f.createRT(t));
            p.getContent().add(r);
        }
        return p;
    }

    /** A cell {@code width} twentieths of a point wide, one paragraph per entry, shaded {@code fill} (RGB hex) or not. */
    public static Tc cell(ObjectFactory f, int width, List<String> paragraphs, boolean bold, String fill) {
        Tc tc = f.createTc();
        TcPr pr = f.createTcPr();
        TblWidth w = f.createTblWidth();
        w.setType("dxa");
        w.setW(BigInteger.valueOf(width));
        pr.setTcW(w);
        if (fill != null) {
            CTShd shd = f.createCTShd();
            shd.setVal(STShd.CLEAR);
            shd.setColor("auto");
            shd.setFill(fill);
            pr.setShd(shd);
        }
        tc.setTcPr(pr);
        if (paragraphs.isEmpty()) {
            tc.getContent().add(paragraph(f, "", bold, null));
        }
        for (String s : paragraphs) {
            tc.getContent().add(paragraph(f, s, bold, null));
        }
        return tc;
    }

    /**
     * Replaces the {@code ${…}} placeholders of a template's text runs with their values; the run
     * that is exactly {@code keep} (where tables go in later) is left for the caller.
     */
    public static void fillPlaceholders(org.docx4j.openpackaging.parts.WordprocessingML.MainDocumentPart main,
            java.util.Map<String, String> values, String keep) {
        org.docx4j.finders.ClassFinder finder = new org.docx4j.finders.ClassFinder(Text.class);
        new org.docx4j.TraversalUtil(main.getContent(), finder);
        for (Object o : finder.results) {
            Text t = (Text) o;
            String s = t.getValue();
            if (s == null || !s.contains("${") || s.equals(keep)) {
                continue;
            }
            for (java.util.Map.Entry<String, String> e : values.entrySet()) {
                s = s.replace(e.getKey(), e.getValue() == null ? "" : e.getValue());
            }
            t.setValue(s);
            t.setSpace("preserve");
        }
    }

    /** An empty table in a style of the template, as wide as the text (100 %). */
    public static org.docx4j.wml.Tbl table(ObjectFactory f, String style) {
        org.docx4j.wml.Tbl tbl = f.createTbl();
        org.docx4j.wml.TblPr pr = f.createTblPr();
        org.docx4j.wml.CTTblPrBase.TblStyle tblStyle = f.createCTTblPrBaseTblStyle();
        tblStyle.setVal(style);
        pr.setTblStyle(tblStyle);
        TblWidth width = f.createTblWidth();
        width.setType("pct");
        width.setW(BigInteger.valueOf(5000));
        pr.setTblW(width);
        tbl.setTblPr(pr);
        return tbl;
    }

    /**
     * A paragraph of text pieces, each either plain or a real hyperlink ({@code w:hyperlink} with an
     * external relationship of {@code main}) to its address — a cited clause's citable address
     * (issue #14.1). A piece without an address is plain text.
     */
    public static P linked(ObjectFactory f, org.docx4j.openpackaging.parts.WordprocessingML.MainDocumentPart main,
            List<Piece> pieces, String style) {
        P p = paragraph(f, "", false, style);
        for (Piece piece : pieces) {
            if (piece.text().isEmpty()) {
                continue;
            }
            R r = run(f, piece.text());
            if (piece.address() == null) {
                p.getContent().add(r);
                continue;
            }
            // the look of a link (blue, underlined) written on the run: the templates have no Hyperlink style
            RPr rpr = f.createRPr();
            org.docx4j.wml.Color color = f.createColor();
            color.setVal("0563C1");
            rpr.setColor(color);
            org.docx4j.wml.U u = f.createU();
            u.setVal(org.docx4j.wml.UnderlineEnumeration.SINGLE);
            rpr.setU(u);
            r.setRPr(rpr);
            P.Hyperlink link = f.createPHyperlink();
            link.setId(relationship(main, piece.address()));
            link.getContent().add(r);
            p.getContent().add(f.createPHyperlink(link));
        }
        return p;
    }

    /** A cell of ready paragraphs (see {@link #linked}); {@link #cell} for plain text. */
    public static Tc cellOf(ObjectFactory f, int width, List<P> paragraphs, String fill) {
        Tc tc = cell(f, width, List.of(), false, fill);
        if (!paragraphs.isEmpty()) {
            tc.getContent().clear();
            tc.getContent().addAll(paragraphs);
        }
        return tc;
    }

    /** A piece of a paragraph: its text and, for a link, the address it leads to (else null). */
    public record Piece(String text, String address) {
        public Piece {
            text = text == null ? "" : text;
        }

        public static Piece plain(String text) {
            return new Piece(text, null);
        }
    }

    private static R run(ObjectFactory f, String text) {
        R r = f.createR();
        Text t = f.createText();
        t.setValue(text);
        t.setSpace("preserve");
        r.getContent().add(f.createRT(t));
        return r;
    }

    /** The id of an external hyperlink relationship of the main part to {@code address}. */
    private static String relationship(org.docx4j.openpackaging.parts.WordprocessingML.MainDocumentPart main, String address) {
        org.docx4j.relationships.Relationship rel = new org.docx4j.relationships.ObjectFactory().createRelationship();
        rel.setType(org.docx4j.openpackaging.parts.relationships.Namespaces.HYPERLINK);
        rel.setTarget(address);
        rel.setTargetMode("External");
        try {
            main.getRelationshipsPart().addRelationship(rel);
        } catch (org.docx4j.openpackaging.exceptions.InvalidOperationException e) {
            throw new IllegalStateException("Word 超链接关系无法加入：" + address, e);
        }
        return rel.getId();
    }
}
