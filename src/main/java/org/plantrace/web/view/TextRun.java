package org.plantrace.web.view;

/**
 * A stretch of a paragraph with one set of marks: mandatory (underlined in the source), part of an
 * indicator's value ({@code indicator} is its row number, from 1, else 0), and the gazetteer entity
 * it names ({@code entity} is the entity id, else null). The marks are derived from the text, so a
 * run carries them for display only.
 */
public record TextRun(String text, boolean mandatory, int indicator, String entity) {

    /** A run with no links: the reading pages before links, and the mandatory-only tests. */
    public TextRun(String text, boolean mandatory) {
        this(text, mandatory, 0, null);
    }

    /** True when the run is plain text, so the page writes it without a wrapping element. */
    public boolean plain() {
        return !mandatory && indicator == 0 && entity == null;
    }

    /** The CSS classes of the run's element: mandatory-text, indicator-value, entity-mention. */
    public String cssClass() {
        StringBuilder s = new StringBuilder();
        if (mandatory) {
            s.append("mandatory-text");
        }
        if (indicator > 0) {
            s.append(s.isEmpty() ? "" : " ").append("indicator-value");
        }
        if (entity != null) {
            s.append(s.isEmpty() ? "" : " ").append("entity-mention");
        }
        return s.toString();
    }
}
