package org.plantrace.transmission.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.docx4j.TextUtils;
import org.docx4j.TraversalUtil;
import org.docx4j.finders.ClassFinder;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.wml.P;
import org.junit.jupiter.api.Test;
import org.plantrace.citation.ClauseAddresses;
import org.plantrace.transmission.Checklist;
import org.plantrace.transmission.ChecklistItem;
import org.plantrace.transmission.SourceClause;

/** The checklist's Word and PDF files link every cited clause to its citable address (issue #14.1). */
public class ClauseLinksOutputTest {
    private static final Path TEMPLATE = Path.of("templates", "checklist", "checklist.xml");
    private static final ClauseAddresses AT = ClauseAddresses.at("https://plan.example.cn/pt/");
    private final Checklist checklist = ChecklistFixture.wangzhuangpu();

    private Set<String> expected() {
        Set<String> out = new LinkedHashSet<>();
        for (ChecklistItem item : checklist.items()) {
            for (SourceClause s : item.sourceClauses()) {
                out.add("https://plan.example.cn/pt/plans/hunyuan-county/2/clauses/" + s.uid());
            }
        }
        return out;
    }

    /** Each w:hyperlink as (its text, the target of its relationship). */
    public static List<String[]> hyperlinks(WordprocessingMLPackage word) {
        ClassFinder finder = new ClassFinder(P.Hyperlink.class);
        new TraversalUtil(word.getMainDocumentPart().getContent(), finder);
        List<String[]> out = new ArrayList<>();
        for (Object o : finder.results) {
            P.Hyperlink h = (P.Hyperlink) o;
            var rel = word.getMainDocumentPart().getRelationshipsPart().getRelationshipByID(h.getId());
            assertEquals("External", rel.getTargetMode(), "a link to a web page");
            out.add(new String[] {TextUtils.getText(h), rel.getTarget()});
        }
        return out;
    }

    @Test
    void wordSourcesAreHyperlinksToTheirClausePages() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ChecklistDocx(TEMPLATE).write(checklist, AT, out);
        WordprocessingMLPackage word = WordprocessingMLPackage.load(new ByteArrayInputStream(out.toByteArray()));
        List<String[]> links = hyperlinks(word);
        Set<String> targets = new LinkedHashSet<>();
        for (String[] l : links) {
            targets.add(l[1]);
        }
        assertEquals(expected(), targets, "every cited clause links to its address in version 2, nothing else");
        for (ChecklistItem item : checklist.items()) {
            for (SourceClause s : item.sourceClauses()) {
                String address = "https://plan.example.cn/pt/plans/hunyuan-county/2/clauses/" + s.uid();
                assertTrue(links.stream().anyMatch(l -> l[0].equals(ChecklistWording.source(s)) && l[1].equals(address)),
                        "the source cell's words are the link: " + s);
            }
        }
        String text = TextUtils.getText(word.getMainDocumentPart().getJaxbElement());
        assertTrue(text.contains("条款地址：https://plan.example.cn/pt/plans/hunyuan-county/2/clauses/"), "the shared address in the header");
        for (String address : expected()) {
            assertEquals(1, count(text, address), "each full address printed once: " + address);
        }
    }

    @Test
    void withoutABaseNothingIsLinked() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ChecklistDocx(TEMPLATE).write(checklist, out);
        WordprocessingMLPackage word = WordprocessingMLPackage.load(new ByteArrayInputStream(out.toByteArray()));
        assertTrue(hyperlinks(word).isEmpty());
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        ChecklistPdf.write(checklist, pdf);
        try (PDDocument doc = Loader.loadPDF(pdf.toByteArray())) {
            assertTrue(links(doc).isEmpty());
        }
    }

    @Test
    void pdfSourcesCarryUriLinksOverTheirWords() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ChecklistPdf.write(checklist, AT, out);
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            List<String[]> links = links(doc);
            Set<String> targets = new LinkedHashSet<>();
            links.forEach(l -> targets.add(l[1]));
            assertEquals(expected(), targets);
            for (SourceClause s : List.of(checklist.items().get(0).sourceClauses().get(0), checklist.items().get(1).sourceClauses().get(0))) {
                String address = "https://plan.example.cn/pt/plans/hunyuan-county/2/clauses/" + s.uid();
                String words = ChecklistWording.source(s).replaceAll("\\s+", "");
                // the words under the link's rectangle are the citation (its first characters at least, if it wraps)
                assertTrue(links.stream().anyMatch(l -> l[1].equals(address) && words.startsWith(l[0].substring(0, Math.min(4, l[0].length())))
                        && !l[0].isEmpty()), "a link over " + words + " in " + links.stream().map(l -> l[0] + "→" + l[1]).toList());
            }
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            assertTrue(text.contains("条款地址：https://plan.example.cn/pt/plans/hunyuan-county/2/clauses/"), text);
        }
    }

    /** Each URI link as (the text under its rectangle, its URI). */
    public static List<String[]> links(PDDocument doc) throws Exception {
        List<String[]> out = new ArrayList<>();
        for (PDPage page : doc.getPages()) {
            for (PDAnnotation a : page.getAnnotations()) {
                if (a instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
                    PDRectangle r = link.getRectangle();
                    PDFTextStripperByArea area = new PDFTextStripperByArea();
                    float top = page.getMediaBox().getHeight() - r.getUpperRightY();
                    area.addRegion("link", new Rectangle2D.Float(r.getLowerLeftX(), top, r.getWidth(), r.getHeight()));
                    area.extractRegions(page);
                    out.add(new String[] {area.getTextForRegion("link").replaceAll("\\s+", ""), uri.getURI()});
                }
            }
        }
        return out;
    }

    private static int count(String text, String s) {
        int n = 0;
        for (int i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + 1)) {
            n++;
        }
        return n;
    }
}
