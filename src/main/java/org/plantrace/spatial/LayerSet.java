package org.plantrace.spatial;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The layers of one plan, in a stable order (the order of {@link LayerKind}, then by name). */
public record LayerSet(List<Layer> layers) {
    public LayerSet {
        List<Layer> sorted = new ArrayList<>(layers);
        sorted.sort((a, b) -> a.kind() != b.kind() ? a.kind().compareTo(b.kind()) : a.name().compareTo(b.name()));
        layers = List.copyOf(sorted);
    }

    public Optional<Layer> get(LayerKind kind) {
        return layers.stream().filter(l -> l.kind() == kind).findFirst();
    }

    /** The longitude/latitude envelope of every feature. */
    public org.locationtech.jts.geom.Envelope envelope() {
        org.locationtech.jts.geom.Envelope e = new org.locationtech.jts.geom.Envelope();
        layers.forEach(l -> l.features().forEach(f -> e.expandToInclude(f.geometry().getEnvelopeInternal())));
        return e;
    }

    /** True when any layer is illustrative: a result from such a set must say so. */
    public boolean illustrative() {
        return layers.stream().anyMatch(Layer::illustrative);
    }
}
