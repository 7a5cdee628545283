package org.plantrace.application.links;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.link.Anchor;
import org.plantrace.domain.link.FeatureTarget;
import org.plantrace.domain.link.IndicatorTarget;
import org.plantrace.domain.link.Link;
import org.plantrace.extract.entity.Entity;
import org.plantrace.extract.entity.EntityLinker;
import org.plantrace.extract.entity.EntityType;
import org.plantrace.extract.entity.Mention;
import org.plantrace.extract.indicator.Indicator;
import org.plantrace.extract.indicator.IndicatorExtractor;
import org.plantrace.planpackage.PlanPackages;
import org.plantrace.spatial.LayerKind;

/**
 * Extraction's suggestions for one clause: its indicators, the entities it names and, by the rule
 * table, the layers its indicators measure. Stateless and thread-safe.
 */
public final class LinkDerivation {
    /** Entity types that stand for a whole layer when their name ends with the layer's word (浑源古城历史城区 → 历史城区). */
    private static final List<LayerKind> NAMED_LAYERS = List.of(LayerKind.ECOLOGICAL_RED_LINE,
            LayerKind.PERMANENT_BASIC_FARMLAND, LayerKind.URBAN_DEVELOPMENT_BOUNDARY, LayerKind.CENTRAL_CITY,
            LayerKind.DETAILED_PLAN_UNIT, LayerKind.HISTORIC_CITY, LayerKind.HISTORIC_DISTRICT);

    private final IndicatorExtractor indicators;
    /** The entity linker of a plan, by plan code: a plan links the places of its own package's gazetteer. */
    private final Function<String, EntityLinker> entities;
    private final IndicatorLayerRules layerRules;

    /** One gazetteer for every plan (tests). */
    public LinkDerivation(IndicatorExtractor indicators, EntityLinker entities, IndicatorLayerRules layerRules) {
        this(indicators, code -> entities, layerRules);
    }

    public LinkDerivation(IndicatorExtractor indicators, Function<String, EntityLinker> entities, IndicatorLayerRules layerRules) {
        this.indicators = indicators;
        this.entities = entities;
        this.layerRules = layerRules;
    }

    /**
     * The standard indicator rules, the gazetteer of each plan's package (looked up on every call,
     * so a package added later is found once {@link PlanPackages#forgetLocated()} was called) and the
     * located rule table.
     */
    public static LinkDerivation standard() {
        return new LinkDerivation(new IndicatorExtractor(), code -> PlanPackages.located().linker(code),
                IndicatorLayerRules.located());
    }

    /** Suggestions in text order: indicators (each followed by its layer link, if any), then entities. */
    public List<Link> suggest(String plan, int version, Clause clause, Instant at) {
        List<Link> out = new ArrayList<>();
        String uid = clause.uid();
        String text = clause.text();
        for (Indicator ind : indicators.extract(clause)) {
            Anchor anchor = new Anchor(Anchor.Field.TEXT, ind.span().start(), ind.span().end(),
                    text.substring(ind.span().start(), ind.span().end()));
            out.add(Link.suggested(plan, version, uid, target(ind), anchor, at));
            layerRules.match(clip(ind.name())).ifPresent(t -> out.add(Link.suggested(plan, version, uid, t, anchor, at)));
        }
        for (Mention m : entities.apply(plan).link(clause)) {
            Anchor.Field field = m.field() == Mention.Field.HEADING ? Anchor.Field.HEADING : Anchor.Field.TEXT;
            Entity e = m.entity();
            out.add(Link.suggested(plan, version, uid,
                    new FeatureTarget(e.id(), e.name(), e.type().code(), layerOf(e).map(LayerKind::id).orElse("")),
                    new Anchor(field, m.start(), m.end(), m.text()), at));
        }
        return out;
    }

    static IndicatorTarget target(Indicator ind) {
        return new IndicatorTarget(clip(ind.name()), ind.op().symbol(), ind.value(), ind.valueMax(), clip(ind.unit()),
                ind.year(), ind.effectiveClass().name().toLowerCase());
    }

    /** Longest name or unit kept: a text without punctuation can give an indicator a name of pages. */
    static final int MAX_NAME = 200;

    static String clip(String s) {
        return s.length() <= MAX_NAME ? s : s.substring(0, MAX_NAME - 1) + "…";
    }

    /** The layer an entity stands for: a township its polygon, a control line or zone its whole layer. */
    static Optional<LayerKind> layerOf(Entity e) {
        if (e.type().townshipLevel()) {
            return Optional.of(LayerKind.TOWNSHIP);
        }
        if (e.type() != EntityType.CONTROL_LINE && e.type() != EntityType.CENTRAL_CITY
                && e.type() != EntityType.DISTRICT && e.type() != EntityType.FUNCTION_ZONE) {
            return Optional.empty();
        }
        return NAMED_LAYERS.stream().filter(k -> e.name().endsWith(k.label())).findFirst();
    }
}
