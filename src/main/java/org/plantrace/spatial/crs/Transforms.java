package org.plantrace.spatial.crs;

import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateReferenceSystem;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.CoordinateTransformFactory;
import org.locationtech.proj4j.ProjCoordinate;

/**
 * Moves geometries between coordinate systems with proj4j. CGCS2000 and its Gauss-Krüger zones
 * share the GRS80 ellipsoid, so no datum shift is involved; WGS 84 is taken as equal to CGCS2000
 * (they differ by centimetres, far below what plan layers resolve).
 */
public final class Transforms {
    private static final CRSFactory CRS = new CRSFactory();
    private static final CoordinateTransformFactory FACTORY = new CoordinateTransformFactory();

    private Transforms() {
    }

    /** A copy of {@code g} (in {@code from}) in CGCS2000 longitude/latitude. */
    public static Geometry toGeographic(Geometry g, CoordinateSystem from) {
        if (from.geographic()) {
            return g.copy();
        }
        return apply(g, transform(crs(from), crs(CoordinateSystem.CGCS2000)));
    }

    /** A copy of {@code g} (in longitude/latitude) in a Gauss-Krüger zone. */
    public static Geometry fromGeographic(Geometry g, CoordinateSystem to) {
        if (to.geographic()) {
            return g.copy();
        }
        return apply(g, transform(crs(CoordinateSystem.CGCS2000), crs(to)));
    }

    static CoordinateReferenceSystem crs(CoordinateSystem cs) {
        return CRS.createFromName("EPSG:" + cs.epsg());
    }

    static CoordinateReferenceSystem fromParameters(String name, String proj4) {
        return CRS.createFromParameters(name, proj4);
    }

    static CoordinateTransform transform(CoordinateReferenceSystem from, CoordinateReferenceSystem to) {
        return FACTORY.createTransform(from, to);
    }

    /** Applies a proj4j transform to every coordinate of a copy. Transforms are not thread-safe: one per call. */
    static Geometry apply(Geometry g, CoordinateTransform t) {
        Geometry copy = g.copy();
        ProjCoordinate in = new ProjCoordinate();
        ProjCoordinate out = new ProjCoordinate();
        copy.apply(new CoordinateSequenceFilter() {
            @Override
            public void filter(CoordinateSequence seq, int i) {
                in.x = seq.getX(i);
                in.y = seq.getY(i);
                t.transform(in, out);
                seq.setOrdinate(i, 0, out.x);
                seq.setOrdinate(i, 1, out.y);
            }

            @Override
            public boolean isDone() {
                return false;
            }

            @Override
            public boolean isGeometryChanged() {
                return true;
            }
        });
        copy.geometryChanged();
        return copy;
    }
}
