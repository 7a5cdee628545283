package org.plantrace.conformance.output;

import org.plantrace.transmission.output.WordParts;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
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
import org.docx4j.wml.BooleanDefaultTrue;
import org.docx4j.wml.ObjectFactory;
import org.docx4j.wml.P;
import org.docx4j.wml.Tbl;
import org.docx4j.wml.Tr;
import org.docx4j.wml.TrPr;
import org.plantrace.citation.ClauseAddresses;
import org.plantrace.conformance.Figures;
import org.plantrace.conformance.Finding;
import org.plantrace.conformance.Review;
import org.plantrace.conformance.Verdict;
import org.plantrace.transmission.TemplatesLocator;
import org.plantrace.transmission.output.ChecklistOutputException;

/**
 * The 审查意见书 as a Word file, filled into the Flat OPC template {@code templates/review/opinion.xml}:
 * the header's placeholders (审查依据, 送审稿, date, reviewer, conclusion), then in place of
 * {@code ${FINDINGS}} the main table, the indicator table and the items left to manual judgement.
 * Violated rows are bold with a tinted 结论 cell, so they survive black-and-white printing. A missing
 * or broken template is refused with its name.
 */
public final class ReviewDocx {
    static final String FINDINGS = "${FINDINGS}";
    static final String HEADING_STYLE = "ChecklistCategory";
    static final String TABLE_STYLE = "ChecklistTable";
    static final List<String> MAIN = List.of("序号", "类别", "审查事项", "县级规划条款", "乡镇规划条款", "结论", "问题说明与修改意见", "强制性");
    private static final int[] MAIN_WIDTHS = {420, 800, 1900, 1300, 1700, 700, 1700, 506};
    /** The same page width with the reviewer's column: the long text columns give it room. */
    private static final int[] MAIN_WIDTHS_WITH_DECISIONS = {420, 700, 1500, 1150, 1400, 650, 1400, 506, 1300};
    /** The indicator table: each figure in a column of its own, as reviewers tabulate them. */
    static final List<String> INDICATORS = List.of("序号", "指标", "下达值", "规划值", "换算", "比较", "结论");
    private static final int[] INDICATOR_WIDTHS = {420, 1400, 1500, 1500, 1300, 2006, 900};
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日").withZone(ZoneId.of("Asia/Shanghai"));
    private static final long MAX_TEMPLATE_BYTES = 8L * 1024 * 1024;

    private final Path template;

    public ReviewDocx(Path template) {
        this.template = template;
    }

    public static ReviewDocx standard() {
        return new ReviewDocx(TemplatesLocator.templatesRoot().resolve("review").resolve("opinion.xml"));
    }

    public void write(Review review, String reviewer, Instant at, OutputStream out) throws IOException {
        write(review, null, reviewer, at, ClauseAddresses.none(), out);
    }

    /** With {@code addresses} known, each cited county clause is a hyperlink to its citable address (issue #14.1). */
    public void write(Review review, String reviewer, Instant at, ClauseAddresses addresses, OutputStream out) throws IOException {
        write(review, null, reviewer, at, addresses, out);
    }

    /** The 审查意见书 of a stored review: {@code notes} adds the reviewer's conclusion and a column of their decisions. */
    public void write(Review review, ReviewerNotes notes, String reviewer, Instant at, OutputStream out) throws IOException {
        write(review, notes, reviewer, at, ClauseAddresses.none(), out);
    }

    /** Both: the reviewer's decisions ({@code notes}, may be null) and the clauses as hyperlinks. */
    public void write(Review review, ReviewerNotes notes, String reviewer, Instant at, ClauseAddresses addresses,
            OutputStream out) throws IOException {
        WordprocessingMLPackage word = load();
        MainDocumentPart main = word.getMainDocumentPart();
        WordParts.fillPlaceholders(main, values(review, notes, reviewer, at), FINDINGS);
        int index = -1;
        for (int i = 0; i < main.getContent().size(); i++) {
            if (main.getContent().get(i) instanceof P p && TextUtils.getText(p).strip().equals(FINDINGS)) {
                index = i;
            }
        }
        if (index < 0) {
            throw problem("缺少单独成段的占位符 " + FINDINGS + "；请恢复原模板");
        }
        main.getContent().remove(index);
        main.getContent().addAll(index, body(review, notes, new ReviewCitations(review, addresses), main));
        try {
            word.save(out);
        } catch (Docx4JException e) {
            throw new IOException("Word 文件写出失败: " + e.getMessage(), e);
        }
    }

    static Map<String, String> values(Review r, ReviewerNotes notes, String reviewer, Instant at) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("${TOWNSHIP}", r.township());
        v.put("${COUNTY_TITLE}", "《" + r.countyTitle() + "》");
        v.put("${COUNTY_VERSION}", Integer.toString(r.countyVersion()));
        v.put("${TOWNSHIP_TITLE}", r.townshipTitle());
        v.put("${DATE}", DATE.format(at));
        v.put("${REVIEWER}", reviewer);
        v.put("${CONCLUSION}", ReviewerNotes.conclusionLine(notes, r.conclusion()));
        StringBuilder s = new StringBuilder("审查事项 " + r.findings().size() + " 项：");
        r.summary().forEach((verdict, n) -> s.append(verdict.label()).append(' ').append(n).append(" 项，"));
        v.put("${SUMMARY}", s.substring(0, s.length() - 1) + "。");
        return v;
    }

    private List<Object> body(Review r, ReviewerNotes notes, ReviewCitations cited, MainDocumentPart main) {
        ObjectFactory f = Context.getWmlObjectFactory();
        List<Object> out = new ArrayList<>();
        out.add(WordParts.paragraph(f, cited.header(), false, null));
        out.add(WordParts.paragraph(f, "一、审查意见", false, HEADING_STYLE));
        Advice advice = Advice.standard();
        List<List<String>> rows = new ArrayList<>();
        List<Boolean> bold = new ArrayList<>();
        int n = 0;
        for (Finding x : r.findings()) {
            List<String> row = new ArrayList<>(List.of(Integer.toString(++n), x.category(), x.requirement(), "", township(x),
                    x.status().label(), advice.explained(x), x.mandatory() ? "强制性" : ""));
            if (notes != null) {
                row.add(notes.decision(n - 1));
            }
            rows.add(row);
            bold.add(x.status() == Verdict.VIOLATED);
        }
        Tbl findings;
        int[] widths;
        if (notes == null) {
            widths = MAIN_WIDTHS;
            findings = table(f, MAIN, widths, rows, bold, 5);
        } else {
            List<String> headers = new ArrayList<>(MAIN);
            headers.add(ReviewerNotes.COLUMN);
            widths = MAIN_WIDTHS_WITH_DECISIONS;
            findings = table(f, headers, widths, rows, bold, 5);
        }
        // the county clauses as links: row r + 1 (after the header), column 3
        for (int i = 0; i < r.findings().size(); i++) {
            ((Tr) findings.getContent().get(i + 1)).getContent().set(3,
                    WordParts.cellOf(f, widths[3], county(f, main, r.findings().get(i), cited), null));
        }
        out.add(findings);
        out.add(WordParts.paragraph(f, "", false, null));
        out.add(WordParts.paragraph(f, "二、指标对照", false, HEADING_STYLE));
        rows = new ArrayList<>();
        bold = new ArrayList<>();
        n = 0;
        for (Finding x : r.findings()) {
            if (x.rule().endsWith("quantity")) {
                List<String> row = new ArrayList<>(List.of(Integer.toString(++n)));
                row.addAll(indicatorCells(x));
                row.add(x.status().label());
                rows.add(row);
                bold.add(x.status() == Verdict.VIOLATED);
            }
        }
        out.add(rows.isEmpty() ? WordParts.paragraph(f, "（本次审查没有数值类事项。）", false, null) : table(f, INDICATORS, INDICATOR_WIDTHS, rows, bold, 6));
        out.add(WordParts.paragraph(f, "", false, null));
        out.add(WordParts.paragraph(f, "三、需人工判定事项", false, HEADING_STYLE));
        n = 0;
        for (Finding x : r.findings()) {
            if (x.status() == Verdict.UNCLEAR) {
                out.add(WordParts.paragraph(f, (++n) + ". " + x.requirement() + "——" + x.reason(), false, null));
            }
        }
        if (n == 0) {
            out.add(WordParts.paragraph(f, "（无。）", false, null));
        }
        out.add(WordParts.paragraph(f, "", false, null));
        out.add(WordParts.paragraph(f, ReviewCitations.APPENDIX, false, HEADING_STYLE));
        for (Finding.CountyCite c : cited.all()) {
            String address = cited.address(c);
            out.add(WordParts.linked(f, main, List.of(WordParts.Piece.plain(c.cited() + "："),
                    new WordParts.Piece(address, cited.link(c))), null));
        }
        return out;
    }

    /**
     * 指标, 下达值, 规划值, 换算, 比较 of a quantity finding. A finding stored before figures were kept
     * has none: its requirement and reason stand in, never an invented figure.
     */
    static List<String> indicatorCells(Finding x) {
        Figures g = x.figures();
        if (g == null) {
            return List.of(x.requirement(), "", x.evidence().isBlank() ? "（未见）" : x.evidence(), "", x.reason());
        }
        return List.of(g.indicator(), g.assigned(), g.planned().isEmpty() ? "（未写明）" : g.planned(), g.converted(), g.comparison());
    }

    /** One paragraph per cited county clause, its citation a hyperlink to its citable address. */
    private static List<P> county(ObjectFactory f, MainDocumentPart main, Finding x, ReviewCitations cited) {
        return x.countyClauses().stream()
                .map(c -> WordParts.linked(f, main, List.of(new WordParts.Piece(c.cited(), cited.link(c))), null)).toList();
    }

    private static String township(Finding x) {
        if (x.evidence().isBlank()) {
            return "（未见）";
        }
        String heads = String.join("、", x.townshipClauses().stream().map(c -> c.heading() == null ? "" : c.heading()).toList());
        return heads.isBlank() ? x.evidence() : heads + "：" + x.evidence();
    }

    private static Tbl table(ObjectFactory f, List<String> headers, int[] widths, List<List<String>> rows, List<Boolean> bold, int verdictColumn) {
        Tbl tbl = WordParts.table(f, TABLE_STYLE);
        Tr header = f.createTr();
        TrPr trPr = f.createTrPr();
        trPr.getCnfStyleOrDivIdOrGridBefore().add(f.createCTTrPrBaseTblHeader(new BooleanDefaultTrue()));
        header.setTrPr(trPr);
        for (int i = 0; i < headers.size(); i++) {
            header.getContent().add(WordParts.cell(f, widths[i], lines(headers.get(i)), true, "D9D9D9"));
        }
        tbl.getContent().add(header);
        for (int r = 0; r < rows.size(); r++) {
            Tr tr = f.createTr();
            for (int i = 0; i < headers.size(); i++) {
                tr.getContent().add(WordParts.cell(f, widths[i], lines(rows.get(r).get(i)), bold.get(r), bold.get(r) && i == verdictColumn ? "FCE4D6" : null));
            }
            tbl.getContent().add(tr);
        }
        return tbl;
    }

    private WordprocessingMLPackage load() {
        try {
            if (Files.size(template) > MAX_TEMPLATE_BYTES) {
                throw problem("文件过大（超过 8 MB），不是审查意见书模板");
            }
            WordprocessingMLPackage word = WordprocessingMLPackage.load(new ByteArrayInputStream(Files.readAllBytes(template)));
            var styles = word.getMainDocumentPart().getStyleDefinitionsPart();
            for (String s : List.of(HEADING_STYLE, TABLE_STYLE)) {
                if (styles == null || styles.getStyleById(s) == null) {
                    throw problem("缺少样式 " + s + "；请恢复原模板");
                }
            }
            return word;
        } catch (NoSuchFileException e) {
            throw problem("文件不存在；请恢复 templates/review/opinion.xml");
        } catch (IOException | Docx4JException | RuntimeException e) {
            if (e instanceof ChecklistOutputException c) {
                throw c;
            }
            throw problem("不是有效的 Word 模板（Flat OPC XML 或 .docx）：" + e.getMessage());
        }
    }

    private ChecklistOutputException problem(String what) {
        return new ChecklistOutputException("审查意见书模板 " + template + "：" + what);
    }

    /** A cell's text as its paragraphs, one per line. */
    private static List<String> lines(String text) {
        return List.of((text == null ? "" : text).split("\n", -1));
    }
}
