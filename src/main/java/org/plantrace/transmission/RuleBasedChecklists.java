package org.plantrace.transmission;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import org.plantrace.domain.clause.Span;
import org.plantrace.domain.message.Message;
import org.plantrace.domain.plan.PlanVersion;
import org.plantrace.extract.entity.Entity;
import org.plantrace.extract.entity.EntityLinker;
import org.plantrace.extract.entity.EntityType;
import org.plantrace.extract.entity.Gazetteer;
import org.plantrace.extract.entity.Variant;
import org.plantrace.extract.indicator.Indicator;
import org.plantrace.extract.indicator.IndicatorExtractor;
import org.plantrace.ingest.InputRejectedException;
import org.plantrace.planpackage.PlanPackage;
import org.plantrace.planpackage.PlanPackages;
import org.plantrace.spatial.LayerSet;
import org.plantrace.spatial.engine.JtsEngine;
import org.plantrace.spatial.engine.SpatialEngine;

/**
 * Applies the rules of {@code templates/transmission/rules.tsv} to a county version. Townships are
 * the gazetteer's 镇 and 乡 that the version names (gazetteer order); units are the features of the
 * detailed-plan-unit layer, when the version speaks of 详规单元. For every clause, every piece
 * (sentence) and every rule in file order, a rule whose trigger matches claims the piece for the
 * targets of its scope that no earlier rule claimed; overlay rules add one item per target from the
 * layers. Items are sorted by category (categories.tsv order), then by the source's place in the
 * text, then by rule order. Nothing township-specific is in this class: names come from the
 * gazetteer of the plan's own package, wording and patterns from the rules file.
 */
public final class RuleBasedChecklists implements Checklists {
    /** Basis of a quantity read from illustrative layers. */
    public static final String ILLUSTRATIVE_BASIS = "示意图层叠加（示意数据）";
    public static final String LAYER_BASIS = "图层叠加";
    public static final String TEXT_BASIS = "规划文本";
    /** The section the illustrative estimates go to, apart from the requirements (issue #14.2). */
    public static final String ESTIMATES = "示意测算，非规划下达指标";
    private static final double MIN_OVERLAP_KM2 = 1e-6; // one square metre
    private static final int CACHE = 4;

    private final DerivationRules rules;
    /** The gazetteer and layers of a plan, by plan code: each plan's targets come from its own package. */
    private final Function<String, PlanData> plans;
    private final Map<String, PlanData> planData = new HashMap<>();
    private final Clock clock;
    private final IndicatorExtractor indicators = new IndicatorExtractor();
    private final Map<String, Derivation> cache = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Derivation> eldest) {
            return size() > CACHE;
        }
    };

    /** One gazetteer and one layer set (null: none) for every plan: tests and single-plan tools. */
    public RuleBasedChecklists(DerivationRules rules, EntityLinker linker, LayerSet layers, Clock clock) {
        this.rules = rules;
        PlanData fixed = new PlanData(linker, new TargetAreas(layers));
        this.plans = code -> fixed;
        this.clock = clock;
    }

    /**
     * Each plan with the gazetteer and layers of its own package; a plan without a package binds no
     * township. A package's layers are read when a version of its plan is first derived.
     *
     * @throws IllegalStateException (when deriving) the plan's layers folder exists but cannot be read
     */
    public RuleBasedChecklists(DerivationRules rules, PlanPackages packages, Clock clock) {
        this(rules, () -> packages, clock, JtsEngine.INSTANCE);
    }

    private RuleBasedChecklists(DerivationRules rules, Supplier<PlanPackages> packages, Clock clock, SpatialEngine spatial) {
        this.rules = rules;
        this.plans = code -> {
            Optional<PlanPackage> plan = packages.get().byCode(code);
            if (plan.isEmpty()) {
                return null; // not remembered: the package may be added later
            }
            try {
                // keyed apart from the point index of the same plan ("what applies here"): each holder its own rows
                return new PlanData(packages.get().linker(code), new TargetAreas(plan.get().layers().orElse(null),
                        set -> spatial.load("overlay:" + code, set)));
            } catch (InputRejectedException e) {
                throw new IllegalStateException("规划 " + code + " 的图层无法读取：" + e.getMessage(), e);
            }
        };
        this.clock = clock;
    }

    /**
     * The rules of the located templates folder ({@link TemplatesLocator}) and, for each plan, the
     * gazetteer and layers of its package among the located ones ({@link PlanPackages#located()},
     * asked again for a plan not found before, so a package added later is found).
     *
     * @throws RuleFileException the rules cannot be read
     */
    public static RuleBasedChecklists standard() {
        return standard(JtsEngine.INSTANCE);
    }

    /** As {@link #standard()}, the township overlays run by {@code spatial} (PostGIS on a PostgreSQL store with it). */
    public static RuleBasedChecklists standard(SpatialEngine spatial) {
        return new RuleBasedChecklists(DerivationRules.read(TemplatesLocator.templatesRoot()), PlanPackages::located,
                Clock.systemUTC(), spatial);
    }

    /** What a plan's derivations read besides its text: its gazetteer and the areas of its layers. */
    private record PlanData(EntityLinker linker, TargetAreas areas) {
    }

    /** A plan without a package: no gazetteer, so no township; no layers, so no unit. */
    private static final PlanData NO_PACKAGE = new PlanData(new EntityLinker(Gazetteer.empty()), new TargetAreas(null));

    private synchronized PlanData planData(String code) {
        PlanData d = planData.get(code);
        if (d == null) {
            d = plans.apply(code);
            if (d == null) {
                return NO_PACKAGE;
            }
            planData.put(code, d);
        }
        return d;
    }

    public DerivationRules rules() {
        return rules;
    }

    @Override
    public List<Target> targets(PlanVersion county) {
        return derivation(county).targets;
    }

    @Override
    public Checklist derive(PlanVersion county, Target target) {
        Derivation d = derivation(county);
        List<ChecklistItem> items = d.items.get(target);
        if (items == null) {
            throw new IllegalArgumentException("第 " + county.number() + " 版没有传导对象 " + target.name());
        }
        return new Checklist(target, county.plan().code(), county.plan().name(), county.number(), clock.instant(), items,
                d.notes.getOrDefault(target, List.of()));
    }

    /**
     * The target whose canonical name or variant in the plan's gazetteer is {@code name} (townships),
     * or the unit of that name in the plan's layers.
     */
    public Optional<Target> canonicalTarget(PlanVersion version, TargetKind kind, String name) {
        PlanData data = planData(version.plan().code());
        TargetAreas areas = data.areas();
        EntityLinker linker = data.linker();
        if (kind == TargetKind.UNIT) {
            return areas.unitNames().contains(name) ? Optional.of(new Target(kind, name)) : Optional.empty();
        }
        for (Entity e : linker.gazetteer().entities()) {
            if (!e.type().townshipLevel()) {
                continue;
            }
            if (e.name().equals(name) || e.variants().stream().map(Variant::text).anyMatch(name::equals)) {
                return Optional.of(new Target(kind, e.name()));
            }
        }
        return Optional.empty();
    }

    /** Forgets remembered derivations and packages, so the next call reads them afresh (benchmarks, reloads). */
    public synchronized void clearCache() {
        cache.clear();
        planData.clear();
    }

    private synchronized Derivation derivation(PlanVersion v) {
        StringBuilder key = new StringBuilder(v.plan().code()).append('#').append(v.number());
        for (org.plantrace.domain.clause.Clause c : org.plantrace.domain.clause.ClauseTree.flatten(v.clauses())) {
            key.append('|').append(c.eId()).append(c.uid()).append(c.heading()).append('\u0000').append(c.text())
                    .append(c.mandatory()).append(c.mandatorySpans());
        }
        String k = VersionText.fingerprint(key.toString());
        Derivation d = cache.get(k);
        if (d == null) {
            d = new Derivation(v, planData(v.plan().code()));
            cache.put(k, d);
        }
        return d;
    }

    /** Everything derived from one version: the targets and their sorted items. */
    private final class Derivation {
        final List<Target> targets = new ArrayList<>();
        final Map<Target, List<ChecklistItem>> items = new LinkedHashMap<>();
        /** Messages to the reader per target that are not requirements (a missing layer). */
        final Map<Target, List<Message>> notes = new LinkedHashMap<>();
        private final Map<Target, List<Sortable>> raw = new LinkedHashMap<>();
        private final Map<String, Target> townshipById = new LinkedHashMap<>();
        private final Set<Target> towns = new HashSet<>();
        private final EntityLinker linker;
        private final TargetAreas areas;

        Derivation(PlanVersion version, PlanData data) {
            this.linker = data.linker();
            this.areas = data.areas();
            VersionText text = new VersionText(version, linker);
            for (Entity e : linker.gazetteer().entities()) {
                if (e.type().townshipLevel() && text.namedTownships.contains(e.id())) {
                    Target t = new Target(TargetKind.TOWNSHIP, e.name());
                    townshipById.put(e.id(), t);
                    if (e.type() == EntityType.TOWN) {
                        towns.add(t);
                    }
                    targets.add(t);
                }
            }
            if (text.mentionsUnits) {
                areas.unitNames().forEach(u -> targets.add(new Target(TargetKind.UNIT, u)));
            }
            targets.forEach(t -> raw.put(t, new ArrayList<>()));
            applyTextRules(text);
            applyOverlayRules(text);
            for (Target t : targets) {
                List<Sortable> list = raw.get(t);
                // the requirements first, the illustrative estimates after them (their own section)
                list.sort(Comparator.comparing((Sortable s) -> s.item.estimate())
                        .thenComparingInt(s -> rules.categoryRank(s.item.category()))
                        .thenComparingInt(s -> s.clauseIndex).thenComparingInt(s -> s.offset)
                        .thenComparingInt(s -> s.ruleIndex).thenComparing(s -> s.item.requirement()));
                items.put(t, List.copyOf(list.stream().map(s -> s.item).toList()));
            }
        }

        private void applyTextRules(VersionText text) {
            List<DerivationRule> all = rules.rules();
            for (VersionText.ClauseText c : text.clauses) {
                if (TableRows.isTable(c.clause())) {
                    applyToTableRows(c, all);
                    continue;
                }
                String body = c.clause().text();
                for (Span piece : c.pieces()) {
                    String pieceText = body.substring(piece.start(), piece.end());
                    Set<Target> claimed = new HashSet<>();
                    for (int r = 0; r < all.size(); r++) {
                        DerivationRule rule = all.get(r);
                        if (rule.cut() == DerivationRule.Cut.OVERLAY || rule.cut() == DerivationRule.Cut.TABLE_ROW
                                || rule.within() != null && !rule.within().matcher(c.headingPath()).find()) {
                            continue;
                        }
                        Matcher m = rule.trigger().matcher(pieceText);
                        if (!m.find()) {
                            continue;
                        }
                        for (Target t : scope(rule, c, piece)) {
                            if (claimed.add(t)) {
                                emit(rule, r, c, piece, t, m.start());
                            }
                        }
                    }
                }
            }
        }

        /**
         * A table's rows (see {@link TableRows}): a row binds the townships it names, so only the
         * rules that give an item to the named townships apply (table-row rules first where the file
         * puts them first), and the item is the row with its headers, never a cut of it; a row naming
         * no township binds no one in particular.
         */
        private void applyToTableRows(VersionText.ClauseText c, List<DerivationRule> all) {
            String title = TableRows.title(c.clause(), c.headingPath());
            for (TableRows.Row row : TableRows.of(c.clause())) {
                Set<Target> claimed = new HashSet<>();
                for (int r = 0; r < all.size(); r++) {
                    DerivationRule rule = all.get(r);
                    boolean named = rule.scope() == DerivationRule.Scope.NAMED || rule.scope() == DerivationRule.Scope.NAMED_AND_REST;
                    if (rule.cut() == DerivationRule.Cut.OVERLAY || !named
                            || rule.within() != null && !rule.within().matcher(c.headingPath()).find()
                            || !rule.trigger().matcher(row.labelled()).find()) {
                        continue;
                    }
                    List<Span> spans = List.of(row.span());
                    for (Target t : targetsOf(namedIds(c, row.span()))) {
                        if (claimed.add(t)) {
                            add(t, rule, r, c.index(), row.span().start(), new ChecklistItem(rule.category(),
                                    title.isEmpty() ? row.labelled() : title + "：" + row.labelled(), c.mandatory(spans),
                                    null, c.features(spans), List.of(c.source()), rule.id(), false));
                        }
                    }
                }
            }
        }

        /** Gazetteer ids of the townships named within the span (also through a place lying in them). */
        private Set<String> namedIds(VersionText.ClauseText c, Span span) {
            Set<String> ids = new java.util.LinkedHashSet<>();
            for (RequirementCutter.Place p : c.places()) {
                if (p.start() >= span.start() && p.end() <= span.end()) {
                    ids.add(p.township());
                }
            }
            return ids;
        }

        /** The targets of those townships, in the targets' order. */
        private List<Target> targetsOf(Set<String> ids) {
            List<Target> out = new ArrayList<>();
            for (Map.Entry<String, Target> e : townshipById.entrySet()) {
                if (ids.contains(e.getKey())) {
                    out.add(e.getValue());
                }
            }
            return out;
        }

        private List<Target> scope(DerivationRule rule, VersionText.ClauseText c, Span piece) {
            List<Target> out = new ArrayList<>();
            switch (rule.scope()) {
                case ALL -> townshipById.values().forEach(out::add);
                case TOWNS -> townshipById.values().stream().filter(towns::contains).forEach(out::add);
                case NAMED, NAMED_AND_REST -> {
                    Set<String> ids = namedIds(c, piece);
                    if (rule.scope() == DerivationRule.Scope.NAMED_AND_REST) {
                        townshipById.keySet().stream().filter(id -> !c.townshipsInClause().contains(id)).forEach(ids::add);
                    }
                    out.addAll(targetsOf(ids));
                }
                case ALL_UNITS -> targets.stream().filter(t -> t.kind() == TargetKind.UNIT).forEach(out::add);
                case OVERLAP -> targets.stream().filter(t -> t.kind() == TargetKind.UNIT)
                        .filter(t -> areas.area(t, rule.scopeArg()).orElse(0.0) > MIN_OVERLAP_KM2).forEach(out::add);
            }
            return out;
        }

        private void emit(DerivationRule rule, int ruleIndex, VersionText.ClauseText c, Span piece, Target t, int trigger) {
            String body = c.clause().text();
            String townshipId = townshipId(t);
            RequirementCutter.Cut cut = null;
            if (rule.cut() == DerivationRule.Cut.PAREN_GROUP && townshipId != null) {
                for (RequirementCutter.Place p : c.places()) {
                    if (p.township().equals(townshipId) && p.start() >= piece.start() && p.end() <= piece.end()) {
                        cut = RequirementCutter.parenGroup(body, piece, p);
                        break;
                    }
                }
            }
            if (rule.cut() == DerivationRule.Cut.HEADED) {
                RequirementCutter.Cut whole = RequirementCutter.whole(body, piece);
                String heading = c.clause().heading().strip();
                cut = heading.isEmpty() ? whole : new RequirementCutter.Cut(heading + "：" + whole.text(), whole.spans());
            }
            if (cut == null && rule.cut() != DerivationRule.Cut.PIECE && townshipId != null) {
                cut = RequirementCutter.ownPart(body, piece, c.places(), townshipId);
            }
            if (cut == null) {
                cut = RequirementCutter.whole(body, piece);
            }
            int focus = cut.spans().size() == 1 && cut.spans().get(0).equals(piece) ? trigger : 0;
            List<SourceClause> sources = List.of(c.source());
            boolean mandatory = c.mandatory(cut.spans());
            List<String> features = c.features(cut.spans());
            if (rule.quantity().kind() == QuantitySpec.Kind.EACH) {
                List<Indicator> found = indicators.extract(cut.text());
                if (!found.isEmpty()) {
                    for (Indicator i : found) {
                        String part = commaPart(cut.text(), i.span());
                        add(t, rule, ruleIndex, c.index(), piece.start() + i.span().start(), new ChecklistItem(rule.category(),
                                part, mandatory, quantity(i), features, sources, rule.id(), false));
                    }
                    return;
                }
            }
            RequirementCutter.Cut capped = RequirementCutter.cap(cut, focus);
            QuantityTarget q = null;
            if (rule.quantity().kind() == QuantitySpec.Kind.FIRST) {
                q = indicators.extract(cut.text()).stream().filter(i -> !i.isShare()).findFirst().map(this::quantity).orElse(null);
            }
            add(t, rule, ruleIndex, c.index(), piece.start(), new ChecklistItem(rule.category(), capped.text(), mandatory, q,
                    features, sources, rule.id(), false));
        }

        private void applyOverlayRules(VersionText text) {
            List<DerivationRule> all = rules.rules();
            for (int r = 0; r < all.size(); r++) {
                DerivationRule rule = all.get(r);
                if (rule.cut() != DerivationRule.Cut.OVERLAY) {
                    continue;
                }
                List<SourceClause> sources = new ArrayList<>();
                boolean mandatory = false;
                int firstClause = -1;
                for (VersionText.ClauseText c : text.clauses) {
                    if (rule.within() != null && !rule.within().matcher(c.headingPath()).find()) {
                        continue;
                    }
                    for (Span piece : c.pieces()) {
                        Matcher m = rule.trigger().matcher(c.clause().text().substring(piece.start(), piece.end()));
                        if (m.find()) {
                            if (!sources.contains(c.source())) {
                                sources.add(c.source());
                            }
                            mandatory |= c.mandatory(List.of(piece));
                            firstClause = firstClause < 0 ? c.index() : firstClause;
                        }
                    }
                }
                if (sources.isEmpty()) {
                    continue; // the county text no longer states it: nothing to transmit
                }
                QuantitySpec spec = rule.quantity();
                for (Target t : scope(rule, null, null)) {
                    ChecklistItem item = overlayItem(rule, spec, t, mandatory, sources);
                    if (item != null) {
                        add(t, rule, r, firstClause, 0, item);
                    }
                }
            }
        }

        /**
         * The item an overlay rule gives one target, or null when it gives none (issue #14.2): a
         * missing layer is a note to the reader, not an item; a figure measured on illustrative
         * layers is an estimate (示意测算), never a binding requirement, and a zero overlap on them
         * says nothing; a zero overlap on a real layer is "本乡镇无该要素".
         */
        private ChecklistItem overlayItem(DerivationRule rule, QuantitySpec spec, Target t, boolean mandatory,
                List<SourceClause> sources) {
            String where = t.kind() == TargetKind.TOWNSHIP ? "本乡镇" : "本单元";
            Optional<Double> km2 = areas.area(t, spec.layer());
            if (km2.isEmpty()) {
                // the layer's and the figure's names come from the rule file (the plan's words); the sentence is ours
                Message note = Message.of(t.kind() == TargetKind.TOWNSHIP ? "checklist.note.noLayer.township"
                        : "checklist.note.noLayer.unit", spec.layer(), spec.name(), rule.id());
                List<Message> list = notes.computeIfAbsent(t, k -> new ArrayList<>());
                if (!list.contains(note)) {
                    list.add(note);
                }
                return null;
            }
            BigDecimal value = BigDecimal.valueOf(spec.fromKm2(km2.get())).setScale(2, RoundingMode.HALF_UP);
            List<String> met = areas.featuresMeeting(t, spec.layer());
            List<String> features = met.isEmpty() ? List.of(spec.layer()) : met;
            boolean none = value.signum() == 0;
            if (areas.illustrative()) {
                if (none) {
                    return null; // an illustrative layer cannot tell that the township has none
                }
                String requirement = spec.name() + "：按“" + spec.layer() + "”示意图层叠加测算约" + value.toPlainString()
                        + spec.unit() + (met.isEmpty() ? "" : "（涉及" + String.join("、", met) + "）")
                        + "。示意数据，非规划下达指标。";
                return new ChecklistItem(rule.category(), requirement, false,
                        new QuantityTarget(spec.name(), spec.op(), value, null, spec.unit(), ILLUSTRATIVE_BASIS),
                        features, sources, rule.id(), false, true);
            }
            if (none) {
                return new ChecklistItem(rule.category(), where + "无该要素：“" + spec.layer() + "”图层与" + where
                        + "范围无重叠（" + spec.name() + "为0）。", mandatory, null, features, sources, rule.id(), false);
            }
            String requirement = rule.template().replace("{area}", value.toPlainString() + spec.unit())
                    .replace("{layer}", spec.layer()).replace("{features}", String.join("、", met));
            return new ChecklistItem(rule.category(), requirement, mandatory,
                    new QuantityTarget(spec.name(), spec.op(), value, null, spec.unit(), LAYER_BASIS),
                    features, sources, rule.id(), false);
        }

        private String townshipId(Target t) {
            if (t.kind() != TargetKind.TOWNSHIP) {
                return null;
            }
            for (Map.Entry<String, Target> e : townshipById.entrySet()) {
                if (e.getValue().equals(t)) {
                    return e.getKey();
                }
            }
            return null;
        }

        private QuantityTarget quantity(Indicator i) {
            return new QuantityTarget(i.name(), i.op().symbol(), i.value(), i.valueMax(), i.unit(), TEXT_BASIS);
        }

        private void add(Target t, DerivationRule rule, int ruleIndex, int clauseIndex, int offset, ChecklistItem item) {
            List<Sortable> list = raw.get(t);
            if (list != null) {
                list.add(new Sortable(item, clauseIndex, offset, ruleIndex));
            }
        }
    }

    /** The part of a cut between commas that holds the span: one indicator's own phrase. */
    private static String commaPart(String text, Span span) {
        int a = span.start();
        while (a > 0 && "，,：:".indexOf(text.charAt(a - 1)) < 0) {
            a--;
        }
        int b = span.end();
        while (b < text.length() && "，,".indexOf(text.charAt(b)) < 0) {
            b++;
        }
        return text.substring(a, b);
    }

    private record Sortable(ChecklistItem item, int clauseIndex, int offset, int ruleIndex) {
    }
}
