package org.plantrace.ingest.docx;

import jakarta.xml.bind.JAXBElement;
import java.util.ArrayList;
import java.util.List;
import org.docx4j.wml.CTSdtDocPart;
import org.docx4j.wml.ContentAccessor;
import org.docx4j.wml.P;
import org.docx4j.wml.SdtBlock;
import org.docx4j.wml.SdtPr;
import org.docx4j.wml.Tbl;
import org.docx4j.wml.Tc;
import org.docx4j.wml.TcPr;
import org.docx4j.wml.Tr;

/**
 * Walks the document body in order and hands each paragraph and table to the
 * {@link OutlineAssembler}. Content controls and custom XML are read through. A table of contents
 * (a TOC content control, or paragraphs in TOC styles) is skipped with a note in the parse report:
 * it repeats the headings and is not plan text. Paragraphs are counted as Word counts them, table
 * cells included, for the "第 N 段" locations.
 */
final class BodyWalker {
    private final HeadingStyles styles;
    private final ListNumbering numbering;
    private final ParagraphTextReader paragraphs;
    private final OutlineAssembler assembler;
    private int paragraphNo;
    private int skippedToc;
    private int firstTocParagraph;

    BodyWalker(HeadingStyles styles, ListNumbering numbering, ParagraphTextReader paragraphs,
            OutlineAssembler assembler) {
        this.styles = styles;
        this.numbering = numbering;
        this.paragraphs = paragraphs;
        this.assembler = assembler;
    }

    void walk(List<Object> body) {
        for (Object o : body) {
            block(unwrap(o), false);
        }
        if (skippedToc > 0) {
            assembler.warn("第 " + firstTocParagraph + " 段", "已跳过目录（" + skippedToc + " 段）：目录重复各级标题，不是规划条文");
        }
    }

    private void block(Object o, boolean inToc) {
        if (o instanceof P p) {
            paragraphNo++;
            if (inToc || styles.isTableOfContents(p.getPPr())) {
                skipToc();
                return;
            }
            ListNumbering.Label label = numbering.next(p.getPPr());
            assembler.paragraph(paragraphNo, paragraphs.read(p), styles.outlineLevel(p.getPPr()), label,
                    styles.isTitle(p.getPPr()));
        } else if (o instanceof Tbl tbl) {
            int at = paragraphNo + 1;
            MarkedText.Builder text = new MarkedText.Builder();
            table(tbl, text, "\n", "\t");
            assembler.table(at, text.build());
        } else if (o instanceof SdtBlock sdt) {
            boolean toc = inToc || isTocControl(sdt.getSdtPr());
            if (sdt.getSdtContent() != null) {
                for (Object c : sdt.getSdtContent().getContent()) {
                    block(unwrap(c), toc);
                }
            }
        } else if (o instanceof ContentAccessor container) {
            for (Object c : container.getContent()) { // customXml blocks
                block(unwrap(c), inToc);
            }
        }
    }

    private void skipToc() {
        if (skippedToc++ == 0) {
            firstTocParagraph = paragraphNo;
        }
    }

    /**
     * Table text: rows in order separated by '\n', cells by '\t'; a cell's paragraphs are joined
     * with a space so that a row stays one line. Merged cells are resolved so that every row has a
     * cell for every grid column: a cell spanning columns (gridSpan) repeats its text in each, a
     * cell continuing a vertical merge (vMerge) repeats the text of the cell above — a header such as
     * 规划目标 over 近期/目标年 then stands over both columns. Underlines are kept on the first copy
     * only. A nested table is flattened into its cell, rows and cells separated by spaces, so that no
     * text is lost.
     */
    private void table(Tbl tbl, MarkedText.Builder out, String rowSeparator, String cellSeparator) {
        boolean resolve = rowSeparator.equals("\n");
        List<MarkedText> above = new ArrayList<>();
        boolean firstRow = true;
        for (Object r : rows(tbl.getContent())) {
            if (!firstRow) {
                out.append(rowSeparator, false);
            }
            firstRow = false;
            List<MarkedText> row = new ArrayList<>();
            for (Tc cell : cells(((Tr) r).getContent())) {
                MarkedText.Builder one = new MarkedText.Builder();
                cell(cell.getContent(), one);
                MarkedText text = one.build();
                int column = row.size();
                if (resolve && continuesMerge(cell) && column < above.size()) {
                    text = new MarkedText(above.get(column).text(), List.of());
                }
                row.add(text);
                for (int k = 1; resolve && k < span(cell); k++) {
                    row.add(new MarkedText(text.text(), List.of()));
                }
            }
            for (int c = 0; c < row.size(); c++) {
                if (c > 0) {
                    out.append(cellSeparator, false);
                }
                out.append(row.get(c));
            }
            above = row;
        }
    }

    private static int span(Tc cell) {
        TcPr pr = cell.getTcPr();
        if (pr == null || pr.getGridSpan() == null || pr.getGridSpan().getVal() == null) {
            return 1;
        }
        return Math.max(1, Math.min(64, pr.getGridSpan().getVal().intValue()));
    }

    /** vMerge without val (or "continue") carries the cell above on; "restart" begins a merge. */
    private static boolean continuesMerge(Tc cell) {
        TcPr pr = cell.getTcPr();
        if (pr == null || pr.getVMerge() == null) {
            return false;
        }
        String val = pr.getVMerge().getVal();
        return val == null || val.equals("continue");
    }

    private void cell(List<Object> content, MarkedText.Builder out) {
        boolean first = true;
        for (Object o : content) {
            o = unwrap(o);
            MarkedText.Builder part = new MarkedText.Builder();
            if (o instanceof P p) {
                paragraphNo++;
                ListNumbering.Label label = numbering.next(p.getPPr());
                if (label != null && !label.bullet() && !label.text().isEmpty()) {
                    part.append(label.text() + " ", false);
                }
                part.append(paragraphs.read(p).strip());
            } else if (o instanceof Tbl nested) {
                table(nested, part, " ", " ");
            } else if (o instanceof SdtBlock sdt && sdt.getSdtContent() != null) {
                cell(sdt.getSdtContent().getContent(), part);
            } else {
                continue;
            }
            MarkedText m = part.build().strip();
            if (m.isEmpty()) {
                continue;
            }
            if (!first) {
                out.append(" ", false);
            }
            first = false;
            out.append(m);
        }
    }

    private static List<Object> rows(List<Object> content) {
        List<Object> rows = new ArrayList<>();
        for (Object o : content) {
            o = unwrap(o);
            if (o instanceof Tr) {
                rows.add(o);
            } else if (o instanceof ContentAccessor c) {
                rows.addAll(rows(c.getContent())); // rows inside content controls
            }
        }
        return rows;
    }

    private static List<Tc> cells(List<Object> content) {
        List<Tc> cells = new ArrayList<>();
        for (Object o : content) {
            o = unwrap(o);
            if (o instanceof Tc tc) {
                cells.add(tc);
            } else if (o instanceof ContentAccessor c) {
                cells.addAll(cells(c.getContent()));
            }
        }
        return cells;
    }

    private static boolean isTocControl(SdtPr sdtPr) {
        if (sdtPr == null) {
            return false;
        }
        for (Object o : sdtPr.getRPrOrAliasOrLock()) {
            o = unwrap(o);
            if (o instanceof CTSdtDocPart part && part.getDocPartGallery() != null
                    && "Table of Contents".equalsIgnoreCase(part.getDocPartGallery().getVal())) {
                return true;
            }
        }
        return false;
    }

    private static Object unwrap(Object o) {
        return o instanceof JAXBElement<?> e ? e.getValue() : o;
    }
}
