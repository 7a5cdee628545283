package org.plantrace.transmission;

/** What a checklist is for: a township plan or a detailed-plan unit. */
public enum TargetKind {
    TOWNSHIP("乡镇国土空间总体规划"),
    UNIT("详细规划单元");

    private final String label;

    TargetKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
