package org.plantrace.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plantrace.infrastructure.DataDirectory;
import org.plantrace.infrastructure.DataDirectoryException;

/** The database is chosen by configuration: JVM property, then environment, then the data folder's file, else H2. */
class DatabaseSettingsTest {
    static final String PG = "jdbc:postgresql://db.example:5432/plans";

    @TempDir
    Path dir;

    @Test
    void withoutSettingsTheDataFoldersH2FileWithDurableCommits() {
        DatabaseSettings s = DatabaseSettings.of(DataDirectory.at(dir), k -> null, Map.of());
        assertTrue(s.embedded());
        assertTrue(s.url().startsWith("jdbc:h2:file:" + dir.toAbsolutePath()), s.url());
        assertTrue(s.url().endsWith(";WRITE_DELAY=0"), "durable commits stay on (issue #15.1)");
        assertEquals("H2", s.kind());
        assertFalse(s.jpaProperties().containsKey("eclipselink.target-database"), "H2 comes from persistence.xml");
    }

    @Test
    void propertyBeatsEnvironmentBeatsFile() throws Exception {
        Files.writeString(dir.resolve(DatabaseSettings.FILE), "url=" + PG + "/file\nuser=fromfile\npassword=p1\n");
        DataDirectory data = DataDirectory.at(dir);
        assertEquals(PG + "/file", DatabaseSettings.of(data, k -> null, Map.of()).url());
        assertEquals("fromfile", DatabaseSettings.of(data, k -> null, Map.of()).user());
        DatabaseSettings env = DatabaseSettings.of(data, k -> null,
                Map.of(DatabaseSettings.ENV_URL, PG + "/env", DatabaseSettings.ENV_USER, "fromenv"));
        assertEquals(PG + "/env", env.url());
        assertEquals("fromenv", env.user());
        assertEquals("p1", env.password(), "a setting not given at a higher level falls through to the file");
        DatabaseSettings prop = DatabaseSettings.of(data, k -> k.equals("plantrace.db.url") ? PG + "/prop" : null,
                Map.of(DatabaseSettings.ENV_URL, PG + "/env"));
        assertEquals(PG + "/prop", prop.url());
        assertTrue(prop.postgresql());
        assertEquals("PostgreSQL", prop.kind());
        assertEquals("org.eclipse.persistence.platform.database.PostgreSQLPlatform",
                prop.jpaProperties().get("eclipselink.target-database"));
    }

    @Test
    void anotherKindOfDatabaseIsRefusedWithWhatToDo() {
        DataDirectoryException e = assertThrows(DataDirectoryException.class, () -> DatabaseSettings.of(DataDirectory.at(dir),
                k -> null, Map.of(DatabaseSettings.ENV_URL, "jdbc:mysql://x/y")));
        assertTrue(e.getMessage().contains("jdbc:mysql://x/y") && e.getMessage().contains("jdbc:postgresql://"), e.getMessage());
    }

    @Test
    void aBrokenSettingsFileIsNamed() throws Exception {
        Files.write(dir.resolve(DatabaseSettings.FILE), "url=\\uZZZZ\n".getBytes(StandardCharsets.UTF_8));
        DataDirectoryException e = assertThrows(DataDirectoryException.class,
                () -> DatabaseSettings.of(DataDirectory.at(dir), k -> null, Map.of()));
        assertTrue(e.getMessage().contains(DatabaseSettings.FILE), e.getMessage());
    }

    @Test
    void aPasswordInTheUrlIsNotShown() {
        DatabaseSettings s = new DatabaseSettings(PG + "?user=a&password=secret&ssl=true", null, null);
        assertFalse(s.shown().contains("secret"), s.shown());
        assertTrue(s.shown().contains("ssl=true"));
    }
}
