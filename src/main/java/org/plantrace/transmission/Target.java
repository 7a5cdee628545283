package org.plantrace.transmission;

import java.util.Objects;

/** The township (王庄堡镇) or detailed-plan unit a checklist binds, by its canonical name. */
public record Target(TargetKind kind, String name) {
    public Target {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
    }
}
