package org.plantrace.spatial.crs;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A coordinate system PlanTrace reads, by EPSG code: 4326 (WGS 84) and 4490 (CGCS2000) in
 * longitude/latitude, and the CGCS2000 Gauss-Krüger zones 4513–4554 in metres. Codes 4513–4533 are
 * 3° zones 25–45 whose eastings carry the zone number in front (zone 38: 38 500 000 m at the
 * central meridian); 4534–4554 are the same meridians 75°E–135°E without the prefix.
 */
public record CoordinateSystem(int epsg) {
    public static final CoordinateSystem WGS84 = new CoordinateSystem(4326);
    public static final CoordinateSystem CGCS2000 = new CoordinateSystem(4490);

    /** "EPSG:4526", "urn:ogc:def:crs:EPSG::4526", "urn:ogc:def:crs:EPSG:6.6:4526", "4526"; or CRS84. */
    private static final Pattern CODE = Pattern.compile("(?i)(?:EPSG:[^:]*:?|^)(\\d{4,5})$|CRS84$");

    public CoordinateSystem {
        if (!(epsg == 4326 || epsg == 4490 || (epsg >= 4513 && epsg <= 4554))) {
            throw new IllegalArgumentException("不支持的坐标系 / unsupported coordinate system EPSG:" + epsg
                    + " (supported: 4326, 4490, 4513–4554)");
        }
    }

    /** Reads the code of a CRS name as GeoJSON files write it ({@link #CODE}); empty if unsupported. */
    public static Optional<CoordinateSystem> parse(String name) {
        Matcher m = CODE.matcher(name.strip());
        if (!m.find()) {
            return Optional.empty();
        }
        if (m.group(1) == null) {
            return Optional.of(WGS84);
        }
        int code = Integer.parseInt(m.group(1));
        try {
            return Optional.of(new CoordinateSystem(code));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public boolean geographic() {
        return epsg == 4326 || epsg == 4490;
    }

    /** Central meridian of a Gauss-Krüger zone, in degrees east. */
    public int centralMeridian() {
        requireProjected();
        return 75 + 3 * ((epsg <= 4533 ? epsg - 4513 : epsg - 4534));
    }

    /** The 3° zone number written before the easting, or 0 when the code has no prefix. */
    public int zonePrefix() {
        requireProjected();
        return epsg <= 4533 ? centralMeridian() / 3 : 0;
    }

    /** Whether (x, y) can be a position in this system; the reason when it cannot. */
    public Optional<String> outOfRange(double x, double y) {
        if (geographic()) {
            if (x < -180 || x > 180 || y < -90 || y > 90) {
                String hint = Math.abs(x) > 1000 ? "；坐标像投影坐标，请声明 crs / looks projected: declare a \"crs\""
                        : Math.abs(x) <= 90 && Math.abs(y) <= 180 ? "；经纬度顺序可能颠倒 / latitude and longitude may be swapped"
                        : "";
                return Optional.of("经纬度超出范围 / longitude/latitude out of range" + hint);
            }
            return Optional.empty();
        }
        double easting = x - zonePrefix() * 1_000_000.0;
        if (easting < 0 || easting > 1_000_000 || y < 0 || y > 10_000_000) {
            String expected = zonePrefix() > 0 ? "东坐标应以带号 " + zonePrefix() + " 开头 / easting should start with zone "
                    + zonePrefix() : "东坐标应在 0–1000000 之间 / easting should be 0–1000000";
            return Optional.of("投影坐标超出 EPSG:" + epsg + " 范围 / outside the zone: " + expected);
        }
        return Optional.empty();
    }

    private void requireProjected() {
        if (geographic()) {
            throw new IllegalStateException("EPSG:" + epsg + " is geographic");
        }
    }

    @Override
    public String toString() {
        return "EPSG:" + epsg;
    }
}
