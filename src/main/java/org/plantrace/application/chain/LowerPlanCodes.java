package org.plantrace.application.chain;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.plantrace.domain.plan.PlanLevel;

/**
 * The code of a lower plan, derived, never chosen: {@code <parent>--<township id>} for a township
 * plan ({@code hunyuan-2021-2035--tw-wangzhuangbao}), {@code <parent>--<township id>--<level>} for
 * the other levels ({@code …--tw-wangzhuangbao--village}). The township id is the gazetteer id of
 * the parent's package (ASCII), so the code is URL-safe and the same file ingested twice becomes
 * the next version of the same plan, not a second plan.
 */
public final class LowerPlanCodes {
    static final String SEPARATOR = "--";

    private LowerPlanCodes() {
    }

    public static String code(String parentCode, String townshipId, String townshipName, PlanLevel level) {
        String unit = slug(townshipId);
        if (unit.isEmpty()) {
            // a gazetteer id that is all non-ASCII: the name's bytes keep the code readable by any client
            unit = "u" + HexFormat.of().formatHex(townshipName.getBytes(StandardCharsets.UTF_8));
        }
        String code = parentCode + SEPARATOR + unit;
        return level == PlanLevel.TOWNSHIP ? code : code + SEPARATOR + level.code();
    }

    private static String slug(String id) {
        return id == null ? "" : id.replaceAll("[^A-Za-z0-9_-]+", "-").replaceAll("^-+|-+$", "");
    }
}
