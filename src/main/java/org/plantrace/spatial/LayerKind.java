package org.plantrace.spatial;

import java.util.Locale;
import java.util.Optional;

/**
 * What a layer holds, and the rules its kind imposes: whether its features may overlap each other,
 * whether they must partition the county, and which layer they must lie within. The id is the
 * file name stem in a layers folder ({@code townships.geojson}); the label is the plan's word.
 */
public enum LayerKind {
    COUNTY("county", "县域", null),
    TOWNSHIP("townships", "乡镇", null),
    ECOLOGICAL_RED_LINE("ecological-red-line", "生态保护红线", null),
    CULTIVATED_LAND("cultivated-land", "耕地", null),
    PERMANENT_BASIC_FARMLAND("permanent-basic-farmland", "永久基本农田", CULTIVATED_LAND),
    URBAN_DEVELOPMENT_BOUNDARY("urban-development-boundary", "城镇开发边界", null),
    CENTRAL_CITY("central-city", "中心城区", null),
    DETAILED_PLAN_UNIT("detailed-plan-units", "详规单元", URBAN_DEVELOPMENT_BOUNDARY),
    HISTORIC_CITY("historic-city", "历史城区", CENTRAL_CITY),
    HISTORIC_DISTRICT("historic-district", "历史文化街区", HISTORIC_CITY),
    /** A layer PlanTrace has no rules for: imported, measured, overlaid, never judged. */
    OTHER("other", "其他", null);

    private final String id;
    private final String label;
    private final LayerKind container;

    LayerKind(String id, String label, LayerKind container) {
        this.id = id;
        this.label = label;
        this.container = container;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    /** The layer this kind's features must lie within, if the kind has one. */
    public Optional<LayerKind> container() {
        return Optional.ofNullable(container);
    }

    /** Features of one layer of this kind may not overlap: one piece of land, one township / one line. */
    public boolean forbidsSelfOverlap() {
        return this != OTHER;
    }

    /** Townships cover the county without gaps. */
    public boolean partitionsCounty() {
        return this == TOWNSHIP;
    }

    /**
     * The three control lines exclude each other: land is farmland, red line or urban, never two
     * (the national rule for 三条控制线 "不交叉不重叠").
     */
    public boolean excludes(LayerKind other) {
        return isControlLine(this) && isControlLine(other) && this != other;
    }

    private static boolean isControlLine(LayerKind k) {
        return k == ECOLOGICAL_RED_LINE || k == PERMANENT_BASIC_FARMLAND || k == URBAN_DEVELOPMENT_BOUNDARY;
    }

    /** The kind whose id or label is this text (a file stem or a metadata value), if any. */
    public static Optional<LayerKind> find(String idOrLabel) {
        String key = idOrLabel.strip().toLowerCase(Locale.ROOT);
        for (LayerKind k : values()) {
            if (k != OTHER && (k.id.equals(key) || k.label.equals(key))) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
