package org.plantrace.transmission.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.plantrace.transmission.Checklist;
import org.plantrace.transmission.ChecklistItem;

class ChecklistPdfTest {

    static byte[] pdf(Checklist c) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ChecklistPdf.write(c, out);
        return out.toByteArray();
    }

    /** Whitespace is layout (line breaks where the page wrapped, spaces the extractor guesses), not text. */
    static String normalized(String s) {
        return s.replaceAll("\\s+", "");
    }

    static String extracted(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void extractedTextIsTheChecklistText() throws Exception {
        Checklist c = ChecklistFixture.wangzhuangpu();
        String text = extracted(pdf(c));
        assertEquals(normalized(String.join("", ChecklistWording.lines(c))), normalized(text));
        for (ChecklistItem item : c.items()) {
            assertTrue(normalized(text).contains(normalized(item.requirement())), item.requirement());
        }
        assertTrue(text.contains("Ⅶ度"));
        assertFalse(text.contains("□"), "every character of the fixture is in the font");
    }

    @Test
    void documentsWrittenInParallelAreEachWholeAndRight() throws Exception {
        // no global lock any more: several documents at once, each with faces of its own, must give
        // exactly the PDF text one document alone gives (a shared parsed font would mix glyphs up)
        Checklist c = ChecklistFixture.wangzhuangpu();
        String expected = normalized(extracted(pdf(c)));
        int threads = CjkFaces.MAX + 2;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        try {
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<byte[]>> results = new ArrayList<>();
            for (int i = 0; i < threads * 2; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return pdf(c);
                }));
            }
            start.countDown();
            for (java.util.concurrent.Future<byte[]> r : results) {
                byte[] bytes = r.get(120, java.util.concurrent.TimeUnit.SECONDS);
                assertEquals(expected, normalized(extracted(bytes)));
                assertFalse(extracted(bytes).contains("□"));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void chineseFontsAreEmbeddedSubsetsWithToUnicode() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf(ChecklistFixture.wangzhuangpu()))) {
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name));
                }
            }
            assertFalse(fonts.isEmpty());
            for (PDFont font : fonts) {
                assertTrue(font instanceof PDType0Font, font.getName());
                assertTrue(font.isEmbedded(), font.getName());
                assertTrue(font.getName().matches("[A-Z]{6}\\+.*"), "subset prefix: " + font.getName());
                assertTrue(font.getCOSObject().containsKey(COSName.TO_UNICODE), font.getName());
            }
        }
    }

    @Test
    void aLongChecklistRunsOverPagesAndKeepsItsText() throws Exception {
        Checklist base = ChecklistFixture.wangzhuangpu();
        List<ChecklistItem> many = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            many.addAll(base.items());
        }
        Checklist big = new Checklist(base.target(), base.planCode(), base.planTitle(), base.planVersion(),
                base.generatedAt(), many);
        byte[] bytes = pdf(big);
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            assertTrue(doc.getNumberOfPages() > 5, "pages: " + doc.getNumberOfPages());
        }
        assertEquals(normalized(String.join("", ChecklistWording.lines(big))), normalized(extracted(bytes)));
    }

    @Test
    void aCharacterTheFontLacksPrintsAsABox() throws Exception {
        Checklist base = ChecklistFixture.empty();
        // U+1F600 (an emoji) is not in Source Han Sans
        Checklist odd = new Checklist(base.target(), base.planCode(), "规划\uD83D\uDE00", 1, base.generatedAt(), List.of());
        String text = extracted(pdf(odd));
        assertTrue(text.contains("规划□"), text);
    }
}
