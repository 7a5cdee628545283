package org.plantrace.ingest.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plantrace.ingest.InputRejectedException;
import org.plantrace.ingest.PlanReaders;

/** Government text files come as UTF-8, UTF-8 with BOM and GB18030/GBK: all read the same. */
class TextEncodingTest {
    static String seed;
    static String expected;

    @TempDir
    Path dir;

    @BeforeAll
    static void readSeed() throws Exception {
        seed = Files.readString(HunyuanOutlineTest.SEED, StandardCharsets.UTF_8);
        expected = OutlineListing.of(new TextReader().parse(seed, "seed").clauses());
    }

    @Test
    void utf8WithByteOrderMark() throws Exception {
        byte[] body = seed.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        assertSameOutline(withBom);
    }

    @Test
    void gb18030() throws Exception {
        assertSameOutline(seed.getBytes(Charset.forName("GB18030")));
    }

    @Test
    void gbk() throws Exception {
        // The seed's characters all exist in GBK except none; encoding must round-trip exactly.
        Charset gbk = Charset.forName("GBK");
        assertTrue(gbk.newEncoder().canEncode(seed), "the seed should be expressible in GBK");
        assertSameOutline(seed.getBytes(gbk));
    }

    @Test
    void windowsLineEndings() throws Exception {
        assertSameOutline(seed.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void utf16WithByteOrderMark() throws Exception {
        byte[] body = seed.getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[body.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(body, 0, withBom, 2, body.length);
        assertSameOutline(withBom);
    }

    @Test
    void binaryGarbageNamedTxtIsRefused() throws Exception {
        byte[] garbage = new byte[64 * 1024];
        new Random(42).nextBytes(garbage);
        Path f = dir.resolve("plan.txt");
        Files.write(f, garbage);
        InputRejectedException e = assertThrows(InputRejectedException.class, () -> PlanReaders.read(f));
        assertTrue(e.getMessage().startsWith("plan.txt: "), e.getMessage());
    }

    @Test
    void textWithNulBytesIsRefused() throws Exception {
        Path f = dir.resolve("nul.txt");
        Files.write(f, "第一章 总则\u0000\u0000规划".getBytes(StandardCharsets.UTF_8));
        InputRejectedException e = assertThrows(InputRejectedException.class, () -> PlanReaders.read(f));
        assertTrue(e.getMessage().contains("nul.txt") && e.getMessage().contains("二进制"), e.getMessage());
    }

    @Test
    void emptyAndBlankFilesAreRefused() throws Exception {
        Path empty = dir.resolve("empty.txt");
        Files.write(empty, new byte[0]);
        InputRejectedException e = assertThrows(InputRejectedException.class, () -> PlanReaders.read(empty));
        assertTrue(e.getMessage().contains("empty.txt") && e.getMessage().contains("为空"), e.getMessage());
        Path blank = dir.resolve("blank.txt");
        Files.writeString(blank, "  \n\u3000\n");
        e = assertThrows(InputRejectedException.class, () -> PlanReaders.read(blank));
        assertTrue(e.getMessage().contains("blank.txt"), e.getMessage());
    }

    private void assertSameOutline(byte[] bytes) throws Exception {
        Path f = dir.resolve("plan.txt");
        Files.write(f, bytes);
        assertEquals(expected, OutlineListing.of(PlanReaders.read(f).clauses()));
    }
}
