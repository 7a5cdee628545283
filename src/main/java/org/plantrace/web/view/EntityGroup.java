package org.plantrace.web.view;

import java.util.List;

/** The entities of one type a clause names (乡镇, 控制线 …), in order of first mention. */
public record EntityGroup(org.plantrace.extract.entity.EntityType kind, List<EntityChip> entities) {
    public EntityGroup {
        entities = List.copyOf(entities);
    }

    /**
     * The group's name in the reader's language; 镇 and 乡 read as one group, 乡镇, as the plan counts
     * them together on the map too. Looked up when the page reads it: groups are built once per version.
     */
    public String type() {
        return kind.townshipLevel() ? org.plantrace.web.i18n.Texts.in("org.plantrace.web.i18n.Links", "links.group.townships")
                : org.plantrace.web.i18n.Words.here(kind);
    }
}
