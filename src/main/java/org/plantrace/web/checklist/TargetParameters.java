package org.plantrace.web.checklist;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.plantrace.transmission.Target;
import org.plantrace.transmission.TargetKind;

/**
 * How an address names a target: {@code township=王庄堡镇} or {@code unit=…}. One place so that the
 * page, the diff and the downloads read and write the same parameters.
 */
final class TargetParameters {
    private TargetParameters() {
    }

    /** The kind asked for, or null when neither parameter is given (the index). */
    static TargetKind kind(String township, String unit) {
        if (township != null && !township.isBlank()) {
            return TargetKind.TOWNSHIP;
        }
        if (unit != null && !unit.isBlank()) {
            return TargetKind.UNIT;
        }
        return null;
    }

    static String name(String township, String unit) {
        return kind(township, unit) == TargetKind.TOWNSHIP ? township.strip() : unit == null ? null : unit.strip();
    }

    /** {@code township=%E7%8E%8B…} or {@code unit=…}. */
    static String query(Target target) {
        return (target.kind() == TargetKind.TOWNSHIP ? "township=" : "unit=") + encode(target.name());
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

}
