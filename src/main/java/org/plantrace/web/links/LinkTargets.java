package org.plantrace.web.links;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.plantrace.domain.link.FeatureTarget;
import org.plantrace.domain.link.IndicatorFeatureTarget;
import org.plantrace.domain.link.IndicatorTarget;
import org.plantrace.domain.link.LinkTarget;
import org.plantrace.extract.entity.Entity;
import org.plantrace.extract.entity.EntityLinker;
import org.plantrace.extract.entity.Mention;
import org.plantrace.web.view.ClauseAnnotator;
import org.plantrace.web.view.MapRef;

/**
 * Turns what a drafter typed into the curation forms (修改, 添加) into a link target, or a Chinese
 * message saying what to fix. A place must be one the gazetteer knows, under its name or a
 * spelling it lists, so that the chip, the map and the township facet can all find it.
 */
final class LinkTargets {
    private static final String LINKS = "org.plantrace.web.i18n.Links";
    /** Longest indicator or place name accepted: a name, not a sentence. */
    static final int MAX_NAME = 100;
    static final int MAX_UNIT = 20;
    /** The comparators the add form offers, as {@link IndicatorTarget#op()} spells them. */
    static final Set<String> OPS = Set.of(">=", "<=", ">", "<", "=", "≈");
    static final Set<String> CLASSES = Set.of("binding", "expected");

    private final EntityLinker gazetteer;

    LinkTargets(EntityLinker gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** A new indicator from the add form. */
    IndicatorTarget indicator(String name, String op, String value, String unit, String indicatorClass) {
        String cls = blank(indicatorClass) ? "expected" : indicatorClass.strip();
        if (!CLASSES.contains(cls)) {
            throw new IllegalArgumentException(org.plantrace.web.i18n.Texts.in(LINKS, "target.badClass"));
        }
        String o = blank(op) ? "=" : op.strip();
        if (!OPS.contains(o)) {
            throw new IllegalArgumentException(org.plantrace.web.i18n.Texts.in(LINKS, "target.badOp"));
        }
        return new IndicatorTarget(name(name, org.plantrace.web.i18n.Texts.in(LINKS, "target.indicatorName")), o, number(value), null, unit(unit), null, cls);
    }

    /** An indicator corrected in the edit form: name, value and unit; the rest as extraction read it. */
    IndicatorTarget indicator(IndicatorTarget was, String name, String value, String unit) {
        BigDecimal v = number(value);
        // a range keeps its upper end only while its lower end is unchanged
        BigDecimal max = v.compareTo(was.value()) == 0 ? was.valueMax() : null;
        return new IndicatorTarget(name(name, org.plantrace.web.i18n.Texts.in(LINKS, "target.indicatorName")), max == null && "range".equals(was.op()) ? "=" : was.op(),
                v, max, unit(unit), was.year(), was.indicatorClass());
    }

    /** The gazetteer entity a typed name stands for, as a feature target. */
    FeatureTarget feature(String typed) {
        String name = name(typed, org.plantrace.web.i18n.Texts.in(LINKS, "target.entityName"));
        Entity e = find(name).orElseThrow(() -> new IllegalArgumentException(
                org.plantrace.web.i18n.Texts.in(LINKS, "target.notInGazetteer", name)));
        String layer = ClauseAnnotator.mapRef(e).map(MapRef::layer).map(k -> k.id()).orElse("");
        return new FeatureTarget(e.id(), e.name(), e.type().code(), layer);
    }

    /** The corrected target of an existing link, of the same kind as before. */
    LinkTarget edited(LinkTarget was, String name, String value, String unit) {
        if (was instanceof IndicatorTarget t) {
            return indicator(t, name, value, unit);
        }
        if (was instanceof FeatureTarget) {
            return feature(name);
        }
        if (was instanceof IndicatorFeatureTarget) {
            throw new IllegalArgumentException(org.plantrace.web.i18n.Texts.in(LINKS, "target.layerFixed"));
        }
        throw new IllegalArgumentException(org.plantrace.web.i18n.Texts.in(LINKS, "target.cannotEdit"));
    }

    private Optional<Entity> find(String name) {
        // the whole typed string must be one mention: 王庄堡镇 yes, 王庄堡镇东 no
        List<Mention> mentions = gazetteer.link(name);
        Optional<Entity> whole = mentions.stream().filter(m -> m.start() == 0 && m.end() == name.length())
                .map(Mention::entity).findFirst();
        return whole.or(() -> gazetteer.gazetteer().entities().stream().filter(e -> e.name().equals(name)).findFirst());
    }

    private static String name(String s, String what) {
        if (blank(s)) {
            throw new IllegalArgumentException(org.plantrace.web.i18n.Texts.in(LINKS, "target.required", what));
        }
        String n = s.strip();
        if (n.length() > MAX_NAME) {
            throw new IllegalArgumentException(org.plantrace.web.i18n.Texts.in(LINKS, "target.nameTooLong", what, n.length(), MAX_NAME));
        }
        return n;
    }

    private static String unit(String s) {
        String u = s == null ? "" : s.strip();
        if (u.length() > MAX_UNIT) {
            throw new IllegalArgumentException(org.plantrace.web.i18n.Texts.in(LINKS, "target.unitTooLong", u.length(), MAX_UNIT));
        }
        return u;
    }

    static BigDecimal number(String s) {
        if (blank(s)) {
            throw new IllegalArgumentException(org.plantrace.web.i18n.Texts.in(LINKS, "target.noValue"));
        }
        String v = s.strip().replace('，', ',').replace(",", "").replace('．', '.');
        // plain decimals only: an exponent (1e999999999) would make the page print a billion digits
        if (!v.matches("[+-]?\\d{1,15}(\\.\\d{1,10})?")) {
            String shown = s.strip().length() > 30 ? s.strip().substring(0, 30) + "…" : s.strip();
            throw new IllegalArgumentException(org.plantrace.web.i18n.Texts.in(LINKS, "target.notANumber", shown));
        }
        return new BigDecimal(v);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
