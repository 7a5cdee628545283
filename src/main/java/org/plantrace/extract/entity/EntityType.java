package org.plantrace.extract.entity;

import java.util.Arrays;

/**
 * What kind of thing a gazetteer entry is. The code is the spelling in {@code gazetteer.tsv} and in
 * the JSON output. Town (镇) and township (乡) are kept apart because the plan counts them apart
 * ("6个镇、10个乡"); both are township-level units.
 */
public enum EntityType {
    COUNTY("county", "县"),
    TOWN("town", "镇"),
    TOWNSHIP("township", "乡"),
    CENTRAL_CITY("central-city", "中心城区"),
    DISTRICT("district", "片区"),
    VILLAGE("village", "村"),
    REGION("region", "地域"),
    NEIGHBOUR("neighbour", "周边区域"),
    MOUNTAIN("mountain", "山岭"),
    RIVER("river", "河流"),
    RESERVOIR("reservoir", "水库与水源地"),
    WETLAND("wetland", "湿地与草原"),
    PROTECTED_AREA("protected-area", "自然保护地"),
    HERITAGE_SITE("heritage-site", "历史文化遗存"),
    ROAD("road", "公路铁路"),
    STREET("street", "城市道路"),
    FACILITY_TYPE("facility-type", "设施类型"),
    FACILITY("facility", "设施"),
    CONTROL_LINE("control-line", "控制线"),
    PLANNING_ZONE("planning-zone", "规划分区"),
    INTENSITY_ZONE("intensity-zone", "开发强度分区"),
    SEISMIC_ZONE("seismic-zone", "抗震设防烈度分区"),
    FUNCTION_ZONE("function-zone", "功能区"),
    /** Not an entity: a longer phrase (恒山茶) that stops a shorter name (恒山) from matching inside it. */
    GUARD("guard", "非实体");

    private final String code;
    private final String chineseName;

    EntityType(String code, String chineseName) {
        this.code = code;
        this.chineseName = chineseName;
    }

    public String code() {
        return code;
    }

    public String chineseName() {
        return chineseName;
    }

    public boolean townshipLevel() {
        return this == TOWN || this == TOWNSHIP;
    }

    /** Same kind for list support: a 镇 and a 乡 stand in one enumeration of township units. */
    boolean sameFamily(EntityType other) {
        return this == other || (townshipLevel() && other.townshipLevel());
    }

    public static EntityType ofCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("未知实体类型 / unknown entity type: " + code));
    }
}
