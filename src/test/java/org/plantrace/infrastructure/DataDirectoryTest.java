package org.plantrace.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirectoryTest {
    @TempDir
    Path tmp;

    @Test
    void createsAMissingDirectory() {
        Path dir = tmp.resolve("a/b/data");
        DataDirectory data = DataDirectory.at(dir);
        assertTrue(Files.isDirectory(dir));
        assertEquals(dir.toAbsolutePath(), data.root());
        assertTrue(data.database().startsWith(data.root()));
        assertEquals(0, dir.toFile().list().length, "the write probe is cleaned up");
    }

    @Test
    void thePropertyWinsOverTheEnvironmentWhichWinsOverTheDefault() {
        Path fromProperty = tmp.resolve("prop");
        Path fromEnv = tmp.resolve("env");
        assertEquals(fromProperty, DataDirectory.fromSettings(
                key -> key.equals(DataDirectory.PROPERTY) ? fromProperty.toString() : null,
                Map.of(DataDirectory.ENV, fromEnv.toString())).root());
        assertEquals(fromEnv, DataDirectory.fromSettings(key -> null,
                Map.of(DataDirectory.ENV, fromEnv.toString())).root());
        assertEquals(fromEnv, DataDirectory.fromSettings(key -> " ",
                Map.of(DataDirectory.ENV, fromEnv.toString())).root(), "a blank setting counts as unset");
    }

    @Test
    void aPathThatCannotBeADirectoryIsRefusedWithItsName() throws IOException {
        Path file = Files.writeString(tmp.resolve("occupied"), "x");
        DataDirectoryException e = assertThrows(DataDirectoryException.class,
                () -> DataDirectory.at(file.resolve("data")));
        assertTrue(e.getMessage().contains(file.resolve("data").toString()), e.getMessage());
        assertTrue(e.getMessage().contains(DataDirectory.ENV), e.getMessage());
        assertEquals(1, e.getMessage().lines().count());
    }
}
