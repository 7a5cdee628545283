package org.plantrace.domain.plan;

import java.util.Objects;

/**
 * A plan as an instrument: 《浑源县国土空间总体规划（2021—2035年）》. Its text lives in its versions.
 *
 * @param code       stable short code, e.g. {@code hunyuan-2021-2035}
 * @param name       the official name
 * @param level      county, township or detailed-plan unit
 * @param region     the administrative area it covers, e.g. 浑源县 (adcode 140225)
 * @param periodFrom first year of the planning period
 * @param periodTo   target year
 */
public record Plan(String code, String name, PlanLevel level, String region, int periodFrom, int periodTo) {
    public Plan {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(level, "level");
        region = region == null ? "" : region;
    }

    /** "2021—2035年", or empty where the period is unknown. */
    public String period() {
        return periodFrom > 0 && periodTo > 0 ? periodFrom + "—" + periodTo + "年" : "";
    }
}
