package org.plantrace.application.chain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.plantrace.extract.entity.Entity;
import org.plantrace.extract.entity.EntityLinker;
import org.plantrace.extract.entity.Gazetteer;
import org.plantrace.extract.entity.Mention;
import org.plantrace.extract.entity.Variant;

/**
 * The township-level units (镇 and 乡) of a parent plan's gazetteer: the jurisdictions its lower
 * plans may cover. A name resolves through every spelling the gazetteer knows, so 东方城乡 (the
 * typo the Hunyuan plan writes once) is 东坊城乡.
 */
public final class Townships {
    private final Gazetteer gazetteer;

    public Townships(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** In the gazetteer's order. */
    public List<Entity> all() {
        return gazetteer.entities().stream().filter(e -> e.type().townshipLevel()).toList();
    }

    /** The township whose canonical name or any variant is {@code written} (trimmed), if any. */
    public Optional<Entity> resolve(String written) {
        String wanted = written == null ? "" : written.strip();
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        return all().stream().filter(e -> e.name().equals(wanted)
                || e.variants().stream().map(Variant::text).anyMatch(wanted::equals)).findFirst();
    }

    /** The distinct townships a title names, in the order it names them. */
    public List<Entity> namedIn(String title) {
        List<Entity> out = new ArrayList<>();
        for (Mention m : new EntityLinker(gazetteer).link(title == null ? "" : title)) {
            if (m.entity().type().townshipLevel() && !out.contains(m.entity())) {
                out.add(m.entity());
            }
        }
        return out;
    }

    /** "永安镇、西坊城镇、…" for messages. */
    public String names() {
        return String.join("、", all().stream().map(Entity::name).toList());
    }
}
