package org.plantrace.extract.lint.numeric;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.message.Message;
import org.plantrace.extract.lint.Finding;
import org.plantrace.extract.lint.LintRule;
import org.plantrace.extract.lint.Severity;
import org.plantrace.spatial.Feature;
import org.plantrace.spatial.Layer;
import org.plantrace.spatial.LayerKind;
import org.plantrace.spatial.LayerSet;
import org.plantrace.spatial.crs.EqualArea;

/**
 * NUM003: an area the plan states for a control line or zone (生态保护红线 538.87平方千米, 中心城区总面积
 * 31.59平方千米) against the area of the matching layer, measured on the ellipsoid. The first
 * statement of each layer kind is checked (repeats are NUM005's business). A statement names its
 * kind when the indicator's name starts with the kind's label (生态保护红线面积, 耕地保有量), or, for a
 * bare 总面积 / 面积, when its sentence starts with it (中心城区：总面积…, 历史城区东至…，面积约为107公顷).
 *
 * <p>Agreement means within the stated figure's rounding plus {@link #TOLERANCE}: a measured layer
 * never reproduces a figure to its last digit (the plan's figures come from the official database,
 * layers exchanged for review are simplified, and projections differ), and 1% separates that
 * noise from a layer of another line or another vintage. A kind the plan states but no layer holds
 * is "no data", an info finding, never counted as consistent. Messages say when the layers are
 * illustrative: such a layer agreeing proves only that it was calibrated to the text.
 */
public final class LayerAreaRule implements LintRule {
    public static final String ID = "NUM003";
    /** Relative difference, beyond the stated figure's rounding, still counted as agreement. */
    static final double TOLERANCE = 0.01;
    private static final List<LayerKind> CHECKED = List.of(LayerKind.ECOLOGICAL_RED_LINE, LayerKind.CULTIVATED_LAND,
            LayerKind.PERMANENT_BASIC_FARMLAND, LayerKind.URBAN_DEVELOPMENT_BOUNDARY, LayerKind.CENTRAL_CITY,
            LayerKind.HISTORIC_CITY, LayerKind.HISTORIC_DISTRICT);
    private static final String SENTENCE_ENDS = "。；\n";

    private final LayerSet layers;

    /** {@code layers} null: no layer set was found, every stated area is "no data". */
    public LayerAreaRule(LayerSet layers) {
        this.layers = layers;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> check(List<Clause> forest) {
        Map<LayerKind, Stated> stated = new EnumMap<>(LayerKind.class);
        for (Stated s : Figures.all(forest)) {
            if (Figures.isArea(s.indicator())) {
                kindOf(s).ifPresent(k -> stated.putIfAbsent(k, s));
            }
        }
        List<Finding> out = new ArrayList<>();
        List<Message> consistent = new ArrayList<>();
        int inconsistent = 0;
        int noData = 0;
        for (Map.Entry<LayerKind, Stated> e : stated.entrySet()) {
            Stated s = e.getValue();
            LayerKind label = e.getKey();
            Optional<Layer> layer = layers == null ? Optional.empty() : layers.get(e.getKey());
            if (layer.isEmpty() || layer.get().features().isEmpty()) {
                noData++;
                out.add(new Finding(ID, Severity.INFO, s.clause().eId(), s.where(),
                        Message.of("lint.layer.missing", label, s.written(), e.getKey().id())));
                continue;
            }
            Interval text = Figures.areaKm2(s.indicator());
            double measured = km2(layer.get());
            double allowed = text.width() / 2 + TOLERANCE * text.mid();
            // the layer's area is said in the text's unit (万亩, 公顷), so the two figures read side by side
            double perUnit = text.mid() / s.indicator().value().doubleValue();
            Message plainFigures = Message.of("lint.layer.figures", Message.of("common.empty"), label,
                    Figures.fixed(measured / perUnit, 2) + s.indicator().unit(), s.written(), percent(measured, text.mid()));
            Message figures = Message.of("lint.layer.figures", mark(layer.get()), label,
                    Figures.fixed(measured / perUnit, 2) + s.indicator().unit(), s.written(), percent(measured, text.mid()));
            if (Math.abs(measured - text.mid()) <= allowed) {
                // the summary's own heading already says the layers are illustrative
                consistent.add(Figures.consistent(s.place(), plainFigures));
            } else {
                inconsistent++;
                out.add(new Finding(ID, Severity.WARNING, s.clause().eId(), s.where(),
                        Message.of("lint.layer.differ", figures, Figures.fixed(TOLERANCE * 100, 0))));
            }
        }
        if (layers != null && layers.get(LayerKind.COUNTY).isPresent()) {
            Finding county = county(layers.get(LayerKind.COUNTY).get(), forest);
            if (county == null) {
                // no share in the plan: the county's area is not stated, so there is nothing to check
            } else if (county.severity() == Severity.INFO) {
                consistent.add(Figures.consistent(county.place(), county.text()));
            } else {
                inconsistent++;
                out.add(county);
            }
        }
        Message scope = Message.of(layers != null && layers.illustrative() ? "lint.layer.what.illustrative" : "lint.layer.what");
        out.add(Figures.summary(ID, scope, consistent, inconsistent, noData));
        return out;
    }

    /**
     * The plan rarely states the county's own area, but its shares imply one (NUM001): the county
     * layer is checked against the most precise implication. Null when the plan has no share.
     * Returns an info finding when consistent (the caller only counts it), a warning otherwise.
     */
    private static Finding county(Layer county, List<Clause> forest) {
        List<ShareRule.Implied> implied = ShareRule.implied(forest);
        if (implied.isEmpty() || county.features().isEmpty()) {
            return null;
        }
        ShareRule.Implied ref = ShareRule.reference(implied);
        double measured = km2(county);
        double central = ref.central();
        Message plainFigures = Message.of("lint.county.figures", Message.of("common.empty"), Figures.fixed(measured, 2),
                ShareRule.describe(ref), percent(measured, central));
        Message figures = Message.of("lint.county.figures", mark(county), Figures.fixed(measured, 2),
                ShareRule.describe(ref), percent(measured, central));
        boolean agrees = measured >= ref.county().low() - TOLERANCE * central
                && measured <= ref.county().high() + TOLERANCE * central;
        Stated s = ref.stated();
        // consistent: only counted in the summary, whose heading already says the layers are illustrative
        return agrees ? new Finding(ID, Severity.INFO, s.clause().eId(), s.place(), plainFigures)
                : new Finding(ID, Severity.WARNING, s.clause().eId(), s.where(),
                        Message.of("lint.county.differ", figures, Figures.fixed(TOLERANCE * 100, 0)));
    }

    private static Message mark(Layer layer) {
        return Message.of(layer.illustrative() ? "lint.layer.illustrative" : "common.empty");
    }

    private static String percent(double measured, double stated) {
        String d = Figures.fixed((measured - stated) / stated * 100, 2);
        // a sign only on a difference that shows: "0.00%", not "+0.00%" or "-0.00%"
        if (d.matches("-?0\\.00")) {
            return "0.00%";
        }
        return (d.startsWith("-") ? "" : "+") + d + "%";
    }

    /** The layer kind a stated area is about, by its name or, for a bare 总面积, by its sentence. */
    static Optional<LayerKind> kindOf(Stated s) {
        String name = s.indicator().name();
        for (LayerKind k : CHECKED) {
            if (name.startsWith(k.label())) {
                return Optional.of(k);
            }
        }
        if (!name.equals("总面积") && !name.equals("面积")) {
            return Optional.empty();
        }
        String text = s.clause().text();
        int start = s.indicator().span().start();
        int from = 0;
        for (int i = start - 1; i >= 0; i--) {
            if (SENTENCE_ENDS.indexOf(text.charAt(i)) >= 0) {
                from = i + 1;
                break;
            }
        }
        String sentence = text.substring(from, start);
        // 历史文化街区 before 历史城区 would not matter (neither is a prefix of the other); order is CHECKED's
        return CHECKED.stream().filter(k -> sentence.startsWith(k.label())).findFirst();
    }

    /** The true area of a layer in km², overlapping features counted once. */
    static double km2(Layer layer) {
        List<Geometry> gs = layer.features().stream().map(Feature::geometry).toList();
        return EqualArea.areaOf(UnaryUnionOp.union(gs)).km2();
    }
}
