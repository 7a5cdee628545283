package org.plantrace.bench;

import java.nio.file.Path;

/** The Word and PDF part of {@link ParseBench}, once their renditions of the seed exist. */
final class ParseBenchRenditions {
    private ParseBenchRenditions() {
    }

    static void run(Path seedFile) {
        // filled in when the .docx and .pdf renditions land
    }
}
