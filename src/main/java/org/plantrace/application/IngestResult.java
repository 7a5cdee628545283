package org.plantrace.application;

import java.util.List;
import org.plantrace.domain.plan.Plan;
import org.plantrace.domain.plan.VersionStatus;
import org.plantrace.ingest.ParseWarning;
import org.plantrace.ingest.identity.IdReport;

/**
 * What an ingest stored.
 *
 * @param version     the new version's number
 * @param clauseCount every clause of the tree, at any depth
 * @param warnings    the reader's parse report
 * @param ids         how many durable ids were carried over from the previous version
 */
public record IngestResult(Plan plan, int version, VersionStatus status, int clauseCount,
        List<ParseWarning> warnings, IdReport ids) {
    public IngestResult {
        warnings = List.copyOf(warnings);
    }
}
