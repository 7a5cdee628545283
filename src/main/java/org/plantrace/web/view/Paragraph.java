package org.plantrace.web.view;

import java.util.List;

/** One paragraph of a clause's own text, as runs. */
public record Paragraph(List<TextRun> runs) {
    public Paragraph {
        runs = List.copyOf(runs);
    }

    /** True when any run is mandatory, so the page can mark the paragraph in the margin too. */
    public boolean hasMandatory() {
        return runs.stream().anyMatch(TextRun::mandatory);
    }
}
