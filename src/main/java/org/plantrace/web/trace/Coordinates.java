package org.plantrace.web.trace;

/** Decimal degrees from a request parameter: a finite number within ±{@code limit}, else null. */
final class Coordinates {
    private Coordinates() {
    }

    static Double degrees(String text, double limit) {
        if (text == null || text.isBlank() || text.length() > 32) {
            return null;
        }
        try {
            double v = Double.parseDouble(text.strip());
            return Double.isFinite(v) && v >= -limit && v <= limit ? v : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
