package org.plantrace.transmission.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.docx4j.TextUtils;
import org.docx4j.TraversalUtil;
import org.docx4j.finders.ClassFinder;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.wml.R;
import org.docx4j.wml.Tbl;
import org.docx4j.wml.Tr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plantrace.transmission.Checklist;
import org.plantrace.transmission.ChecklistItem;
import org.plantrace.transmission.SourceClause;

class ChecklistDocxTest {
    private static final Path TEMPLATE = Path.of("templates", "checklist", "checklist.xml");
    private final Checklist checklist = ChecklistFixture.wangzhuangpu();

    private static WordprocessingMLPackage reopen(byte[] docx) throws Exception {
        return WordprocessingMLPackage.load(new ByteArrayInputStream(docx));
    }

    private byte[] write(Path template, Checklist c) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ChecklistDocx(template).write(c, out);
        return out.toByteArray();
    }

    @Test
    void opensAgainWithCoverAndEveryItem() throws Exception {
        byte[] docx = write(TEMPLATE, checklist);
        assertEquals('P', docx[0]);
        assertEquals('K', docx[1]);
        WordprocessingMLPackage word = reopen(docx);
        String text = TextUtils.getText(word.getMainDocumentPart().getJaxbElement());
        assertTrue(text.contains("王庄堡镇传导清单"), text);
        assertTrue(text.contains("浑源县国土空间总体规划（2021—2035年）"));
        assertTrue(text.contains("规划版本：第 2 版"));
        assertTrue(text.contains("生成日期：2026年12月1日"));
        assertTrue(text.contains("乡镇国土空间总体规划"));
        assertTrue(!text.contains("${"), "a placeholder was left: " + text);
        for (ChecklistItem item : checklist.items()) {
            assertTrue(text.contains(item.requirement()), item.requirement());
            for (SourceClause s : item.sourceClauses()) {
                assertTrue(text.contains(s.heading()) && text.contains(s.id()), s.toString());
            }
        }
        assertTrue(text.contains("永久基本农田 ≥ 1.23 万亩（示意图层叠加）"), text);
    }

    @Test
    void oneTablePerCategoryAndMandatoryRowsMarked() throws Exception {
        WordprocessingMLPackage word = reopen(write(TEMPLATE, checklist));
        ClassFinder tables = new ClassFinder(Tbl.class);
        new TraversalUtil(word.getMainDocumentPart().getContent(), tables);
        List<ChecklistSections.Section> sections = ChecklistSections.of(checklist);
        assertEquals(sections.size(), tables.results.size());
        for (int t = 0; t < sections.size(); t++) {
            Tbl tbl = (Tbl) tables.results.get(t);
            List<Object> rows = tbl.getContent();
            assertEquals(sections.get(t).items().size() + 1, rows.size(), "header plus one row per item");
            for (int r = 1; r < rows.size(); r++) {
                ChecklistItem item = sections.get(t).items().get(r - 1);
                Tr row = (Tr) rows.get(r);
                String rowText = TextUtils.getText(row);
                assertTrue(rowText.contains(item.requirement()));
                assertTrue(rowText.contains(item.mandatory() ? "强制性" : "指导性"), rowText);
                ClassFinder runs = new ClassFinder(R.class);
                new TraversalUtil(row.getContent(), runs);
                boolean requirementBold = runs.results.stream().map(R.class::cast)
                        .filter(run -> TextUtils.getText(run).equals(item.requirement()))
                        .allMatch(run -> run.getRPr() != null && run.getRPr().getB() != null && run.getRPr().getB().isVal());
                assertEquals(item.mandatory(), requirementBold, "bold iff mandatory: " + item.requirement());
            }
        }
    }

    @Test
    void anEmptyChecklistSaysSo() throws Exception {
        String text = TextUtils.getText(reopen(write(TEMPLATE, ChecklistFixture.empty())).getMainDocumentPart().getJaxbElement());
        assertTrue(text.contains("没有派生出条目"), text);
        assertTrue(text.contains("详细规划单元"));
    }

    @Test
    void aMissingTemplateIsNamed(@TempDir Path dir) {
        Path missing = dir.resolve("checklist.xml");
        ChecklistOutputException e = assertThrows(ChecklistOutputException.class, () -> write(missing, checklist));
        assertTrue(e.getMessage().contains(missing.toString()) && e.getMessage().contains("不存在"), e.getMessage());
    }

    @Test
    void aBrokenTemplateIsNamed(@TempDir Path dir) throws Exception {
        Path broken = dir.resolve("checklist.xml");
        Files.writeString(broken, "<pkg:package xmlns:pkg=\"http://schemas.microsoft.com/office/2006/xmlPackage\"><pkg:part", StandardCharsets.UTF_8);
        ChecklistOutputException e = assertThrows(ChecklistOutputException.class, () -> write(broken, checklist));
        assertTrue(e.getMessage().contains(broken.toString()) && e.getMessage().contains("不是有效的 Word 模板"), e.getMessage());
    }

    @Test
    void aTemplateWithoutTheTablePlaceholderIsNamed(@TempDir Path dir) throws Exception {
        Path edited = dir.resolve("checklist.xml");
        Files.writeString(edited, Files.readString(TEMPLATE, StandardCharsets.UTF_8).replace("${CATEGORIES}", "正文"),
                StandardCharsets.UTF_8);
        ChecklistOutputException e = assertThrows(ChecklistOutputException.class, () -> write(edited, checklist));
        assertTrue(e.getMessage().contains("${CATEGORIES}"), e.getMessage());
    }
}
