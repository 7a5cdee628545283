package org.plantrace.spatial.validation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;
import org.plantrace.spatial.Feature;
import org.plantrace.spatial.Layer;
import org.plantrace.spatial.LayerKind;
import org.plantrace.spatial.LayerSet;
import org.plantrace.spatial.crs.EqualArea;

/**
 * Checks a layer set against the {@link GeometryRule} catalogue. The overlays run in
 * longitude/latitude; their results are measured in an equal-area projection centred on the set.
 * An overlap, gap or spill smaller than the tolerance (default {@link #DEFAULT_TOLERANCE_M2},
 * 0.01 公顷) is taken as digitising noise, not a finding.
 * Invalid features are reported once (SP001) and left out of the area rules, whose results on
 * invalid input would mean nothing.
 */
public final class GeometryValidator {
    public static final double DEFAULT_TOLERANCE_M2 = 100;

    private final double toleranceM2;

    public GeometryValidator() {
        this(DEFAULT_TOLERANCE_M2);
    }

    public GeometryValidator(double toleranceM2) {
        this.toleranceM2 = toleranceM2;
    }

    public GeometryReport validate(LayerSet set) {
        EqualArea projection = EqualArea.centredOn(set.envelope());
        List<GeometryFinding> findings = new ArrayList<>();
        Map<Layer, List<Valid>> valid = new LinkedHashMap<>();
        for (Layer layer : set.layers()) {
            List<Valid> ok = new ArrayList<>();
            for (Feature f : layer.features()) {
                checkValidity(layer, f, findings).ifPresent(ok::add);
            }
            valid.put(layer, ok);
        }
        Optional<Layer> countyLayer = set.get(LayerKind.COUNTY);
        Geometry county = countyLayer.map(l -> union(valid.get(l))).orElse(null);
        for (Layer layer : set.layers()) {
            List<Valid> features = valid.get(layer);
            if (layer.kind() != LayerKind.COUNTY) {
                if (county == null) {
                    notChecked(findings, layer, GeometryRule.SP003, "no county layer (county.geojson)");
                } else {
                    outside(projection, findings, layer, features, county, GeometryRule.SP003, "县域 / the county");
                }
            }
            if (layer.kind().forbidsSelfOverlap()) {
                selfOverlaps(projection, findings, layer, features);
            }
            if (layer.kind().partitionsCounty() && county != null) {
                gaps(findings, layer, features, county, projection);
            }
            Optional<LayerKind> container = layer.kind().container();
            if (container.isPresent()) {
                Optional<Layer> c = set.get(container.get());
                if (c.isEmpty()) {
                    notChecked(findings, layer, GeometryRule.SP007, "no " + container.get().label() + " layer");
                } else {
                    outside(projection, findings, layer, features, union(valid.get(c.get())), GeometryRule.SP007, c.get().label());
                }
            }
        }
        crossOverlaps(findings, set, valid, projection);
        return new GeometryReport(findings);
    }

    /**
     * A valid feature. Overlays run on the longitude/latitude geometries, where the data's shared
     * edges are exact; only their results are projected, to be measured. (Projecting first would
     * bend one long edge and not the short edges that share it, and invent slivers.)
     */
    private record Valid(Feature feature, Geometry geometry) {
    }

    private Optional<Valid> checkValidity(Layer layer, Feature f, List<GeometryFinding> out) {
        if (f.geometry().isEmpty()) {
            out.add(new GeometryFinding(GeometryRule.SP002, layer.label(), f.name(), "几何为空 / the geometry is empty",
                    Double.NaN, null));
            return Optional.empty();
        }
        TopologyValidationError error = new IsValidOp(f.geometry()).getValidationError();
        if (error != null) {
            double[] at = error.getCoordinate() == null ? null
                    : new double[] {error.getCoordinate().x, error.getCoordinate().y};
            out.add(new GeometryFinding(GeometryRule.SP001, layer.label(), f.name(),
                    error.getMessage() + "; 其他规则跳过此要素 / other rules skip this feature", Double.NaN, at));
            return Optional.empty();
        }
        return Optional.of(new Valid(f, f.geometry()));
    }

    private void outside(EqualArea projection, List<GeometryFinding> out, Layer layer, List<Valid> features, Geometry container,
            GeometryRule rule, String containerName) {
        for (Valid p : features) {
            Geometry spill = OverlayNGRobust.overlay(p.geometry(), container, OverlayNG.DIFFERENCE);
            if (area(projection, spill) > toleranceM2) {
                out.add(new GeometryFinding(rule, layer.label(), p.feature().name(),
                        "超出" + containerName + " / lies partly outside " + containerName, area(projection, spill),
                        lonLat(spill)));
            }
        }
    }

    private void selfOverlaps(EqualArea projection, List<GeometryFinding> out, Layer layer, List<Valid> features) {
        STRtree tree = new STRtree();
        for (int i = 0; i < features.size(); i++) {
            tree.insert(features.get(i).geometry().getEnvelopeInternal(), i);
        }
        for (int i = 0; i < features.size(); i++) {
            Valid a = features.get(i);
            for (Object o : tree.query(a.geometry().getEnvelopeInternal())) {
                int j = (Integer) o;
                if (j <= i) {
                    continue;
                }
                Valid b = features.get(j);
                Geometry both = OverlayNGRobust.overlay(a.geometry(), b.geometry(), OverlayNG.INTERSECTION);
                if (area(projection, both) > toleranceM2) {
                    out.add(new GeometryFinding(GeometryRule.SP004, layer.label(), a.feature().name(),
                            "与 " + b.feature().name() + " 重叠 / overlaps " + b.feature().name(), area(projection, both),
                            lonLat(both)));
                }
            }
        }
    }

    private void gaps(List<GeometryFinding> out, Layer layer, List<Valid> features, Geometry county,
            EqualArea projection) {
        Geometry gap = OverlayNGRobust.overlay(county, union(features), OverlayNG.DIFFERENCE);
        if (area(projection, gap) > toleranceM2) {
            out.add(new GeometryFinding(GeometryRule.SP005, layer.label(), null,
                    "县域有 " + gap.getNumGeometries() + " 处未被覆盖 / " + gap.getNumGeometries()
                            + " part(s) of the county belong to no feature", area(projection, gap), lonLat(gap)));
        }
    }

    private void crossOverlaps(List<GeometryFinding> out, LayerSet set, Map<Layer, List<Valid>> valid,
            EqualArea projection) {
        List<Layer> layers = set.layers();
        for (int i = 0; i < layers.size(); i++) {
            for (int j = i + 1; j < layers.size(); j++) {
                Layer a = layers.get(i);
                Layer b = layers.get(j);
                if (!a.kind().excludes(b.kind())) {
                    continue;
                }
                Geometry both = OverlayNGRobust.overlay(union(valid.get(a)), union(valid.get(b)), OverlayNG.INTERSECTION);
                if (area(projection, both) > toleranceM2) {
                    out.add(new GeometryFinding(GeometryRule.SP006, a.label(), null, "与" + b.label() + "重叠 / overlaps "
                            + b.label(), area(projection, both), lonLat(both)));
                }
            }
        }
    }

    private static void notChecked(List<GeometryFinding> out, Layer layer, GeometryRule rule, String why) {
        out.add(new GeometryFinding(GeometryRule.SP008, layer.label(), null,
                rule.name() + " 未检查 / not checked: " + why, Double.NaN, null));
    }

    private static Geometry union(List<Valid> features) {
        return UnaryUnionOp.union(features.stream().map(Valid::geometry).toList(),
                new org.locationtech.jts.geom.GeometryFactory());
    }

    /** A point inside the problem area, in longitude/latitude: where a reviewer should look. */
    private static double[] lonLat(Geometry problem) {
        Point p = problem.getInteriorPoint();
        return new double[] {p.getX(), p.getY()};
    }

    private static double area(EqualArea projection, Geometry lonLat) {
        return lonLat.isEmpty() ? 0 : projection.project(lonLat).getArea();
    }
}
