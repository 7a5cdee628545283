package org.plantrace.domain.compare;

/** Why a change matters legally: how it touches a mandatory provision (强制性内容). */
public enum MandatoryChange {
    /** A mandatory clause was added. */
    ADDED("新增强制性条款"),
    /** A mandatory clause was removed. */
    REMOVED("删除强制性条款"),
    /** The clause became mandatory or stopped being mandatory. */
    FLAG("强制性标记变化"),
    /** The underlined (mandatory) range grew, shrank or moved to other words. */
    SPANS("强制性范围变化"),
    /** Characters inside an underlined (mandatory) range were inserted or deleted. */
    TEXT_IN_SPAN("强制性文字修改");

    private final String label;

    MandatoryChange(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
