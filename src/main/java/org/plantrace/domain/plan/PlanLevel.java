package org.plantrace.domain.plan;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a plan sits in the chain that transmission (传导) runs down: the county plan binds the
 * township plans, both bind detailed-plan units and village plans. The code is the spelling on
 * the command line ({@code --level township}) and in the search facet ({@code level=township}).
 */
public enum PlanLevel {
    COUNTY("县级国土空间总体规划", "county", 0),
    TOWNSHIP("乡镇国土空间总体规划", "township", 1),
    DETAILED_UNIT("详细规划单元", "detailed", 2),
    VILLAGE("村庄规划", "village", 2),
    /** A sector plan (专项规划) sits beside the township plans: bound by the county plan, binding nothing below. */
    SPECIAL("专项规划", "special", 1);

    private final String label;
    private final String code;
    private final int depth;

    PlanLevel(String label, String code, int depth) {
        this.label = label;
        this.code = code;
        this.depth = depth;
    }

    public String label() {
        return label;
    }

    public String code() {
        return code;
    }

    /** Whether a plan at this level may transmit to one at {@code lower}: only downwards. */
    public boolean transmitsTo(PlanLevel lower) {
        return lower.depth > depth && this != SPECIAL;
    }

    /** The level with this code ({@code township}) or enum name ({@code DETAILED_UNIT}), any case. */
    public static Optional<PlanLevel> ofCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(l -> l.code.equals(wanted) || l.name().toLowerCase(Locale.ROOT).equals(wanted))
                .findFirst();
    }

    /** The codes, for messages: "county、township、…". */
    public static String codes() {
        return String.join("、", Arrays.stream(values()).map(PlanLevel::code).toList());
    }
}
