package org.plantrace.ingest.institute;

import java.nio.file.Path;
import java.util.List;
import org.docx4j.XmlUtils;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.WordprocessingML.MainDocumentPart;
import org.docx4j.wml.Document;
import org.plantrace.domain.clause.Span;
import org.plantrace.ingest.institute.InstitutePlan.Look;
import org.plantrace.ingest.institute.InstitutePlan.Paragraph;
import org.plantrace.ingest.institute.InstitutePlan.Table;

/** Writes an {@link InstitutePlan} as a .docx through docx4j, formatted directly as institutes do. */
public final class InstituteDocx {
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String FONT = "<w:rFonts w:ascii=\"WenQuanYi Zen Hei\" w:hAnsi=\"WenQuanYi Zen Hei\""
            + " w:eastAsia=\"WenQuanYi Zen Hei\"/>";

    private InstituteDocx() {
    }

    public static Path write(InstitutePlan plan, Path file) throws Exception {
        WordprocessingMLPackage pkg = WordprocessingMLPackage.createPackage();
        MainDocumentPart main = pkg.getMainDocumentPart();
        main.getPropertyResolver().activateStyle("Heading1");
        // the docx4j sample style links headings to a list that does not exist here
        main.getStyleDefinitionsPart().getStyleById("Heading1").getPPr().setNumPr(null);
        StringBuilder body = new StringBuilder();
        for (Object block : plan.blocks()) {
            if (block instanceof Paragraph p) {
                body.append(paragraph(p));
            } else {
                body.append(table((Table) block));
            }
        }
        body.append("<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1440\" w:right=\"1440\""
                + " w:bottom=\"1440\" w:left=\"1440\" w:header=\"720\" w:footer=\"720\" w:gutter=\"0\"/></w:sectPr>");
        main.setJaxbElement((Document) XmlUtils.unmarshalString("<w:document xmlns:w=\"" + W + "\""
                + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><w:body>"
                + body + "</w:body></w:document>"));
        pkg.save(file.toFile());
        return file;
    }

    private static String paragraph(Paragraph p) {
        String pPr;
        String rPr = FONT;
        switch (p.look()) {
            case COVER_TITLE -> {
                pPr = "<w:jc w:val=\"center\"/><w:spacing w:before=\"2400\" w:after=\"600\"/>";
                rPr += "<w:b/><w:sz w:val=\"44\"/>";
            }
            case COVER_LINE -> {
                pPr = "<w:jc w:val=\"center\"/><w:spacing w:before=\"300\"/>";
                rPr += "<w:sz w:val=\"32\"/>";
            }
            case CENTRED_HEADING -> {
                pPr = "<w:jc w:val=\"center\"/><w:spacing w:before=\"240\" w:after=\"240\"/>";
                rPr += "<w:b/><w:sz w:val=\"32\"/>";
            }
            case CONTENTS_LINE -> {
                pPr = "<w:tabs><w:tab w:val=\"right\" w:leader=\"dot\" w:pos=\"9000\"/></w:tabs>";
                rPr += "<w:sz w:val=\"24\"/>";
            }
            case HEADING_1 -> {
                pPr = "<w:pStyle w:val=\"Heading1\"/><w:jc w:val=\"center\"/>";
                rPr += "<w:b/><w:sz w:val=\"32\"/>";
            }
            case PAGE_BREAK -> {
                return "<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>";
            }
            default -> {
                pPr = "<w:ind w:firstLineChars=\"200\" w:firstLine=\"480\"/>";
                rPr += "<w:sz w:val=\"24\"/>";
            }
        }
        StringBuilder out = new StringBuilder("<w:p><w:pPr>" + pPr + "</w:pPr>");
        String text = p.text();
        if (p.look() == Look.CONTENTS_LINE) {
            int tab = text.indexOf('\t');
            out.append(run(text.substring(0, tab), rPr)).append("<w:r><w:rPr>").append(rPr)
                    .append("</w:rPr><w:tab/></w:r>").append(run(text.substring(tab + 1), rPr));
        } else {
            int at = 0;
            for (Span s : p.underlined()) {
                out.append(run(text.substring(at, s.start()), rPr));
                out.append(run(text.substring(s.start(), s.end()), rPr + "<w:u w:val=\"single\"/>"));
                at = s.end();
            }
            out.append(run(text.substring(at), rPr));
        }
        return out.append("</w:p>").toString();
    }

    private static String run(String text, String rPr) {
        if (text.isEmpty()) {
            return "";
        }
        return "<w:r><w:rPr>" + rPr + "</w:rPr><w:t xml:space=\"preserve\">" + escape(text) + "</w:t></w:r>";
    }

    /** Cells spanning columns use gridSpan, cells continuing the one above vMerge, as Word writes them. */
    private static String table(Table t) {
        int columns = t.rows().get(0).size();
        StringBuilder out = new StringBuilder("<w:tbl><w:tblPr><w:tblW w:w=\"5000\" w:type=\"pct\"/><w:tblBorders>"
                + "<w:top w:val=\"single\" w:sz=\"4\"/><w:left w:val=\"single\" w:sz=\"4\"/>"
                + "<w:bottom w:val=\"single\" w:sz=\"4\"/><w:right w:val=\"single\" w:sz=\"4\"/>"
                + "<w:insideH w:val=\"single\" w:sz=\"4\"/><w:insideV w:val=\"single\" w:sz=\"4\"/>"
                + "</w:tblBorders></w:tblPr><w:tblGrid>");
        for (int i = 0; i < columns; i++) {
            out.append("<w:gridCol w:w=\"").append(9000 / columns).append("\"/>");
        }
        out.append("</w:tblGrid>");
        for (int r = 0; r < t.rows().size(); r++) {
            List<String> row = t.rows().get(r);
            out.append("<w:tr>");
            for (int c = 0; c < row.size(); c++) {
                String cell = row.get(c);
                if (cell == null) {
                    continue; // covered by a gridSpan to its left
                }
                int span = 1;
                while (c + span < row.size() && row.get(c + span) == null) {
                    span++;
                }
                boolean up = Table.MERGED_UP.equals(cell);
                boolean startsMerge = !up && r + 1 < t.rows().size()
                        && Table.MERGED_UP.equals(t.rows().get(r + 1).get(c));
                out.append("<w:tc><w:tcPr>");
                if (span > 1) {
                    out.append("<w:gridSpan w:val=\"").append(span).append("\"/>");
                }
                if (up) {
                    out.append("<w:vMerge/>");
                } else if (startsMerge) {
                    out.append("<w:vMerge w:val=\"restart\"/>");
                }
                out.append("</w:tcPr><w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr>")
                        .append(up ? "" : run(cell, FONT + "<w:sz w:val=\"21\"/>")).append("</w:p></w:tc>");
            }
            out.append("</w:tr>");
        }
        return out.append("</w:tbl><w:p/>").toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
