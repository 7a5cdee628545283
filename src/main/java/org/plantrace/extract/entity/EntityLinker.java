package org.plantrace.extract.entity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.clause.ClauseTree;

/**
 * Finds the gazetteer's entities in clause text.
 *
 * <p>Leftmost-longest, no overlaps: from each position the longest spelling wins (永久基本农田储备区
 * over 永久基本农田, 永安寺 over 永安), and the scan resumes after it. Guards (恒山茶) win the same
 * way and are then dropped, so they only keep a shorter name from matching inside them. Short forms
 * follow {@link ListContext}. Both the heading and the body text of a clause are linked; each
 * mention says which one its span indexes into.
 */
public final class EntityLinker {
    private final Gazetteer gazetteer;

    public EntityLinker(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    /** The mentions in a clause's heading, then in its own body text. */
    public List<Mention> link(Clause clause) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : link(clause.heading())) {
            out.add(m.in(Mention.Field.HEADING));
        }
        out.addAll(link(clause.text()));
        return out;
    }

    /** Every clause of a forest, in document order, with its mentions (possibly none). */
    public Map<Clause, List<Mention>> linkAll(List<Clause> forest) {
        Map<Clause, List<Mention>> out = new LinkedHashMap<>();
        for (Clause c : ClauseTree.flatten(forest)) {
            out.put(c, link(c));
        }
        return out;
    }

    /** The mentions in one string, as body text. */
    public List<Mention> link(String text) {
        List<Choice> chosen = scan(text);
        List<Mention> out = new ArrayList<>(chosen.size());
        for (Choice c : chosen) {
            Name name = c.tentativeShort && !supported(text, c, chosen) ? c.fallback : c.name;
            if (name != null && name.entity().type() != EntityType.GUARD) {
                out.add(new Mention(name.entity(), name.text(), name.kind(), Mention.Field.TEXT, c.start, c.start + name.text().length()));
            }
        }
        return out;
    }

    /** One pick of the scan; a short form is tentative until its support is checked. */
    private static final class Choice {
        final Name name;
        final int start;
        final boolean tentativeShort;
        final Name fallback; // the same spelling as a full name, taken if the short form is unsupported

        Choice(Name name, int start, Name fallback) {
            this.name = name;
            this.start = start;
            this.tentativeShort = name.kind() == VariantKind.SHORT;
            this.fallback = fallback;
        }

        int end() {
            return start + name.text().length();
        }
    }

    private List<Choice> scan(String text) {
        List<Choice> chosen = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            Choice pick = pickAt(text, i);
            if (pick == null) {
                i++;
            } else {
                chosen.add(pick);
                i = pick.end();
            }
        }
        return chosen;
    }

    private Choice pickAt(String text, int i) {
        List<Name> names = gazetteer.trie().matchesAt(text, i);
        for (int k = 0; k < names.size(); k++) {
            Name n = names.get(k);
            if (n.kind() != VariantKind.SHORT) {
                return new Choice(n, i, null);
            }
            if (ListContext.itemShape(text, i, i + n.text().length())) {
                Name fallback = k + 1 < names.size() && names.get(k + 1).text().equals(n.text()) ? names.get(k + 1) : null;
                return new Choice(n, i, fallback);
            }
        }
        return null;
    }

    /** Another pick of the same family in the same sentence segment supports a short form. */
    private static boolean supported(String text, Choice c, List<Choice> chosen) {
        int from = ListContext.segmentStart(text, c.start);
        int to = ListContext.segmentEnd(text, c.start);
        EntityType family = c.name.entity().type();
        for (Choice d : chosen) {
            if (d != c && d.start >= from && d.end() <= to && d.name.entity().type().sameFamily(family)) {
                return true;
            }
        }
        return false;
    }
}
