package org.plantrace.conformance;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The result of one review: township, county plan and version, the township plan's title, the
 * suggested conclusion and the findings. Not stored: the reviewer's record of it is another matter.
 */
public record Review(String township, String countyCode, String countyTitle, int countyVersion, String townshipTitle,
        String conclusion, List<Finding> findings) {
    public static final String PASS = "通过";
    public static final String PASS_AFTER_REVISION = "修改完善后通过";
    public static final String REJECT = "不予通过";

    public Review {
        findings = List.copyOf(findings);
    }

    public Map<Verdict, Integer> summary() {
        Map<Verdict, Integer> s = new EnumMap<>(Verdict.class);
        for (Verdict v : Verdict.values()) {
            s.put(v, 0);
        }
        findings.forEach(f -> s.merge(f.status(), 1, Integer::sum));
        return s;
    }

    /**
     * The engine's suggestion (the reviewer decides): a severe finding → 不予通过; anything violated,
     * missing, partial or left to judgement → 修改完善后通过; else 通过.
     */
    static String suggest(List<Finding> findings) {
        if (findings.stream().anyMatch(f -> Finding.SEVERE.equals(f.severity()))) {
            return REJECT;
        }
        return findings.stream().allMatch(f -> f.status() == Verdict.MET) ? PASS : PASS_AFTER_REVISION;
    }
}
