package org.plantrace.ingest.text;

import java.nio.file.Path;
import org.plantrace.ingest.InputRejectedException;
import org.plantrace.ingest.Outline;
import org.plantrace.ingest.PlanReader;

/** Reads plain-text plan documents. (Hierarchy recovery being written.) */
public final class TextReader implements PlanReader {
    @Override
    public Outline read(Path file) throws InputRejectedException {
        throw new InputRejectedException(file.getFileName().toString(), "暂不支持");
    }

    /** Parses already-decoded text; {@code sourceName} names it in the parse report. */
    public Outline parse(String text, String sourceName) {
        throw new UnsupportedOperationException("being written");
    }
}
