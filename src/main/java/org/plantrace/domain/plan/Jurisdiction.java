package org.plantrace.domain.plan;

import java.util.Objects;

/**
 * The area a lower plan covers, as its parent plan names it: for a township plan the township
 * entity of the parent's gazetteer (its canonical name, never a variant: a plan titled with
 * 东方城乡 covers 东坊城乡), and the administrative code where the gazetteer knows one.
 *
 * @param name      canonical name, e.g. 王庄堡镇
 * @param entityId  the gazetteer id in the parent plan's package, e.g. {@code tw-wangzhuangbao}; empty if none
 * @param adminCode the administrative division code (行政区划代码) where known, else empty
 */
public record Jurisdiction(String name, String entityId, String adminCode) {
    public Jurisdiction {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("jurisdiction needs a name");
        }
        entityId = entityId == null ? "" : entityId;
        adminCode = adminCode == null ? "" : adminCode;
    }
}
