package org.plantrace.extract.indicator;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.clause.ClauseKind;
import org.plantrace.domain.clause.TableGrid;
import org.plantrace.domain.clause.Span;

/**
 * Reads the numeric indicators of one clause's own text. Stateless and thread-safe; the rules come
 * from {@link IndicatorRules#standard()} unless given.
 *
 * <p>A quantity is an indicator when it carries a unit of the rules, or, without a unit, when a
 * comparator phrase stands with it and either a suffix (以内) or a ratio name (扩展倍数, 拆建比) does
 * too. The comparator is, in order of precedence: range (a—b), the suffix (以上 ≥, 以内/以下 ≤,
 * 左右 ≈), the prefix phrase (不低于 ≥, 不超过 ≤, 约 ≈, bare 达到 ≥), else {@code =}.
 */
public final class IndicatorExtractor {
    private final IndicatorRules rules;
    private final QuantityScanner scanner;
    private final IndicatorNamer namer;
    private final YearReader years;

    public IndicatorExtractor() {
        this(IndicatorRules.standard());
    }

    public IndicatorExtractor(IndicatorRules rules) {
        this.rules = rules;
        this.scanner = new QuantityScanner(rules);
        this.namer = new IndicatorNamer(rules);
        this.years = new YearReader(rules);
    }

    /**
     * The indicators of a clause; a table that is a 规划指标表 is read by its columns
     * ({@link IndicatorTable}), other tables and all other clauses by their text.
     */
    public List<Indicator> extract(Clause clause) {
        if (clause.kind() == ClauseKind.TABLE) {
            List<Indicator> rows = new IndicatorTable(rules).read(TableGrid.of(clause));
            if (!rows.isEmpty()) {
                return rows;
            }
        }
        return extract(clause.text());
    }

    public List<Indicator> extract(String text) {
        List<Indicator> out = new ArrayList<>();
        List<Quantity> kept = new ArrayList<>();
        int previousEnd = -1;
        boolean previousNamedAfter = false;
        for (Quantity q : scanner.scan(text)) {
            int segmentStart = segmentStart(text, q.start(), previousEnd);
            boolean chained = previousNamedAfter && segmentStart == previousEnd;
            Naming naming = namer.name(text, q, segmentStart, chained);
            if (q.unit() == null && !countsWithoutUnit(q, naming)) {
                continue;
            }
            YearReader.Years y = years.at(text, q.start());
            Integer shareOf = naming.shareWhole() == null ? null : shareBase(out, kept, q, naming.shareWhole());
            String name = naming.shareWhole() == null ? naming.name() : shareName(out, shareOf, naming.shareWhole());
            out.add(new Indicator(name, comparison(q, naming), new BigDecimal(q.value()),
                    q.valueMax() == null ? null : new BigDecimal(q.valueMax()), q.unitText(), normalized(q),
                    y.target(), y.base(), classOf(text, q.start(), name), null, new Span(q.start(), q.spanEnd()), shareOf));
            kept.add(q);
            previousEnd = q.end();
            previousNamedAfter = naming.nameAfter();
        }
        return out;
    }

    /** Words before a quantity start after the last punctuation, or after the previous indicator. */
    private static int segmentStart(String text, int quantityStart, int previousEnd) {
        int start = 0;
        for (int i = quantityStart - 1; i >= 0; i--) {
            if (IndicatorNamer.DELIMITERS.indexOf(text.charAt(i)) >= 0) {
                start = i + 1;
                break;
            }
        }
        return Math.max(start, previousEnd);
    }

    private boolean countsWithoutUnit(Quantity q, Naming naming) {
        if (!naming.strongPrefix()) {
            return false;
        }
        if (q.suffix() != null) {
            return true;
        }
        return rules.unitlessNameEnds.stream().anyMatch(naming.name()::endsWith);
    }

    private static Comparison comparison(Quantity q, Naming naming) {
        if (q.isRange()) {
            return Comparison.RANGE;
        }
        if (q.suffix() != null) {
            return q.suffix().op();
        }
        return naming.prefixOp() == null ? Comparison.EQUAL : naming.prefixOp();
    }

    private static Normalized normalized(Quantity q) {
        if (q.unit() == null) {
            return null;
        }
        BigDecimal f = q.unit().factor();
        BigDecimal max = q.valueMax() == null ? null : scaled(q.valueMax(), f);
        return new Normalized(scaled(q.value(), f), max, q.unit().baseUnit());
    }

    private static BigDecimal scaled(String written, BigDecimal factor) {
        BigDecimal v = new BigDecimal(written).multiply(factor, MathContext.DECIMAL64).stripTrailingZeros();
        return v.scale() < 0 ? v.setScale(0) : v; // 60, not 6E+1, in JSON
    }

    /**
     * The quantity a share is of: the nearest earlier indicator of the clause that is not itself a
     * share and not in the share's own unit; when the rules say what the whole is measured in
     * (国土面积 → 公顷), the nearest earlier quantity in that unit.
     */
    private Integer shareBase(List<Indicator> found, List<Quantity> quantities, Quantity share, String whole) {
        String wholeUnit = rules.wholeBaseUnit(whole);
        String shareUnit = share.unit() == null ? "" : share.unit().baseUnit();
        for (int i = found.size() - 1; i >= 0; i--) {
            Quantity q = quantities.get(i);
            if (q.unit() == null || q.unit().baseUnit().equals(shareUnit) || found.get(i).isShare()) {
                continue;
            }
            if (wholeUnit == null || q.unit().baseUnit().equals(wholeUnit)) {
                return i;
            }
        }
        return null;
    }

    private String shareName(List<Indicator> found, Integer base, String whole) {
        String of = rules.shareWord + whole + rules.shareNameEnd;
        return base == null ? of : found.get(base).name() + of;
    }

    /** A class word in the sentence (约束性指标) decides; else a binding keyword in the name; else expected. */
    private IndicatorClass classOf(String text, int position, String name) {
        int start = Math.max(text.lastIndexOf('。', position - 1), text.lastIndexOf('\n', position - 1)) + 1;
        int end = text.indexOf('。', position);
        String sentence = text.substring(start, end < 0 ? text.length() : end);
        for (Map.Entry<String, IndicatorClass> e : rules.classWords.entrySet()) {
            if (sentence.contains(e.getKey())) {
                return e.getValue();
            }
        }
        return rules.bindingKeywords.stream().anyMatch(name::contains) ? IndicatorClass.BINDING : IndicatorClass.EXPECTED;
    }
}
