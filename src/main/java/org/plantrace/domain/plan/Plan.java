package org.plantrace.domain.plan;

import java.util.Objects;
import java.util.Optional;

/**
 * A plan as an instrument: 《浑源县国土空间总体规划（2021—2035年）》. Its text lives in its versions.
 * A lower plan (a township plan, a detailed-plan unit, a village plan) names the plan that
 * transmits to it and the part of that plan's area it covers; its versions are its own, independent
 * of the parent's.
 *
 * @param code         stable short code, e.g. {@code hunyuan-2021-2035}; URL-safe for plans PlanTrace names
 * @param name         the official name
 * @param level        county, township, detailed-plan unit, village or special plan
 * @param region       the administrative area it covers, e.g. 浑源县 (adcode 140225)
 * @param periodFrom   first year of the planning period
 * @param periodTo     target year
 * @param parent       code of the plan that transmits to this one; null for the county plan
 * @param jurisdiction for a lower plan, the township (or other unit) of the parent it covers; null otherwise
 */
public record Plan(String code, String name, PlanLevel level, String region, int periodFrom, int periodTo,
        String parent, Jurisdiction jurisdiction) {
    public Plan {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(level, "level");
        region = region == null ? "" : region;
        parent = parent == null || parent.isBlank() ? null : parent;
        if (code.equals(parent)) {
            throw new IllegalArgumentException("a plan cannot be its own parent: " + code);
        }
    }

    /** A plan at the top of its chain (no parent, no jurisdiction beyond its region). */
    public Plan(String code, String name, PlanLevel level, String region, int periodFrom, int periodTo) {
        this(code, name, level, region, periodFrom, periodTo, null, null);
    }

    /** "2021—2035年", or empty where the period is unknown. */
    public String period() {
        return periodFrom > 0 && periodTo > 0 ? periodFrom + "—" + periodTo + "年" : "";
    }

    public Optional<String> parentCode() {
        return Optional.ofNullable(parent);
    }

    /** The canonical township name of a lower plan, or empty. */
    public String township() {
        return jurisdiction == null ? "" : jurisdiction.name();
    }
}
