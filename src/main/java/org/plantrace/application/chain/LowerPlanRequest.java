package org.plantrace.application.chain;

import java.nio.file.Path;
import java.util.Objects;
import org.plantrace.domain.plan.PlanLevel;

/**
 * A lower plan to bring in.
 *
 * @param document   the .txt, .docx or .pdf; its file name is the one every message names
 * @param parentCode the plan that transmits to it
 * @param township   the township as written (a variant such as 东方城乡 is accepted and resolved);
 *                   empty: the one township the document's title names
 * @param level      township (default), detailed or village
 * @param publish    store as published (needs PUBLISH) instead of as a draft
 */
public record LowerPlanRequest(Path document, String parentCode, String township, PlanLevel level, boolean publish) {
    public LowerPlanRequest {
        Objects.requireNonNull(document, "document");
        parentCode = parentCode == null ? "" : parentCode.strip();
        township = township == null ? "" : township.strip();
        level = level == null ? PlanLevel.TOWNSHIP : level;
    }
}
