package org.plantrace.spatial.crs;

import java.util.Locale;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.proj4j.CoordinateReferenceSystem;
import org.locationtech.proj4j.CoordinateTransform;
import org.plantrace.spatial.Area;

/**
 * A Lambert azimuthal equal-area projection on the GRS80 ellipsoid centred on a place (for
 * Hunyuan, the middle of the county). Areas measured in it are true areas on the ellipsoid,
 * whatever the centre; near the centre shapes and distances are true too (within 0.01% across a
 * county), so buffers drawn in it are round. One instance is not safe for concurrent use.
 */
public final class EqualArea {
    private final double centreLon;
    private final double centreLat;
    private final CoordinateTransform forward;
    private final CoordinateTransform inverse;

    private EqualArea(double centreLon, double centreLat) {
        this.centreLon = centreLon;
        this.centreLat = centreLat;
        CoordinateReferenceSystem laea = Transforms.fromParameters("laea", proj4());
        CoordinateReferenceSystem geographic = Transforms.crs(CoordinateSystem.CGCS2000);
        this.forward = Transforms.transform(geographic, laea);
        this.inverse = Transforms.transform(laea, geographic);
    }

    public static EqualArea centredOn(double lon, double lat) {
        return new EqualArea(lon, lat);
    }

    /** Centred on the middle of an envelope in longitude/latitude, rounded to 0.01° so results are stable. */
    public static EqualArea centredOn(Envelope lonLat) {
        return new EqualArea(Math.round(lonLat.centre().x * 100) / 100.0, Math.round(lonLat.centre().y * 100) / 100.0);
    }

    /** The true area of a longitude/latitude geometry. */
    public static Area areaOf(Geometry lonLat) {
        if (lonLat.isEmpty()) {
            return new Area(0);
        }
        return new Area(centredOn(lonLat.getEnvelopeInternal()).project(lonLat).getArea());
    }

    /** Longitude/latitude → metres in this projection. */
    public Geometry project(Geometry lonLat) {
        return Transforms.apply(lonLat, forward);
    }

    /** Metres in this projection → longitude/latitude. */
    public Geometry unproject(Geometry metres) {
        return Transforms.apply(metres, inverse);
    }

    /** The projection as a PROJ string: PostGIS measures in the very same one ({@code ST_Transform(geom, text)}). */
    public String proj4() {
        return String.format(Locale.ROOT, "+proj=laea +lat_0=%.4f +lon_0=%.4f +x_0=0 +y_0=0 +ellps=GRS80 +units=m +no_defs",
                centreLat, centreLon);
    }

    public double centreLon() {
        return centreLon;
    }

    public double centreLat() {
        return centreLat;
    }
}
