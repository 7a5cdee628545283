package org.plantrace.transmission.output;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.docx4j.TextUtils;
import org.docx4j.jaxb.Context;
import org.docx4j.openpackaging.exceptions.Docx4JException;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.WordprocessingML.MainDocumentPart;
import org.docx4j.openpackaging.parts.WordprocessingML.StyleDefinitionsPart;
import org.docx4j.wml.BooleanDefaultTrue;
import org.docx4j.wml.ObjectFactory;
import org.docx4j.wml.P;
import org.docx4j.wml.Tbl;
import org.docx4j.wml.TblGrid;
import org.docx4j.wml.TblGridCol;
import org.docx4j.wml.Tr;
import org.docx4j.wml.TrPr;
import org.plantrace.citation.ClauseAddresses;
import org.plantrace.transmission.Checklist;
import org.plantrace.transmission.ChecklistItem;
import org.plantrace.transmission.SourceClause;

/**
 * The checklist as a Word file, filled into the Flat OPC template {@code templates/checklist/checklist.xml}:
 * the cover's placeholders get the plan, version, date and target; the {@code ${CATEGORIES}}
 * paragraph becomes one heading and one table per category. Mandatory rows are bold, say 强制性 and
 * have a tinted binding cell, so the marking survives black-and-white printing. A missing or broken
 * template is a {@link ChecklistOutputException} naming the file.
 */
public final class ChecklistDocx {
    static final String CATEGORIES = "${CATEGORIES}";
    static final String CATEGORY_STYLE = "ChecklistCategory";
    static final String TABLE_STYLE = "ChecklistTable";
    /** Largest template read: a template is a few kB; anything this big is not ours. */
    static final long MAX_TEMPLATE_BYTES = 8L * 1024 * 1024;

    static final String[] HEADERS = {"序号", "传导要求", "约束", "指标", "来源条款", "规则"};
    /** Column widths in twentieths of a point; they add up to the template's text width (9026). */
    private static final int[] WIDTHS = {520, 3380, 760, 1500, 2100, 766};
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日").withZone(ChecklistWording.ZONE);

    private final Path template;

    public ChecklistDocx(Path template) {
        this.template = template;
    }

    /** The template found by {@link TemplateFolder}. */
    public static ChecklistDocx standard() {
        return new ChecklistDocx(TemplateFolder.checklistDocx());
    }

    public Path template() {
        return template;
    }

    public void write(Checklist checklist, OutputStream out) throws IOException {
        write(checklist, ClauseAddresses.none(), out);
    }

    /**
     * With {@code addresses} known, each source clause is a hyperlink to its citable address, the
     * address all of them share is printed under the notes, and each cited clause's full address
     * once at the end (附：引用条款地址), for those who read the file on paper.
     */
    public void write(Checklist checklist, ClauseAddresses addresses, OutputStream out) throws IOException {
        WordprocessingMLPackage word = load();
        MainDocumentPart main = word.getMainDocumentPart();
        WordParts.fillPlaceholders(main, values(checklist), CATEGORIES);
        int at = categoriesParagraph(main);
        main.getContent().remove(at);
        main.getContent().addAll(at, body(checklist, new Cited(checklist, addresses), main));
        try {
            word.save(out);
        } catch (Docx4JException e) {
            throw new IOException("Word 文件写出失败: " + e.getMessage(), e);
        }
    }

    private WordprocessingMLPackage load() {
        byte[] bytes;
        try {
            if (Files.size(template) > MAX_TEMPLATE_BYTES) {
                throw problem("文件过大（超过 8 MB），不是清单模板");
            }
            bytes = Files.readAllBytes(template);
        } catch (NoSuchFileException e) {
            throw problem("文件不存在；请恢复 templates/checklist/checklist.xml，或用 -D"
                    + TemplateFolder.PROPERTY + "=目录 指定模板目录");
        } catch (IOException e) {
            throw problem("无法读取（" + e.getMessage() + "）");
        }
        WordprocessingMLPackage word;
        try {
            word = WordprocessingMLPackage.load(new ByteArrayInputStream(bytes));
        } catch (Docx4JException | RuntimeException e) {
            throw problem("不是有效的 Word 模板（Flat OPC XML 或 .docx）：" + rootMessage(e)
                    + "；请恢复原模板");
        }
        if (word.getMainDocumentPart() == null) {
            throw problem("模板中没有正文部分（/word/document.xml）；请恢复原模板");
        }
        StyleDefinitionsPart styles = word.getMainDocumentPart().getStyleDefinitionsPart();
        for (String style : List.of(CATEGORY_STYLE, TABLE_STYLE)) {
            if (styles == null || styles.getStyleById(style) == null) {
                throw problem("缺少样式 " + style + "；请恢复原模板或在模板中补上该样式");
            }
        }
        return word;
    }

    private ChecklistOutputException problem(String what) {
        return new ChecklistOutputException("清单模板 " + template + "：" + what);
    }

    static Map<String, String> values(Checklist c) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("${TITLE}", ChecklistWording.title(c));
        v.put("${TARGET}", c.target().name());
        v.put("${TARGET_KIND}", c.target().kind().label());
        v.put("${PLAN_TITLE}", c.planTitle() == null || c.planTitle().isBlank() ? c.planCode() : c.planTitle());
        v.put("${PLAN_VERSION}", Integer.toString(c.planVersion()));
        v.put("${DATE}", c.generatedAt() == null ? "" : DATE.format(c.generatedAt()));
        v.put("${COUNT}", ChecklistWording.countLine(c));
        return v;
    }

    private int categoriesParagraph(MainDocumentPart main) {
        List<Object> content = main.getContent();
        for (int i = 0; i < content.size(); i++) {
            Object o = content.get(i);
            if (o instanceof P p && TextUtils.getText(p).strip().equals(CATEGORIES)) {
                return i;
            }
        }
        throw problem("缺少单独成段的占位符 " + CATEGORIES + "（各类别表格插入处）；请恢复原模板");
    }

    private static List<Object> body(Checklist c, Cited cited, MainDocumentPart main) {
        ObjectFactory f = Context.getWmlObjectFactory();
        List<Object> out = new ArrayList<>();
        List<ChecklistSections.Section> sections = ChecklistSections.of(c);
        if (sections.isEmpty()) {
            out.add(WordParts.paragraph(f, "（该传导对象没有派生出条目。）", false, null));
        }
        // notes to the reader (a missing layer) come before the tables and are not numbered
        for (String note : ChecklistWording.notes(c)) {
            out.add(WordParts.paragraph(f, note, false, null));
        }
        if (cited.addresses.known()) {
            out.add(WordParts.paragraph(f, Cited.header(c, cited.addresses), false, null));
        }
        for (ChecklistSections.Section section : sections) {
            out.add(WordParts.paragraph(f, section.category(), false, CATEGORY_STYLE));
            out.add(table(f, section, cited, main));
            // Word joins two tables that touch; an empty paragraph keeps them apart
            out.add(WordParts.paragraph(f, "", false, null));
        }
        if (cited.addresses.known() && !cited.all().isEmpty()) {
            out.add(WordParts.paragraph(f, Cited.APPENDIX, false, CATEGORY_STYLE));
            for (SourceClause s : cited.all()) {
                String address = cited.address(s);
                out.add(WordParts.linked(f, main, List.of(WordParts.Piece.plain(ChecklistWording.source(s) + "："),
                        new WordParts.Piece(address, address)), null));
            }
        }
        return out;
    }

    private static Tbl table(ObjectFactory f, ChecklistSections.Section section, Cited cited, MainDocumentPart main) {
        Tbl tbl = WordParts.table(f, TABLE_STYLE);
        TblGrid grid = f.createTblGrid();
        for (int w : WIDTHS) {
            TblGridCol col = f.createTblGridCol();
            col.setW(BigInteger.valueOf(w));
            grid.getGridCol().add(col);
        }
        tbl.setTblGrid(grid);

        Tr header = f.createTr();
        TrPr trPr = f.createTrPr();
        // the header row repeats on every page the table runs over
        trPr.getCnfStyleOrDivIdOrGridBefore().add(f.createCTTrPrBaseTblHeader(new BooleanDefaultTrue()));
        header.setTrPr(trPr);
        for (int i = 0; i < HEADERS.length; i++) {
            header.getContent().add(WordParts.cell(f, WIDTHS[i], List.of(HEADERS[i]), true, "D9D9D9"));
        }
        tbl.getContent().add(header);

        int n = section.firstNumber();
        for (ChecklistItem item : section.items()) {
            boolean bold = item.mandatory();
            Tr row = f.createTr();
            row.getContent().add(WordParts.cell(f, WIDTHS[0], List.of(Integer.toString(n++)), bold, null));
            row.getContent().add(WordParts.cell(f, WIDTHS[1], List.of(text(item.requirement())), bold, null));
            row.getContent().add(WordParts.cell(f, WIDTHS[2], List.of(ChecklistWording.binding(item)), bold,
                    item.mandatory() ? "FCE4D6" : null));
            row.getContent().add(WordParts.cell(f, WIDTHS[3], List.of(ChecklistWording.target(item.target())), bold, null));
            List<P> sources = new ArrayList<>();
            for (SourceClause s : item.sourceClauses()) {
                sources.add(WordParts.linked(f, main, List.of(new WordParts.Piece(ChecklistWording.source(s), cited.address(s))), null));
            }
            row.getContent().add(WordParts.cellOf(f, WIDTHS[4], sources, null));
            row.getContent().add(WordParts.cell(f, WIDTHS[5], List.of(text(item.rule())), false, null));
            tbl.getContent().add(row);
        }
        return tbl;
    }

    private static String text(String s) {
        return s == null ? "" : s.strip();
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String m = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage().strip();
        int nl = m.indexOf('\n');
        m = nl < 0 ? m : m.substring(0, nl);
        return m.length() > 160 ? m.substring(0, 160) + "…" : m;
    }
}
