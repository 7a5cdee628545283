package org.plantrace.spatial.validation;

/** The rules, with ids that never change meaning (new rules get new ids). */
public enum GeometryRule {
    SP001("invalid-geometry", Severity.ERROR, "几何无效（自相交等）/ invalid geometry (self-intersection, bad ring)"),
    SP002("empty-geometry", Severity.ERROR, "几何为空 / empty geometry"),
    SP003("outside-county", Severity.ERROR, "超出县域 / lies outside the county"),
    SP004("overlap-within-layer", Severity.ERROR, "同一图层要素重叠 / features of a layer that forbids it overlap"),
    SP005("partition-gap", Severity.ERROR, "乡镇未覆盖全县 / townships leave part of the county uncovered"),
    SP006("control-lines-overlap", Severity.ERROR, "三条控制线交叉重叠 / two control lines overlap"),
    SP007("outside-container", Severity.ERROR, "超出所属图层 / lies outside the layer it must lie within"),
    SP008("not-checked", Severity.INFO, "缺少参照图层，未检查 / reference layer missing: not checked");

    /** How bad a finding is. */
    public enum Severity { ERROR, WARNING, INFO }

    private final String slug;
    private final Severity severity;
    private final String title;

    GeometryRule(String slug, Severity severity, String title) {
        this.slug = slug;
        this.severity = severity;
        this.title = title;
    }

    public String slug() {
        return slug;
    }

    public Severity severity() {
        return severity;
    }

    public String title() {
        return title;
    }
}
