package org.plantrace.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding the gazetteer: -Dplantrace.corpus, else ./corpus; absent means empty, not failure. */
class GazetteerLocatorTest {
    @TempDir
    Path tmp;

    @AfterEach
    void clear() {
        System.clearProperty("plantrace.corpus");
    }

    @Test
    void defaultIsTheWorkingDirectorysCorpus() {
        assertEquals(Optional.of(Path.of("corpus/hunyuan/gazetteer.tsv")), GazetteerLocator.locate());
    }

    @Test
    void systemPropertyNamesTheCorpusFolder() throws Exception {
        Files.createDirectories(tmp.resolve("hunyuan"));
        Files.writeString(tmp.resolve("hunyuan/gazetteer.tsv"), Fixtures.HEADER + "a\t永安镇\ttown\t\t\t\t\n");
        System.setProperty("plantrace.corpus", tmp.toString());
        assertEquals(1, GazetteerLocator.loadOrEmpty().entities().size());
    }

    @Test
    void noGazetteerIsAnEmptyOne() {
        System.setProperty("plantrace.corpus", tmp.resolve("missing").toString());
        assertTrue(GazetteerLocator.locate().isEmpty());
        assertTrue(GazetteerLocator.loadOrEmpty().isEmpty());
    }
}
