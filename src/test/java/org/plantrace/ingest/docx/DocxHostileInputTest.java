package org.plantrace.ingest.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plantrace.ingest.InputRejectedException;
import org.plantrace.ingest.PlanReaders;

/**
 * Files that must be refused — empty, garbage, not Word, corrupt, zip bombs, external entities —
 * each built here, each refused with a message that names the file and the problem.
 */
class DocxHostileInputTest {
    private static final String SECRET = "PLANTRACE-SECRET-7f3a9c";

    @TempDir
    Path dir;

    private InputRejectedException refused(Path file) {
        InputRejectedException e = assertThrows(InputRejectedException.class, () -> PlanReaders.read(file));
        String name = file.getFileName().toString();
        assertEquals(name, e.fileName());
        assertTrue(e.getMessage().startsWith(name + ": "), e.getMessage());
        return e;
    }

    private Path validDocx(String name) throws Exception {
        return DocxFixture.document().p("Heading1", "总则").p(null, "正文。").writeTo(dir.resolve(name));
    }

    @Test
    void emptyFileIsRefused() throws Exception {
        Path file = Files.createFile(dir.resolve("空文件.docx"));

        assertTrue(refused(file).problem().contains("文件为空"));
    }

    @Test
    void binaryGarbageNamedDocxIsRefused() throws Exception {
        byte[] garbage = new byte[4096];
        new Random(7).nextBytes(garbage);
        Path file = Files.write(dir.resolve("garbage.docx"), garbage);

        assertTrue(refused(file).problem().contains("不是有效的 Word 文档"));
    }

    @Test
    void garbageBehindAZipSignatureIsRefusedAsCorrupt() throws Exception {
        byte[] garbage = new byte[4096];
        new Random(8).nextBytes(garbage);
        garbage[0] = 'P';
        garbage[1] = 'K';
        garbage[2] = 3;
        garbage[3] = 4;
        Path file = Files.write(dir.resolve("pk-garbage.docx"), garbage);

        assertTrue(refused(file).problem().contains("已损坏或不完整"));
    }

    @Test
    void truncatedDocxIsRefusedAsCorrupt() throws Exception {
        byte[] whole = Files.readAllBytes(validDocx("whole.docx"));
        Path file = Files.write(dir.resolve("truncated.docx"), Arrays.copyOf(whole, whole.length * 3 / 5));

        assertTrue(refused(file).problem().contains("已损坏或不完整"));
    }

    @Test
    void zipWithoutAWordDocumentIsRefused() throws Exception {
        Path file = zip("notword.docx", Map.of("readme.txt", "hello".getBytes(StandardCharsets.UTF_8)));

        assertTrue(refused(file).problem().contains("没有 word/document.xml"));
    }

    @Test
    void excelWorkbookNamedDocxIsRefusedAsExcel() throws Exception {
        Path file = zip("book.docx", Map.of("[Content_Types].xml", "<Types/>".getBytes(StandardCharsets.UTF_8),
                "xl/workbook.xml", "<workbook/>".getBytes(StandardCharsets.UTF_8)));

        assertTrue(refused(file).problem().contains("Excel"));
    }

    @Test
    void encryptedWordFileIsRefusedWithTheReason() throws Exception {
        byte[] ole = new byte[1024];
        byte[] magic = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        System.arraycopy(magic, 0, ole, 0, magic.length);
        Path file = Files.write(dir.resolve("加密.docx"), ole);

        // PlanReaders refuses it for its signature; the reader itself says why when called directly
        InputRejectedException e = assertThrows(InputRejectedException.class, () -> new DocxReader().read(file));
        assertEquals("加密.docx", e.fileName());
        assertTrue(e.problem().contains("加密"), e.problem());
    }

    /** 300 MB of zeros deflate to about 300 KB: refused on its ratio after a few MB are inflated. */
    @Test
    void zipBombOfZerosIsRefusedWithoutInflatingIt() throws Exception {
        Path file = bomb("bomb.docx", 300);
        assertTrue(Files.size(file) < 1_000_000, "the bomb itself is small: " + Files.size(file));

        long before = System.nanoTime();
        InputRejectedException e = refused(file);

        assertTrue(e.problem().contains("压缩炸弹"), e.problem());
        assertTrue(e.problem().contains("word/document.xml"), e.problem());
        assertTrue(System.nanoTime() - before < 5_000_000_000L, "stopped early, not after inflating everything");
    }

    /** The central directory claims 1000 bytes; the guard counts what actually comes out. */
    @Test
    void zipBombWithLyingDeclaredSizeIsStillRefused() throws Exception {
        Path file = bomb("liar.docx", 300);
        byte[] bytes = Files.readAllBytes(file);
        int patched = patchCentralDirectorySize(bytes, "word/document.xml", 1000);
        assertEquals(1, patched);
        Files.write(file, bytes);

        assertTrue(refused(file).problem().contains("压缩炸弹"));
    }

    /**
     * Many entries compressed at a plausible 60:1, together over the 256 MB limit: refused on the
     * total as soon as it is passed. The file is about 5 MB.
     */
    @Test
    void manyModeratelyCompressedEntriesOverTheTotalLimitAreRefused() throws Exception {
        Path file = dir.resolve("big-total.docx");
        Random random = new Random(3);
        byte[] chunk = new byte[64 * 1024];
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            putMinimalWord(out);
            for (int i = 0; i < 17; i++) { // 17 × 16 MB = 272 MB
                out.putNextEntry(new ZipEntry("word/media/image" + i + ".bin"));
                for (int k = 0; k < 256; k++) {
                    Arrays.fill(chunk, (byte) 0);
                    for (int j = 0; j < 1100; j++) {
                        chunk[j] = (byte) random.nextInt();
                    }
                    out.write(chunk);
                }
                out.closeEntry();
            }
        }
        assertTrue(Files.size(file) < 8_000_000, "a few MB: " + Files.size(file));

        InputRejectedException e = refused(file);

        assertTrue(e.problem().contains("256 MB"), e.problem());
    }

    @Test
    void tooManyEntriesAreRefused() throws Exception {
        Path file = dir.resolve("entries.docx");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            putMinimalWord(out);
            for (int i = 0; i < 10_001; i++) {
                out.putNextEntry(new ZipEntry("word/x/" + i + ".xml"));
                out.closeEntry();
            }
        }

        assertTrue(refused(file).problem().contains("部件"));
    }

    @Test
    void xmlBeyondTheXmlLimitIsRefusedEvenWhenTheTotalIsFine() throws Exception {
        Path file = dir.resolve("much-xml.docx");
        StringBuilder xml = new StringBuilder("<w:document xmlns:w=\"" + DocxFixture.W + "\"><w:body>");
        Random random = new Random(5);
        while (xml.length() < 3_000_000) {
            xml.append("<w:p><w:r><w:t>").append(random.nextLong()).append("</w:t></w:r></w:p>");
        }
        xml.append("</w:body></w:document>");
        replaceEntries(validDocx("base.docx"), file, Map.of("word/document.xml", xml.toString().getBytes(StandardCharsets.UTF_8)));
        PackageGuard small = new PackageGuard(256L << 20, 2L << 20, 10_000, 4L << 20, 100);

        InputRejectedException e = assertThrows(InputRejectedException.class, () -> new DocxReader(small).read(file));

        assertTrue(e.problem().contains("XML"), e.problem());
    }

    @Test
    void externalEntityInTheDocumentIsRefusedAndTheSecretNeverShows() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), SECRET);
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>"
                + documentWith("&xxe;");
        Path file = dir.resolve("xxe.docx");
        replaceEntries(validDocx("base.docx"), file, Map.of("word/document.xml", xml.getBytes(StandardCharsets.UTF_8)));

        assertRefusedWithoutSecret(file, "word/document.xml");
    }

    @Test
    void externalEntityInUtf16IsRefusedToo() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), SECRET);
        String xml = "\ufeff<?xml version=\"1.0\" encoding=\"UTF-16\" standalone=\"yes\"?>\n"
                + "<!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>"
                + documentWith("&xxe;");
        Path file = dir.resolve("xxe16.docx");
        replaceEntries(validDocx("base.docx"), file, Map.of("word/document.xml", xml.getBytes(StandardCharsets.UTF_16LE)));

        assertRefusedWithoutSecret(file, "word/document.xml");
    }

    /** A long comment pushes the declaration across the scanner's 64 KB buffer boundary. */
    @Test
    void externalEntityBehindALongCommentInAnotherPartIsRefused() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), SECRET);
        String styles = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><!--" + "x".repeat(65_530) + "-->"
                + "<!DOCTYPE w:styles [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>"
                + "<w:styles xmlns:w=\"" + DocxFixture.W + "\"><w:style w:styleId=\"&xxe;\"/></w:styles>";
        Path file = dir.resolve("xxe-styles.docx");
        replaceEntries(validDocx("base.docx"), file, Map.of("word/styles.xml", styles.getBytes(StandardCharsets.UTF_8)));

        assertRefusedWithoutSecret(file, "word/styles.xml");
    }

    private void assertRefusedWithoutSecret(Path file, String part) {
        InputRejectedException e = refused(file);
        assertTrue(e.problem().contains("DOCTYPE"), e.problem());
        assertTrue(e.problem().contains(part), e.problem());
        for (Throwable t = e; t != null; t = t.getCause()) {
            assertFalse(String.valueOf(t.getMessage()).contains(SECRET), "secret leaked in " + t);
        }
    }

    private static String documentWith(String text) {
        return "<w:document xmlns:w=\"" + DocxFixture.W + "\"><w:body><w:p><w:r><w:t>" + text
                + "</w:t></w:r></w:p></w:body></w:document>";
    }

    /** [Content_Types].xml plus a word/document.xml of {@code megabytes} MB of zeros. */
    private Path bomb(String name, int megabytes) throws IOException {
        Path file = dir.resolve(name);
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            out.putNextEntry(new ZipEntry("[Content_Types].xml"));
            out.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
            out.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < megabytes; i++) {
                out.write(zeros);
            }
            out.closeEntry();
        }
        return file;
    }

    private static void putMinimalWord(ZipOutputStream out) throws IOException {
        out.putNextEntry(new ZipEntry("[Content_Types].xml"));
        out.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>".getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
        out.putNextEntry(new ZipEntry("word/document.xml"));
        out.write(documentWith("正文").getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
    }

    private Path zip(String name, Map<String, byte[]> entries) throws IOException {
        Path file = dir.resolve(name);
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                out.write(e.getValue());
                out.closeEntry();
            }
        }
        return file;
    }

    /** Copies a package, replacing the named entries' content. */
    private static void replaceEntries(Path from, Path to, Map<String, byte[]> replacements) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(from));
                OutputStream os = Files.newOutputStream(to);
                ZipOutputStream out = new ZipOutputStream(os)) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                out.putNextEntry(new ZipEntry(e.getName()));
                byte[] content = replacements.containsKey(e.getName()) ? replacements.get(e.getName()) : readAll(in);
                out.write(content);
                out.closeEntry();
            }
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        in.transferTo(buffer);
        return buffer.toByteArray();
    }

    /** Overwrites the uncompressed size the central directory declares for one entry. */
    private static int patchCentralDirectorySize(byte[] zip, String entryName, int size) {
        byte[] name = entryName.getBytes(StandardCharsets.UTF_8);
        int patched = 0;
        for (int i = 0; i + 46 + name.length <= zip.length; i++) {
            if (zip[i] == 'P' && zip[i + 1] == 'K' && zip[i + 2] == 1 && zip[i + 3] == 2) {
                int nameLength = (zip[i + 28] & 0xff) | (zip[i + 29] & 0xff) << 8;
                if (nameLength == name.length && Arrays.equals(Arrays.copyOfRange(zip, i + 46, i + 46 + nameLength), name)) {
                    zip[i + 24] = (byte) size;
                    zip[i + 25] = (byte) (size >> 8);
                    zip[i + 26] = (byte) (size >> 16);
                    zip[i + 27] = (byte) (size >> 24);
                    patched++;
                }
            }
        }
        return patched;
    }
}
