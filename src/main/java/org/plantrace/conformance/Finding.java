package org.plantrace.conformance;

import java.util.List;

/**
 * One verdict of a review, shaped as the JSON of the {@code review} command.
 *
 * @param status          the verdict
 * @param category        the checklist category (or 清单外 for findings beyond the checklist)
 * @param requirement     the checklist item's text (or the county sentence contradicted)
 * @param mandatory       from a mandatory county clause
 * @param severity        严重 for a violated mandatory item, 一般 for other problems, 无 when met
 * @param countyClauses   the county clauses the item comes from
 * @param townshipClauses the township clauses the verdict rests on
 * @param evidence        the township words the verdict rests on (empty when nothing carries it)
 * @param reason          the comparison in words, values compared (220 平方米/人 > 200 平方米/人)
 * @param rule            the derivation rule of the item and the review rule that decided, e.g. d-village-land/quantity
 * @param figures         for a quantity, the figures compared (the indicator table's columns); null otherwise
 */
public record Finding(Verdict status, String category, String requirement, boolean mandatory, String severity,
        List<CountyCite> countyClauses, List<TownshipCite> townshipClauses, String evidence, String reason, String rule,
        Figures figures) {
    public static final String SEVERE = "严重";
    public static final String ORDINARY = "一般";
    public static final String NONE = "无";

    public Finding {
        countyClauses = List.copyOf(countyClauses);
        townshipClauses = List.copyOf(townshipClauses);
    }

    /** A finding without figures (anything but a quantity). */
    public Finding(Verdict status, String category, String requirement, boolean mandatory, String severity,
            List<CountyCite> countyClauses, List<TownshipCite> townshipClauses, String evidence, String reason, String rule) {
        this(status, category, requirement, mandatory, severity, countyClauses, townshipClauses, evidence, reason, rule, null);
    }

    /** A county clause: durable id (its citable address), path id and text. */
    /**
     * A county clause: durable id, path id, text, and its citation as a review opinion writes it
     * (《浑源县国土空间总体规划（2021—2035年）》第十六条（第三章第一节）, issue #14.1).
     */
    public record CountyCite(String uid, String path, String text, String citation) {
        public CountyCite {
            citation = citation == null ? "" : citation;
        }

        public CountyCite(String uid, String path, String text) {
            this(uid, path, text, "");
        }

        /** The citation for people, or the path id where there is none. */
        public String cited() {
            return citation.isBlank() ? path : citation;
        }
    }

    /** A township clause: path id, heading and text. */
    public record TownshipCite(String id, String heading, String text) {
    }

    static String severityOf(Verdict v, boolean mandatory) {
        if (v == Verdict.MET) {
            return NONE;
        }
        return v == Verdict.VIOLATED && mandatory ? SEVERE : ORDINARY;
    }
}
