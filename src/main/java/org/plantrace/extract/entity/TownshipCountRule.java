package org.plantrace.extract.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.message.Message;
import org.plantrace.extract.lint.Finding;
import org.plantrace.extract.lint.LintRule;
import org.plantrace.extract.lint.Severity;

/**
 * ENT002: the plan states how many towns and townships the county has ("6个镇、10个乡") and the
 * number differs from the township-level units it actually names anywhere. Units are counted by
 * their canonical type, so 青磁窑镇 written once as 青磁窑乡 counts once, as a 镇. "14个乡镇" (a
 * subset, "等14个乡镇") is not a county total and is not checked.
 */
public final class TownshipCountRule implements LintRule {
    public static final String ID = "ENT002";
    private static final Pattern STATED = Pattern.compile("([0-9]+|[一二三四五六七八九十两]+)个(镇|乡)(?![镇村])");
    private final EntityLinker linker;

    public TownshipCountRule(EntityLinker linker) {
        this.linker = linker;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> check(List<Clause> forest) {
        Map<Clause, List<Mention>> links = linker.linkAll(forest);
        Set<Entity> named = new HashSet<>();
        links.values().forEach(ms -> ms.forEach(m -> named.add(m.entity())));
        // in gazetteer order, so the message lists the units as the drafter's data file does
        List<String> towns = new ArrayList<>();
        List<String> townships = new ArrayList<>();
        for (Entity e : linker.gazetteer().entities()) {
            if (named.contains(e) && e.type() == EntityType.TOWN) {
                towns.add(e.name());
            } else if (named.contains(e) && e.type() == EntityType.TOWNSHIP) {
                townships.add(e.name());
            }
        }
        boolean noData = linker.gazetteer().entities().stream().noneMatch(e -> e.type().townshipLevel());
        List<Finding> out = new ArrayList<>();
        for (Clause c : links.keySet()) {
            Matcher m = STATED.matcher(c.text());
            Integer statedTowns = null;
            Integer statedTownships = null;
            int start = -1;
            int end = -1;
            while (m.find()) {
                int n = ChineseCount.parse(m.group(1));
                if (m.group(2).equals("镇")) {
                    statedTowns = n;
                } else {
                    statedTownships = n;
                }
                start = start < 0 ? m.start() : start;
                end = m.end();
            }
            if (start < 0) {
                continue;
            }
            Message where = c.location().isEmpty() ? Message.of("lint.where.noLine", start, end)
                    : Message.of("lint.where", org.plantrace.domain.message.SourcePlace.of(c.location()), start, end);
            String stated = c.text().substring(start, end);
            if (noData) {
                out.add(new Finding(ID, Severity.INFO, c.eId(), where,
                        Message.of("lint.townships.noGazetteer", stated)));
            } else if (differs(statedTowns, towns) || differs(statedTownships, townships)) {
                out.add(new Finding(ID, Severity.WARNING, c.eId(), where, Message.of("lint.townships.differ", stated,
                        towns.size(), String.join("、", towns), townships.size(), String.join("、", townships),
                        towns.size() + townships.size())));
            }
        }
        return out;
    }

    private static boolean differs(Integer stated, List<String> named) {
        return stated != null && stated != named.size();
    }
}
