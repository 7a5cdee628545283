package org.plantrace.extract.indicator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** One row of {@code hunyuan/indicators-gold.tsv}; "-" columns are null (unit: empty). */
record GoldIndicator(int line, String heading, String name, String op, BigDecimal value, BigDecimal valueMax,
        String unit, Integer year, Integer baseYear, BigDecimal shareOf) {

    static List<GoldIndicator> load() throws IOException {
        List<GoldIndicator> rows = new ArrayList<>();
        try (InputStream in = GoldIndicator.class.getResourceAsStream("/hunyuan/indicators-gold.tsv")) {
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int n = 0;
            boolean header = true;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                if (header) { // the column names
                    header = false;
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length != 9) {
                    throw new IllegalStateException("gold line " + n + " has " + f.length + " columns: " + line);
                }
                rows.add(new GoldIndicator(n, f[0], f[1], f[2], new BigDecimal(f[3]), decimal(f[4]),
                        f[5].equals("-") ? "" : f[5], year(f[6]), year(f[7]), decimal(f[8])));
            }
        }
        return rows;
    }

    private static BigDecimal decimal(String s) {
        return s.equals("-") ? null : new BigDecimal(s);
    }

    private static Integer year(String s) {
        return s.equals("-") ? null : Integer.valueOf(s);
    }

    /** Same value(s), same unit (％ = %), same comparator, and one name contains the other. */
    boolean matches(Indicator i) {
        return value.compareTo(i.value()) == 0
                && (valueMax == null ? i.valueMax() == null : i.valueMax() != null && valueMax.compareTo(i.valueMax()) == 0)
                && canonical(unit).equals(canonical(i.unit()))
                && op.equals(i.op().symbol())
                && (i.name().contains(name) || name.contains(i.name()) && !i.name().isEmpty());
    }

    static String canonical(String unit) {
        return unit.replace('％', '%');
    }

    @Override
    public String toString() {
        return "gold line " + line + " [" + heading + "] " + name + " " + op + " " + value.toPlainString()
                + (valueMax == null ? "" : "—" + valueMax.toPlainString()) + " " + unit;
    }
}
