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
            throw new IllegalArgumentException("指标类别只能是约束性或预期性");
        }
        String o = blank(op) ? "=" : op.strip();
        if (!OPS.contains(o)) {
            throw new IllegalArgumentException("比较方式只能是 ≥、≤、>、<、= 或 约");
        }
        return new IndicatorTarget(name(name, "指标名称"), o, number(value), null, unit(unit), null, cls);
    }

    /** An indicator corrected in the edit form: name, value and unit; the rest as extraction read it. */
    IndicatorTarget indicator(IndicatorTarget was, String name, String value, String unit) {
        BigDecimal v = number(value);
        // a range keeps its upper end only while its lower end is unchanged
        BigDecimal max = v.compareTo(was.value()) == 0 ? was.valueMax() : null;
        return new IndicatorTarget(name(name, "指标名称"), max == null && "range".equals(was.op()) ? "=" : was.op(),
                v, max, unit(unit), was.year(), was.indicatorClass());
    }

    /** The gazetteer entity a typed name stands for, as a feature target. */
    FeatureTarget feature(String typed) {
        String name = name(typed, "地名或要素名称");
        Entity e = find(name).orElseThrow(() -> new IllegalArgumentException("地名库中没有“" + name
                + "”：请填写地名库中的名称或写法（如 王庄堡镇、生态保护红线），或改选“指标”"));
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
            throw new IllegalArgumentException("指标对应图层由规则表给出，不能在此修改；如有误请否决");
        }
        throw new IllegalArgumentException("无法修改这种关联");
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
            throw new IllegalArgumentException("请填写" + what);
        }
        String n = s.strip();
        if (n.length() > MAX_NAME) {
            throw new IllegalArgumentException(what + "有 " + n.length() + " 字，超过 " + MAX_NAME + " 字；请只填名称本身");
        }
        return n;
    }

    private static String unit(String s) {
        String u = s == null ? "" : s.strip();
        if (u.length() > MAX_UNIT) {
            throw new IllegalArgumentException("单位有 " + u.length() + " 字，超过 " + MAX_UNIT + " 字；请只填单位（如 万亩、%）");
        }
        return u;
    }

    static BigDecimal number(String s) {
        if (blank(s)) {
            throw new IllegalArgumentException("请填写指标数值");
        }
        String v = s.strip().replace('，', ',').replace(",", "").replace('．', '.');
        // plain decimals only: an exponent (1e999999999) would make the page print a billion digits
        if (!v.matches("[+-]?\\d{1,15}(\\.\\d{1,10})?")) {
            String shown = s.strip().length() > 30 ? s.strip().substring(0, 30) + "…" : s.strip();
            throw new IllegalArgumentException("数值“" + shown + "”不是数字，请只填数字（如 73.39，最多 15 位整数）");
        }
        return new BigDecimal(v);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
