package org.plantrace.web.view;

import org.plantrace.spatial.LayerKind;

/**
 * A spatial feature a clause is linked to: a layer and, when the clause names one feature of it (a
 * township), that feature's name; {@code feature} null means the whole layer (生态保护红线).
 */
public record MapRef(LayerKind layer, String feature) {
    public static MapRef wholeLayer(LayerKind layer) {
        return new MapRef(layer, null);
    }
}
