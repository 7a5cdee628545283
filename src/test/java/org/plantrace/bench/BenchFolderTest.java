package org.plantrace.bench;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchFolderTest {
    @TempDir
    Path tmp;

    @Test
    void aFolderNoBenchMadeIsNeverEmptied() throws Exception {
        Path someonesWork = Files.createDirectories(tmp.resolve("work"));
        Files.writeString(someonesWork.resolve("notes.md"), "keep me");

        assertThrows(IllegalArgumentException.class, () -> BenchFolder.fresh(someonesWork));
        assertThrows(IllegalArgumentException.class, () -> BenchFolder.remove(someonesWork));
        assertTrue(Files.exists(someonesWork.resolve("notes.md")));
    }

    @Test
    void aBenchsOwnFolderIsEmptiedForTheNextRun() throws Exception {
        Path dir = BenchFolder.fresh(tmp.resolve("bench"));
        Files.createDirectories(dir.resolve("index"));
        Files.writeString(dir.resolve("index/segments_1"), "x");

        BenchFolder.fresh(dir);

        assertFalse(Files.exists(dir.resolve("index")));
        assertTrue(Files.exists(dir.resolve(BenchFolder.MARKER)));
        BenchFolder.remove(dir);
        assertFalse(Files.exists(dir));
    }

    @Test
    void anEmptyFolderMayBeUsed() throws Exception {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        BenchFolder.fresh(empty);
        assertTrue(Files.exists(empty.resolve(BenchFolder.MARKER)));
    }
}
