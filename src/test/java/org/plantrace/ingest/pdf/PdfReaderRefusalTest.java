package org.plantrace.ingest.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plantrace.ingest.InputRejectedException;
import org.plantrace.ingest.Outline;

/** Files the PDF reader must refuse, each built here, and the one protected file it must read. */
class PdfReaderRefusalTest {
    @TempDir
    Path dir;

    private InputRejectedException refused(Path file) {
        InputRejectedException e = assertThrows(InputRejectedException.class, () -> new PdfReader().read(file));
        assertEquals(file.getFileName().toString(), e.fileName());
        assertTrue(e.getMessage().startsWith(file.getFileName().toString() + ": "), e.getMessage());
        return e;
    }

    @Test
    void binaryGarbageNamedPdfIsRefused() throws Exception {
        byte[] garbage = new byte[4096];
        new Random(7).nextBytes(garbage);
        garbage[0] = 0x50; // not '%'
        Path file = dir.resolve("规划文本.pdf");
        Files.write(file, garbage);
        assertTrue(refused(file).problem().contains("不是有效的 PDF 文件"));
    }

    @Test
    void pdfHeaderFollowedByGarbageIsRefusedAsDamaged() throws Exception {
        byte[] garbage = new byte[8192];
        new Random(11).nextBytes(garbage);
        Path file = dir.resolve("damaged.pdf");
        Files.write(file, concat("%PDF-1.7\n".getBytes(StandardCharsets.ISO_8859_1), garbage,
                "\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1)));
        String problem = refused(file).problem();
        assertTrue(problem.contains("损坏"), problem);
    }

    @Test
    void truncatedPdfIsRefusedAsIncomplete() throws Exception {
        Path whole = dir.resolve("whole.pdf");
        new PdfSketch().page().line("第一章　总则", PdfSketch.LEFT, 100, 16, true)
                .line("本规划是对浑源县范围内国土空间保护、开发、利用、修复作出的具体安排。", PdfSketch.LEFT, 130, 12, false)
                .save(whole);
        byte[] bytes = Files.readAllBytes(whole);
        Path file = dir.resolve("cut.pdf");
        Files.write(file, Arrays.copyOf(bytes, bytes.length * 2 / 3));
        String problem = refused(file).problem();
        assertTrue(problem.contains("不完整") && problem.contains("截断"), problem);
    }

    @Test
    void passwordProtectedPdfIsRefusedWithWhatToDo() throws Exception {
        Path file = dir.resolve("locked.pdf");
        new PdfSketch().page().line("第一章　总则", PdfSketch.LEFT, 100, 16, true)
                .passwords("owner-secret", "user-secret").save(file);
        String problem = refused(file).problem();
        assertTrue(problem.contains("密码") && problem.contains("未加密的副本"), problem);
    }

    @Test
    void pdfWithOnlyAnOwnerPasswordIsRead() throws Exception {
        Path file = dir.resolve("permissions-only.pdf");
        new PdfSketch().page().line("第一章　总则", PdfSketch.LEFT, 100, 16, true)
                .line("本规划期限为2021年到2035年。", PdfSketch.LEFT + 24, 130, 12, false)
                .passwords("owner-secret", "").save(file);
        Outline outline = new PdfReader().read(file);
        assertEquals("总则", outline.clauses().get(0).heading());
        assertEquals("本规划期限为2021年到2035年。", outline.clauses().get(0).text());
    }

    @Test
    void scanWithoutTextLayerIsRefusedAskingForOcr() throws Exception {
        Path file = dir.resolve("扫描件.pdf");
        try (PDDocument doc = new PDDocument()) {
            for (int i = 0; i < 2; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                BufferedImage scan = new BufferedImage(200, 280, BufferedImage.TYPE_INT_RGB);
                PDImageXObject image = LosslessFactory.createFromImage(doc, scan);
                try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                    out.drawImage(image, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
                }
            }
            doc.save(file.toFile());
        }
        String problem = refused(file).problem();
        assertTrue(problem.contains("扫描件") && problem.contains("OCR"), problem);
    }

    @Test
    void emptyFileIsRefused() throws Exception {
        Path file = dir.resolve("empty.pdf");
        Files.write(file, new byte[0]);
        assertTrue(refused(file).problem().contains("文件为空"));
    }

    private static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] all = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, all, at, p.length);
            at += p.length;
        }
        return all;
    }
}
