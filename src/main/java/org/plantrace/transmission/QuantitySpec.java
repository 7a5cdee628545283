package org.plantrace.transmission;

/**
 * Where an item's {@link QuantityTarget} comes from, as written in the rules file's quantity column:
 * {@code -} none; {@code first} the first indicator stated in the cut text; {@code each} one item
 * per indicator stated in the cut; {@code overlay:LAYER:OP:NAME:UNIT} the area of LAYER inside the
 * target, measured on the layers (UNIT one of 平方千米, 公顷, 亩, 万亩).
 */
public record QuantitySpec(Kind kind, String layer, String op, String name, String unit) {
    public enum Kind {
        NONE,
        FIRST,
        EACH,
        OVERLAY
    }

    public static final QuantitySpec NONE = new QuantitySpec(Kind.NONE, null, null, null, null);

    /** Parses the column; throws IllegalArgumentException with a Chinese message. */
    public static QuantitySpec parse(String cell) {
        String c = cell.strip();
        switch (c) {
            case "-", "":
                return NONE;
            case "first":
                return new QuantitySpec(Kind.FIRST, null, null, null, null);
            case "each":
                return new QuantitySpec(Kind.EACH, null, null, null, null);
            default:
                break;
        }
        String[] parts = c.split(":", -1);
        if (parts.length != 5 || !parts[0].equals("overlay")) {
            throw new IllegalArgumentException("quantity 列应为 -、first、each 或 overlay:图层:比较符:名称:单位，而不是“" + c + "”");
        }
        if (!java.util.Set.of(">=", "<=", "=", "≈").contains(parts[2])) {
            throw new IllegalArgumentException("overlay 的比较符应为 >=、<=、= 或 ≈，而不是“" + parts[2] + "”");
        }
        if (!java.util.Set.of("平方千米", "公顷", "亩", "万亩").contains(parts[4])) {
            throw new IllegalArgumentException("overlay 的单位应为 平方千米、公顷、亩 或 万亩，而不是“" + parts[4] + "”");
        }
        return new QuantitySpec(Kind.OVERLAY, parts[1], parts[2], parts[3], parts[4]);
    }

    /** Square kilometres in this spec's unit. */
    public double fromKm2(double km2) {
        return switch (unit) {
            case "公顷" -> km2 * 100;
            case "亩" -> km2 * 1e6 * 15 / 10000;
            case "万亩" -> km2 * 1e6 * 15 / 10000 / 10000;
            default -> km2;
        };
    }
}
