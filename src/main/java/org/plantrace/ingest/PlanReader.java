package org.plantrace.ingest;

import java.nio.file.Path;

/** Reads one document format into the neutral outline. */
public interface PlanReader {

    /**
     * Reads the file. Never returns a half-read outline: either the whole document is in it
     * (problems go to the parse report) or the file is refused.
     *
     * @throws InputRejectedException the file cannot be read; the message names it and the problem
     */
    Outline read(Path file) throws InputRejectedException;
}
