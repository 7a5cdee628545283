package org.plantrace.domain.compare;

/**
 * What happened to a clause between two versions. A clause can have several kinds at once (moved
 * and text changed); {@link #UNCHANGED} stands alone.
 */
public enum ChangeKind {
    /** Only in the newer version. */
    ADDED("新增"),
    /** Only in the older version. */
    REMOVED("删除"),
    /** Its parent changed, or it changed places with its siblings. */
    MOVED("移动"),
    /**
     * Its number or path id changed although it did not move itself: a sibling was inserted or
     * deleted before it. A moved clause is not also called renumbered; its new number is shown.
     */
    RENUMBERED("重新编号"),
    /** Its heading or text changed. */
    TEXT_CHANGED("文字修改"),
    /** Nothing of the above, and its mandatory marking is the same. */
    UNCHANGED("未变化");

    private final String label;

    ChangeKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
