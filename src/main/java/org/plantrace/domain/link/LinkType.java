package org.plantrace.domain.link;

/** The three kinds of link the Links issue names. */
public enum LinkType {
    /** A clause states an indicator: 耕地保有量 ≥ 73.39 万亩. */
    CLAUSE_INDICATOR("指标"),
    /** A clause names a place, line, zone or other gazetteer entity: 王庄堡镇, 生态保护红线. */
    CLAUSE_FEATURE("地名与要素"),
    /** An indicator of the clause measures a spatial layer: 生态保护红线面积 → the red-line layer. */
    INDICATOR_FEATURE("指标对应图层");

    private final String label;

    LinkType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
