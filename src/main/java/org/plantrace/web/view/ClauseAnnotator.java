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
import org.plantrace.extract.entity.ClauseEntities;
import org.plantrace.extract.entity.Entity;
import org.plantrace.extract.entity.EntityLinker;
import org.plantrace.extract.entity.EntityType;
import org.plantrace.extract.entity.Gazetteer;
import org.plantrace.extract.entity.Mention;
import org.plantrace.extract.indicator.Comparison;
import org.plantrace.extract.indicator.Indicator;
import org.plantrace.extract.indicator.IndicatorClass;
import org.plantrace.extract.indicator.IndicatorExtractor;
import org.plantrace.spatial.LayerKind;

/**
 * Derives a clause's links from its text for the clause page: the indicator table, the entity
 * chips, the text with values and mentions marked, and the map features. Stateless and
 * thread-safe; {@link PlanIndex} keeps the result per clause, since published text does not change.
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
     * The annotator the site uses: the standard indicator rules and the gazetteer found through
     * {@code plantrace.corpus}. A missing gazetteer links nothing; a broken one is logged and links
     * nothing too, since a reading page must not fail over derived data.
     */
    public static ClauseAnnotator standard() {
        EntityLinker l;
        try {
            l = ClauseEntities.defaultLinker();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "gazetteer not usable; clause pages show no entities", e);
            l = new EntityLinker(Gazetteer.empty());
        }
        return new ClauseAnnotator(new IndicatorExtractor(), l);
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
        return new ClauseLinks(rows, groups(mentions), MandatoryText.paragraphs(clause, marks), mapRefs(mentions));
    }

    static IndicatorRow row(int number, Indicator ind) {
        String value = ind.value().toPlainString()
                + (ind.valueMax() == null ? "" : "—" + ind.valueMax().toPlainString());
        IndicatorClass c = ind.effectiveClass();
        return new IndicatorRow(number, ind.name(), comparator(ind.op()), value, ind.unit(),
                ind.year() == null ? "" : ind.year() + "年", c.chineseName(), c == IndicatorClass.BINDING);
    }

    static String comparator(Comparison op) {
        return switch (op) {
            case AT_LEAST -> "≥";
            case AT_MOST -> "≤";
            case MORE_THAN -> ">";
            case LESS_THAN -> "<";
            case EQUAL -> "=";
            case ABOUT -> "约";
            case RANGE -> "区间";
        };
    }

    /** Chips grouped by entity type in the gazetteer's type order; each entity once, variants named. */
    private static List<EntityGroup> groups(List<Mention> mentions) {
        Map<EntityType, Map<String, Set<String>>> byType = new EnumMap<>(EntityType.class);
        Map<String, Entity> entities = new LinkedHashMap<>();
        for (Mention m : mentions) {
            Entity e = m.entity();
            entities.putIfAbsent(e.id(), e);
            // 镇 and 乡 share one group: the plan lists them together
            EntityType key = e.type().townshipLevel() ? EntityType.TOWN : e.type();
            Set<String> written = byType.computeIfAbsent(key, t -> new LinkedHashMap<>())
                    .computeIfAbsent(e.id(), id -> new LinkedHashSet<>());
            if (!m.text().equals(e.name())) {
                written.add(m.text());
            }
        }
        List<EntityGroup> out = new ArrayList<>();
        byType.forEach((type, ids) -> {
            List<EntityChip> chips = new ArrayList<>();
            ids.forEach((id, written) -> chips.add(new EntityChip(id, entities.get(id).name(), String.join("、", written))));
            out.add(new EntityGroup(groupName(type), chips));
        });
        return out;
    }

    /** 镇 and 乡 read as one group, 乡镇, as the plan counts them together on the map too. */
    private static String groupName(EntityType type) {
        return type.townshipLevel() ? "乡镇" : type.chineseName();
    }

    /** The map features the mentions stand for, each once, in order of first mention. */
    static List<MapRef> mapRefs(List<Mention> mentions) {
        Set<MapRef> out = new LinkedHashSet<>();
        for (Mention m : mentions) {
            mapRef(m.entity()).ifPresent(out::add);
        }
        return List.copyOf(out);
    }

    static Optional<MapRef> mapRef(Entity e) {
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
