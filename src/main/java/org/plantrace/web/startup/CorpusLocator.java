package org.plantrace.web.startup;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the corpus folder: the system property {@code plantrace.corpus} if set, else
 * {@code corpus/} in the working directory, which is the project folder under {@code mvn jetty:run}.
 */
public final class CorpusLocator {
    public static final String PROPERTY = "plantrace.corpus";

    private CorpusLocator() {
    }

    public static Path corpusRoot() {
        String configured = System.getProperty(PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        return Path.of("corpus").toAbsolutePath().normalize();
    }

    /** The folder of one plan inside the corpus, e.g. {@code hunyuan}; checked to exist. */
    public static Path planFolder(String name) throws java.io.FileNotFoundException {
        Path folder = corpusRoot().resolve(name);
        if (!Files.isDirectory(folder)) {
            throw new java.io.FileNotFoundException("找不到规划资料目录 " + folder
                    + "（可用系统属性 -D" + PROPERTY + "=… 指定 corpus 目录）");
        }
        return folder;
    }
}
