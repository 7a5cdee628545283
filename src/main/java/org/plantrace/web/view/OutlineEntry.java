package org.plantrace.web.view;

import java.util.List;

/** One entry of the plan's outline with its sub-entries. */
public record OutlineEntry(ClauseLink link, List<OutlineEntry> children) {
    public OutlineEntry {
        children = List.copyOf(children);
    }

    public boolean hasChildren() {
        return !children.isEmpty();
    }
}
