package org.plantrace.defaults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plantrace.search.analysis.Vocabulary;
import org.plantrace.transmission.DerivationRules;

/** The default dictionaries, rules and templates travel with the program and read like the files on disk. */
class PackagedDefaultsTest {
    @Test
    void theCarriedCopiesAreTheProjectFiles() throws Exception {
        for (String file : List.of("corpus/search/planning-terms.txt", "corpus/search/synonyms.txt",
                "corpus/links/indicator-layers.tsv", "templates/transmission/rules.tsv",
                "templates/transmission/categories.tsv", "templates/checklist/checklist.xml")) {
            byte[] packaged = PackagedDefaults.bytes(file).orElseThrow(() -> new AssertionError("not carried: " + file));
            assertEquals(Files.readString(Path.of(file)), new String(packaged, java.nio.charset.StandardCharsets.UTF_8), file);
        }
        assertTrue(PackagedDefaults.bytes("corpus/hunyuan/hunyuan-2021-2035.txt").isEmpty(), "plan packages are not carried");
    }

    @Test
    void theCarriedTemplatesAndVocabularyReadAsAFolder() {
        Path templates = PackagedDefaults.folder("templates", List.of("transmission/rules.tsv",
                "transmission/categories.tsv", "checklist/checklist.xml"));
        assertFalse(DerivationRules.read(templates).toString().isEmpty());
        Path search = PackagedDefaults.folder("corpus/search", List.of(Vocabulary.TERMS_FILE, Vocabulary.SYNONYMS_FILE));
        assertFalse(Vocabulary.load(search).synonyms().words().isEmpty());
    }
}
