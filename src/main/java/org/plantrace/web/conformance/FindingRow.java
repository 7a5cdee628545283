package org.plantrace.web.conformance;

import java.util.List;

/**
 * One finding as the review page shows it.
 *
 * @param number      序号 in the record
 * @param verdict     the effective verdict's code (met, violated …), for CSS and filters
 * @param verdictLabel the effective verdict in words
 * @param engineLabel the engine's verdict in words, empty when the effective one is the engine's
 * @param decision    the reviewer's decision in words, empty while undecided
 * @param decisionBy  who decided and when, empty while undecided
 * @param carried     the decision was carried over from an earlier review
 * @param added       a finding the reviewer added
 * @param county      the county clauses it comes from
 * @param township    the township clauses it rests on, the evidence highlighted
 */
public record FindingRow(int number, String verdict, String verdictLabel, String engineCode, String engineLabel,
        String category, String requirement, boolean mandatory, String severity, List<CountyView> county,
        List<TownshipView> township, String evidence, String reason, String rule, String decision, String decisionBy,
        boolean carried, boolean added) {

    /** A county clause: its citation and text, linked to its page in the reviewed county version. */
    public record CountyView(String citation, String text, String path) {
    }

    /**
     * A township clause, its text cut around the evidence so the page can mark it: {@code before},
     * {@code marked}, {@code after}; {@code marked} is empty when the evidence is not in this clause.
     */
    public record TownshipView(String id, String uid, String heading, String before, String marked, String after, String path) {
    }

    public boolean isDecided() {
        return !decision.isEmpty();
    }

    /** A violated mandatory item (严重). */
    public boolean isSevere() {
        return org.plantrace.conformance.Finding.SEVERE.equals(severity);
    }
}
