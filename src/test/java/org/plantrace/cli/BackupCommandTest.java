package org.plantrace.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plantrace.cli.SearchCommandTest.Run;

/**
 * {@code backup}: the zip holds the database, and a data folder restored from it lists the same
 * plans; an existing file, a folder without a database and a PostgreSQL store are refused with
 * what to do, exit 2, nothing written.
 */
class BackupCommandTest {
    @TempDir
    Path tmp;

    @Test
    void aBackupRestoresToTheSamePlans() throws Exception {
        String data = tmp.resolve("data").toString();
        assertEquals(0, SearchCommandTest.run("ingest", "corpus/hunyuan", "--data", data, "--publish").code());
        Path zip = tmp.resolve("备份 1.zip");
        Run backup = SearchCommandTest.run("backup", "--out", zip.toString(), "--data", data);
        assertEquals(0, backup.code(), backup.err());
        assertTrue(backup.out().contains("已备份到"), backup.out());

        Path restored = tmp.resolve("restored");
        Files.createDirectories(restored.resolve("db"));
        try (InputStream in = Files.newInputStream(zip); ZipInputStream z = new ZipInputStream(in)) {
            ZipEntry e;
            boolean found = false;
            while ((e = z.getNextEntry()) != null) {
                if (e.getName().endsWith(".mv.db")) {
                    Files.copy(z, restored.resolve("db").resolve(Path.of(e.getName()).getFileName()));
                    found = true;
                }
            }
            assertTrue(found, "the zip holds the H2 database file");
        }
        assertEquals(SearchCommandTest.run("plans", "--data", data).out(), SearchCommandTest.run("plans", "--data", restored.toString()).out());

        Run exists = SearchCommandTest.run("backup", "--out", zip.toString(), "--data", data);
        assertEquals(2, exists.code());
        assertTrue(exists.err().contains("已存在"), exists.err());
    }

    @Test
    void refusalsSayWhatToDo() throws Exception {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        Run none = SearchCommandTest.run("backup", "--out", tmp.resolve("a.zip").toString(), "--data", empty.toString());
        assertEquals(2, none.code());
        assertTrue(none.err().contains("没有数据库"), none.err());
        assertFalse(Files.exists(empty.resolve("db")), "no empty database made");

        Files.writeString(empty.resolve("database.properties"), "url=jdbc:postgresql://localhost/x\n");
        Run pg = SearchCommandTest.run("backup", "--out", tmp.resolve("b.zip").toString(), "--data", empty.toString());
        assertEquals(2, pg.code());
        assertTrue(pg.err().contains("pg_dump"), pg.err());

        Run notZip = SearchCommandTest.run("backup", "--out", tmp.resolve("c.tar").toString(), "--data", empty.toString());
        assertEquals(1, notZip.code());
    }
}
