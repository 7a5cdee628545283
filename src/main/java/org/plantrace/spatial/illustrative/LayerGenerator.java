package org.plantrace.spatial.illustrative;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.precision.GeometryPrecisionReducer;
import org.plantrace.ingest.InputRejectedException;
import org.plantrace.spatial.Area;
import org.plantrace.spatial.Feature;
import org.plantrace.spatial.LayerKind;
import org.plantrace.spatial.io.GeoJsonLayerReader;
import org.plantrace.spatial.io.GeoJsonLayerWriter;

/**
 * Generates the illustrative Hunyuan layer set inside the real county outline, calibrated by
 * bisection so each layer's area meets the plan's figure ({@link PlanFigures}) within 0.01%:
 * townships are a Voronoi partition of invented seats ({@link TownshipSeats}); the central city,
 * urban development boundaries and heritage areas are irregular blobs scaled to their areas; the
 * red line and farmland are unions of discs around seeded points in the mountains and the basin,
 * their common radius calibrated. Precedence follows the plan (red line clear of urban land,
 * farmland clear of both; permanent basic farmland inside farmland; units inside the central
 * city's boundary). Seeded, fixed-order, fixed-precision: the same outline gives the same bytes.
 *
 * <p>Run: {@code java -cp "target/classes:target/lib/*" org.plantrace.spatial.illustrative.LayerGenerator
 * OUTLINE OUT_DIR}: for the shipped package, its {@code county-outline-140225.geojson} and its
 * {@code layers/} folder (see that folder's SOURCE.md).
 */
public final class LayerGenerator {
    public static final long SEED = 2035;
    public static final String NOTE = "示意数据，非官方成果：除县界外，图形均由程序在真实县界内生成，并按规划文本所列面积校准，"
            + "仅供演示和测试，不得作为规划依据。ILLUSTRATIVE, not official data: apart from the county outline, every "
            + "shape is invented inside the real outline and calibrated to the areas the plan text states.";
    /** Where every generated file says it came from: the outline file as given on the command line. */
    static String source(Path outline) {
        return "county outline: " + outline.toString().replace('\\', '/')
                + " (adcode 140225, public administrative-boundary data, simplified); all other shapes generated";
    }
    static final String COUNTY_NOTE = "示意数据，非官方成果：县界取自公开行政区划数据并经简化，面积约1935平方千米，"
            + "而规划文本隐含约1968.8平方千米。ILLUSTRATIVE, not official data: the outline comes from a public, simplified "
            + "boundary data set (about 1935 km²; the plan's figures imply about 1968.8 km²).";
    static final String GENERATOR = "org.plantrace.spatial.illustrative.LayerGenerator (seed " + SEED + ")";

    /** Area of the central city's own urban development boundary; the five towns share the rest of 16.46 km². */
    static final Map<String, Double> BOUNDARY_KM2 = boundaryShares();

    /** One file of the set: its name, its kind, its bytes as text, its area and the plan's figure (NaN if none). */
    public record GeneratedFile(String fileName, LayerKind kind, String content, double areaKm2, double planKm2) {
    }

    private final Canvas canvas = new Canvas(113.68, 39.62);
    private final Calibrator fit = new Calibrator(canvas, SEED);
    private final List<GeneratedFile> files = new ArrayList<>();
    private Geometry county;
    private String source;

    private LayerGenerator() {
    }

    public static List<GeneratedFile> generate(Path outline) throws InputRejectedException {
        LayerGenerator g = new LayerGenerator();
        g.source = source(outline);
        g.run(new GeoJsonLayerReader().read(outline).features().get(0));
        return List.copyOf(g.files);
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: LayerGenerator OUTLINE OUT_DIR (the county outline of a plan package and its layers/ folder)");
            System.exit(2);
        }
        Path outline = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Files.createDirectories(out);
        System.out.println("| file | area (km²) | plan (km²) | deviation |");
        System.out.println("|---|---|---|---|");
        for (GeneratedFile f : generate(outline)) {
            Files.writeString(out.resolve(f.fileName()), f.content(), StandardCharsets.UTF_8);
            System.out.printf(Locale.ROOT, "| %s | %.4f | %s | %s |%n", f.fileName(), f.areaKm2(),
                    Double.isNaN(f.planKm2()) ? "—" : String.format(Locale.ROOT, "%.4f", f.planKm2()),
                    Double.isNaN(f.planKm2()) ? "—" : String.format(Locale.ROOT, "%+.3f%%", 100 * (f.areaKm2() / f.planKm2() - 1)));
        }
    }

    private void run(Feature outline) {
        county = GeometryPrecisionReducer.reduce(outline.geometry(), Canvas.GRID);
        emit(LayerKind.COUNTY, List.of(feature("浑源县", county, "adcode", "140225")), Double.NaN, "县界为真实数据 / the outline is real");
        emit(LayerKind.TOWNSHIP, townships(), Double.NaN, "第572行列出18个乡镇 / line 572 names 18 units");

        Geometry centralCity = fit.scaled(fit.blob(TownshipSeats.named("永安镇"), 1.25, 1), county, PlanFigures.CENTRAL_CITY);
        emit(LayerKind.CENTRAL_CITY, List.of(feature("中心城区", centralCity)), PlanFigures.CENTRAL_CITY.km2(), "第47行 / line 47");

        List<Feature> boundaries = new ArrayList<>();
        Geometry centralBoundary = null;
        int salt = 2;
        for (Map.Entry<String, Double> e : BOUNDARY_KM2.entrySet()) {
            boolean seat = e.getKey().equals("永安镇");
            Geometry g = fit.scaled(fit.blob(TownshipSeats.named(e.getKey()), 1.1, salt++), seat ? centralCity : county,
                    Area.ofKm2(e.getValue()));
            centralBoundary = seat ? g : centralBoundary;
            boundaries.add(feature((seat ? "中心城区" : e.getKey()) + "城镇开发边界", g, "town", e.getKey()));
        }
        emit(LayerKind.URBAN_DEVELOPMENT_BOUNDARY, boundaries, PlanFigures.URBAN_DEVELOPMENT_BOUNDARY.km2(), "第101、130行 / lines 101, 130");
        emit(LayerKind.DETAILED_PLAN_UNIT, new DetailedPlanUnits(canvas).within(centralBoundary, new Random(SEED + 13)),
                Double.NaN, "第606行：7个详规单元，划分中心城区城镇开发边界 / line 606");
        Geometry historicCity = heritage(centralBoundary);

        Geometry urban = Canvas.union(List.of(centralCity, Canvas.union(boundaries.stream().map(Feature::geometry).toList())));
        Geometry redLine = fit.discs(Landforms.mountains(canvas, new Random(SEED + 20)), county, urban,
                PlanFigures.ECOLOGICAL_RED_LINE, 2000);
        emit(LayerKind.ECOLOGICAL_RED_LINE, List.of(feature("生态保护红线", redLine)), PlanFigures.ECOLOGICAL_RED_LINE.km2(),
                "第96行 / line 96");
        List<Coordinate> basin = Landforms.farmland(canvas, new Random(SEED + 30));
        Geometry cultivated = fit.discs(basin, county, Canvas.union(List.of(urban, redLine)), PlanFigures.CULTIVATED_LAND, 2000);
        emit(LayerKind.CULTIVATED_LAND, List.of(feature("耕地", cultivated)), PlanFigures.CULTIVATED_LAND.km2(), "第165行 / line 165");
        Geometry farmland = fit.discs(basin, cultivated, null, PlanFigures.PERMANENT_BASIC_FARMLAND, 2000);
        emit(LayerKind.PERMANENT_BASIC_FARMLAND, List.of(feature("永久基本农田", farmland)),
                PlanFigures.PERMANENT_BASIC_FARMLAND.km2(), "第165行 / line 165");
        // drawn last so the layers above keep their bytes; the plan gives these zones in words only
        CentralCityZones zones = new CentralCityZones(canvas);
        emitOther("development-intensity", "开发强度分区", zones.intensity(centralBoundary, historicCity),
                "第393行：三级开发强度管控区，位置为示意 / line 393, positions invented");
        emitOther("life-circles", "15分钟社区生活圈", zones.lifeCircles(centralBoundary),
                "第363行：中心城区4个15分钟社区生活圈，位置为示意 / line 363, positions invented");
    }

    private List<Feature> townships() {
        List<Feature> result = new ArrayList<>();
        Map<String, Geometry> cells = new Townships(canvas).partition(county);
        for (TownshipSeats.Seat s : TownshipSeats.ALL) {
            result.add(feature(s.name(), cells.get(s.name()), "type", s.type()));
        }
        return result;
    }

    private Geometry heritage(Geometry centralBoundary) {
        TownshipSeats.Seat oldTown = new TownshipSeats.Seat("浑源古城", "", 113.700, 39.697);
        Geometry city = fit.scaled(fit.blob(oldTown, 1.3, 10), centralBoundary, PlanFigures.HISTORIC_CITY);
        emit(LayerKind.HISTORIC_CITY, List.of(feature("浑源古城历史城区", city)), PlanFigures.HISTORIC_CITY.km2(), "第433行 / line 433");
        Geometry district = fit.scaled(fit.blob(oldTown, 1.2, 11), city, PlanFigures.HISTORIC_DISTRICT);
        Geometry core = fit.scaled(fit.blob(oldTown, 1.2, 12), district, PlanFigures.HISTORIC_DISTRICT_CORE);
        emit(LayerKind.HISTORIC_DISTRICT, List.of(feature("核心保护范围", core, "part", "core"),
                feature("建设控制地带", Canvas.difference(district, core), "part", "control")),
                PlanFigures.HISTORIC_DISTRICT.km2(), "第435行 / line 435");
        return city;
    }

    private static Feature feature(String name, Geometry g, String... more) {
        if (g.isEmpty() || g.getDimension() != 2 || !(g instanceof org.locationtech.jts.geom.Polygonal)) {
            throw new IllegalStateException(name + " came out " + g.getGeometryType() + (g.isEmpty() ? " (empty)" : ""));
        }
        Map<String, String> p = new LinkedHashMap<>();
        p.put("name", name);
        for (int i = 0; i + 1 < more.length; i += 2) {
            p.put(more[i], more[i + 1]);
        }
        return new Feature(name, g, p);
    }

    private void emit(LayerKind kind, List<Feature> features, double planKm2, String planSource) {
        emit(kind, kind.id(), kind.label(), features, planKm2, planSource);
    }

    /** A layer PlanTrace has no kind for (read back as {@link LayerKind#OTHER}, named by its file stem). */
    private void emitOther(String stem, String label, List<Feature> features, String planSource) {
        emit(LayerKind.OTHER, stem, label, features, Double.NaN, planSource);
    }

    private void emit(LayerKind kind, String stem, String label, List<Feature> features, double planKm2, String planSource) {
        double km2 = 0;
        for (Feature f : features) {
            km2 += canvas.area(f.geometry()) / 1e6;
        }
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("layer", label);
        meta.put("kind", kind == LayerKind.OTHER ? stem : kind.id());
        meta.put("illustrative", true);
        meta.put("note", kind == LayerKind.COUNTY ? COUNTY_NOTE : NOTE);
        meta.put("generator", GENERATOR);
        meta.put("source", source);
        meta.put("crs", "EPSG:4490");
        meta.put("areaKm2", round(km2));
        if (!Double.isNaN(planKm2)) {
            meta.put("planAreaKm2", round(planKm2));
        }
        meta.put("planReference", planSource);
        files.add(new GeneratedFile(stem + ".geojson", kind, GeoJsonLayerWriter.write(meta, features), km2, planKm2));
    }

    private static BigDecimal round(double v) {
        return BigDecimal.valueOf(v).setScale(4, RoundingMode.HALF_UP);
    }

    private static Map<String, Double> boundaryShares() {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("永安镇", 12.40);
        m.put("王庄堡镇", 1.06);
        m.put("蔡村镇", 0.80);
        m.put("西坊城镇", 0.80);
        m.put("青磁窑镇", 0.70);
        m.put("沙圪坨镇", 0.70);
        return m;
    }
}
