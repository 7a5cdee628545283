package org.plantrace.extract.entity;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One gazetteer entry: a township, river, protected area, control line, facility type … with the
 * facts the plan states about it. {@code parent} is the id of the entity it lies in or narrows (or
 * null); {@code source} says where the entry comes from (plan lines, or "illustrative").
 */
public record Entity(String id, String name, EntityType type, List<Variant> variants, String parent,
        Map<String, String> facts, String source) {
    public Entity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        variants = List.copyOf(variants);
        facts = Collections.unmodifiableMap(new LinkedHashMap<>(facts)); // keeps the file's order
        source = source == null ? "" : source;
    }

    public String fact(String key) {
        return facts.get(key);
    }
}
