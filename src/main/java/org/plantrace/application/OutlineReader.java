package org.plantrace.application;

import java.nio.file.Path;
import org.plantrace.domain.clause.ClauseTree;
import org.plantrace.ingest.InputRejectedException;
import org.plantrace.ingest.Outline;
import org.plantrace.ingest.PlanReaders;
import org.plantrace.ingest.identity.DurableIds;

/**
 * Reads a plan document into an outline whose clauses carry their path ids and first-import
 * durable ids: what {@code parse FILE} shows, with no database involved.
 */
public final class OutlineReader {
    private OutlineReader() {
    }

    public static Outline read(Path file) throws InputRejectedException {
        Outline outline = PlanReaders.read(file);
        ClauseTree.assignPathIds(outline.clauses());
        DurableIds.assignFresh(outline.clauses());
        return outline;
    }
}
