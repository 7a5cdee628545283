package org.plantrace.web.view;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.link.Anchor;
import org.plantrace.domain.link.FeatureTarget;
import org.plantrace.domain.link.IndicatorTarget;
import org.plantrace.domain.link.Link;
import org.plantrace.extract.entity.Entity;
import org.plantrace.extract.entity.EntityLinker;
import org.plantrace.extract.entity.EntityType;
import org.plantrace.extract.entity.Mention;
import org.plantrace.extract.indicator.Comparison;
import org.plantrace.extract.indicator.Indicator;
import org.plantrace.extract.indicator.IndicatorClass;
import org.plantrace.extract.indicator.IndicatorExtractor;
import org.plantrace.planpackage.PlanPackages;
import org.plantrace.spatial.LayerKind;

/**
 * Builds a clause page's links: the indicator table, the entity chips, the text with values and
 * mentions marked, and the map features. From the link store's effective links when it has the
 * clause ({@link #annotate(Clause, List)}: a drafter's rejection hides a link, an addition shows),
 * else derived from the text ({@link #annotate(Clause)}). Stateless and thread-safe.
 */
public final class ClauseAnnotator {
    private static final Logger LOG = Logger.getLogger(ClauseAnnotator.class.getName());
    /** The layers a named entity can stand for, matched on the end of its name (浑源古城历史城区 → 历史城区). */
    private static final List<LayerKind> NAMED_LAYERS = List.of(LayerKind.ECOLOGICAL_RED_LINE,
            LayerKind.PERMANENT_BASIC_FARMLAND, LayerKind.URBAN_DEVELOPMENT_BOUNDARY, LayerKind.CENTRAL_CITY,
            LayerKind.DETAILED_PLAN_UNIT, LayerKind.HISTORIC_CITY, LayerKind.HISTORIC_DISTRICT);

    private final IndicatorExtractor indicators;
    private final EntityLinker linker;

    public ClauseAnnotator(IndicatorExtractor indicators, EntityLinker linker) {
        this.indicators = indicators;
        this.linker = linker;
    }

    /**
     * The annotator the site uses for a plan: the standard indicator rules and the gazetteer of the
     * plan's package. A plan without a gazetteer links nothing; a broken one is logged and links
     * nothing too, since a reading page must not fail over derived data.
     */
    public static ClauseAnnotator forPlan(String planCode) {
        return new ClauseAnnotator(new IndicatorExtractor(), linkerOf(planCode));
    }

    /** The gazetteer of the plan's package; an empty one when there is none or it is broken (logged). */
    public static EntityLinker linkerOf(String planCode) {
        return PlanPackages.located().linker(planCode);
    }

    /**
     * The page's links from stored effective links: indicator targets become table rows, feature
     * targets chips and map features, each marked in the text where its anchor still matches.
     * Indicator-to-layer links are not shown here, as the derived view never showed them either.
     */
    public ClauseLinks annotate(Clause clause, List<Link> effective) {
        List<IndicatorRow> rows = new ArrayList<>();
        List<TextMark> marks = new ArrayList<>();
        List<Named> named = new ArrayList<>();
        for (Link l : effective) {
            Anchor a = l.anchor();
            boolean inText = a.field() == Anchor.Field.TEXT && a.matches(clause.heading(), clause.text());
            if (l.target() instanceof IndicatorTarget t) {
                rows.add(row(rows.size() + 1, t));
                if (inText) {
                    marks.add(TextMark.indicator(a.start(), a.end(), rows.size()));
                }
            } else if (l.target() instanceof FeatureTarget f) {
                named.add(new Named(f.entityId(), f.name(), entityType(f.entityType()), a.text(),
                        mapRef(f)));
                if (inText) {
                    marks.add(TextMark.entity(a.start(), a.end(), f.entityId()));
                }
            }
        }
        Set<MapRef> refs = new LinkedHashSet<>();
        named.forEach(n -> n.map().ifPresent(refs::add));
        return new ClauseLinks(rows, groups(named), MandatoryText.paragraphs(clause, marks), List.copyOf(refs));
    }

    /** A stored indicator as a table row; a class or comparator a drafter typed oddly is shown as typed. */
    static IndicatorRow row(int number, IndicatorTarget t) {
        String value = t.value().toPlainString() + (t.valueMax() == null ? "" : "—" + t.valueMax().toPlainString());
        Object op;
        try {
            op = Comparison.ofSymbol(t.op());
        } catch (IllegalArgumentException e) {
            op = t.op();
        }
        IndicatorClass c = null;
        try {
            c = t.indicatorClass().isBlank() ? null : IndicatorClass.ofJsonName(t.indicatorClass());
        } catch (IllegalArgumentException e) {
            c = null;
        }
        return new IndicatorRow(number, t.name(), op, value, t.unit(), t.year(), c, c == IndicatorClass.BINDING);
    }

    private static EntityType entityType(String code) {
        try {
            return EntityType.ofCode(code);
        } catch (IllegalArgumentException e) {
            return EntityType.REGION; // a type the gazetteer no longer has: still shown, in a neutral group
        }
    }

    /** A stored feature's map feature: a township its polygon, a layer kind its whole layer. */
    static Optional<MapRef> mapRef(FeatureTarget f) {
        if (f.layerKind().isEmpty()) {
            return Optional.empty();
        }
        return LayerKind.find(f.layerKind()).map(k -> k == LayerKind.TOWNSHIP ? new MapRef(k, f.name()) : MapRef.wholeLayer(k));
    }

    /** An entity named in the clause, however the page learnt it (stored link or derivation). */
    private record Named(String id, String name, EntityType type, String written, Optional<MapRef> map) {
    }

    public ClauseLinks annotate(Clause clause) {
        List<Indicator> found = indicators.extract(clause);
        List<Mention> mentions = linker.link(clause);
        List<IndicatorRow> rows = new ArrayList<>();
        List<TextMark> marks = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            Indicator ind = found.get(i);
            rows.add(row(i + 1, ind));
            marks.add(TextMark.indicator(ind.span().start(), ind.span().end(), i + 1));
        }
        for (Mention m : mentions) {
            if (m.field() == Mention.Field.TEXT) {
                marks.add(TextMark.entity(m.start(), m.end(), m.entity().id()));
            }
        }
        List<Named> named = mentions.stream().map(m -> new Named(m.entity().id(), m.entity().name(), m.entity().type(),
                m.text(), Optional.<MapRef>empty())).toList();
        return new ClauseLinks(rows, groups(named), MandatoryText.paragraphs(clause, marks), mapRefs(mentions));
    }

    static IndicatorRow row(int number, Indicator ind) {
        String value = ind.value().toPlainString()
                + (ind.valueMax() == null ? "" : "—" + ind.valueMax().toPlainString());
        IndicatorClass c = ind.effectiveClass();
        return new IndicatorRow(number, ind.name(), ind.op(), value, ind.unit(), ind.year(), c,
                c == IndicatorClass.BINDING);
    }

    /** Chips grouped by entity type in the gazetteer's type order; each entity once, variants named. */
    private static List<EntityGroup> groups(List<Named> mentions) {
        Map<EntityType, Map<String, Set<String>>> byType = new EnumMap<>(EntityType.class);
        Map<String, String> names = new LinkedHashMap<>();
        for (Named e : mentions) {
            names.putIfAbsent(e.id(), e.name());
            // 镇 and 乡 share one group: the plan lists them together
            EntityType key = e.type().townshipLevel() ? EntityType.TOWN : e.type();
            Set<String> written = byType.computeIfAbsent(key, t -> new LinkedHashMap<>())
                    .computeIfAbsent(e.id(), id -> new LinkedHashSet<>());
            if (!e.written().equals(e.name())) {
                written.add(e.written());
            }
        }
        List<EntityGroup> out = new ArrayList<>();
        byType.forEach((type, ids) -> {
            List<EntityChip> chips = new ArrayList<>();
            ids.forEach((id, written) -> chips.add(new EntityChip(id, names.get(id), String.join("、", written))));
            out.add(new EntityGroup(type, chips));
        });
        return out;
    }


    /** The map features the mentions stand for, each once, in order of first mention. */
    static List<MapRef> mapRefs(List<Mention> mentions) {
        Set<MapRef> out = new LinkedHashSet<>();
        for (Mention m : mentions) {
            mapRef(m.entity()).ifPresent(out::add);
        }
        return List.copyOf(out);
    }

    /** The map feature a gazetteer entity stands for, if any (also what a drafter's added link points to). */
    public static Optional<MapRef> mapRef(Entity e) {
        if (e.type().townshipLevel()) {
            return Optional.of(new MapRef(LayerKind.TOWNSHIP, e.name()));
        }
        if (e.type() != EntityType.CONTROL_LINE && e.type() != EntityType.CENTRAL_CITY
                && e.type() != EntityType.DISTRICT && e.type() != EntityType.FUNCTION_ZONE) {
            return Optional.empty();
        }
        return NAMED_LAYERS.stream().filter(k -> e.name().endsWith(k.label())).findFirst().map(MapRef::wholeLayer);
    }
}
