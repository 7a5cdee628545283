package org.plantrace.web.view;

import java.util.List;

/** The entities of one type a clause names (乡镇, 控制线 …), in order of first mention. */
public record EntityGroup(String type, List<EntityChip> entities) {
    public EntityGroup {
        entities = List.copyOf(entities);
    }
}
