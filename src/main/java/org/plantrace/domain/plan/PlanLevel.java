package org.plantrace.domain.plan;

/** Where a plan sits in the hierarchy that transmission (传导) runs down. */
public enum PlanLevel {
    COUNTY("县级国土空间总体规划"),
    TOWNSHIP("乡镇国土空间总体规划"),
    DETAILED_UNIT("详细规划单元");

    private final String label;

    PlanLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
