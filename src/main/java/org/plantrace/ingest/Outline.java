package org.plantrace.ingest;

import java.util.ArrayList;
import java.util.List;
import org.plantrace.domain.clause.Clause;

/**
 * What every reader produces: the document title, its top-level clauses and the parse report.
 * Identifiers are not set here; {@link org.plantrace.domain.clause.ClauseTree#assignPathIds} and
 * the durable-id matcher add them.
 */
public final class Outline {
    private final String title;
    private final List<Clause> clauses;
    private final List<ParseWarning> warnings;

    public Outline(String title, List<Clause> clauses, List<ParseWarning> warnings) {
        this.title = title == null ? "" : title;
        this.clauses = new ArrayList<>(clauses);
        this.warnings = new ArrayList<>(warnings);
    }

    public String title() {
        return title;
    }

    public List<Clause> clauses() {
        return clauses;
    }

    public List<ParseWarning> warnings() {
        return warnings;
    }
}
