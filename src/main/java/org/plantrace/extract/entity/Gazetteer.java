package org.plantrace.extract.entity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The entities a plan may name, indexed by id and by every spelling. One spelling may belong to
 * two entities only when one of them holds it as a short form (千佛岭 the mountain, 千佛岭 short for
 * 千佛岭乡): context then decides. Any other clash is refused when the gazetteer is built.
 */
public final class Gazetteer {
    private final List<Entity> entities;
    private final Map<String, Entity> byId = new LinkedHashMap<>();
    private final NameTrie trie = new NameTrie();

    public Gazetteer(List<Entity> entities) {
        this.entities = List.copyOf(entities);
        for (Entity e : this.entities) {
            if (byId.put(e.id(), e) != null) {
                throw new IllegalArgumentException("重复的 id / duplicate id: " + e.id());
            }
        }
        Map<String, List<Name>> bySpelling = new LinkedHashMap<>();
        for (Entity e : this.entities) {
            if (e.parent() != null && !byId.containsKey(e.parent())) {
                throw new IllegalArgumentException(e.id() + " 的上级不存在 / unknown parent: " + e.parent());
            }
            bySpelling.computeIfAbsent(e.name(), k -> new ArrayList<>()).add(new Name(e, e.name(), VariantKind.CANONICAL));
            for (Variant v : e.variants()) {
                bySpelling.computeIfAbsent(v.text(), k -> new ArrayList<>()).add(new Name(e, v.text(), v.kind()));
            }
        }
        bySpelling.forEach((spelling, names) -> {
            long unconditional = names.stream().filter(n -> n.kind() != VariantKind.SHORT).count();
            if (unconditional > 1 || names.size() - unconditional > 1) {
                throw new IllegalArgumentException("名称归属不唯一 / spelling belongs to several entities: " + spelling);
            }
            names.forEach(trie::add);
        });
    }

    /** A gazetteer with no entries: linking finds nothing, and rules say they could not check. */
    public static Gazetteer empty() {
        return new Gazetteer(List.of());
    }

    public List<Entity> entities() {
        return Collections.unmodifiableList(entities);
    }

    public Optional<Entity> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public boolean isEmpty() {
        return entities.isEmpty();
    }

    NameTrie trie() {
        return trie;
    }
}
