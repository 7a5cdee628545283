package org.plantrace.transmission;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.clause.ClauseTree;
import org.plantrace.domain.clause.Span;
import org.plantrace.domain.plan.PlanVersion;
import org.plantrace.extract.entity.Entity;
import org.plantrace.extract.entity.EntityLinker;
import org.plantrace.extract.entity.Gazetteer;
import org.plantrace.extract.entity.Mention;

/**
 * A county version read once for derivation: every clause in document order with its heading path,
 * its pieces (sentences), the places it names resolved to their townships, and its fingerprint.
 */
final class VersionText {
    final List<ClauseText> clauses = new ArrayList<>();
    /** Gazetteer ids of the townships the version names anywhere. */
    final Set<String> namedTownships = new LinkedHashSet<>();
    final boolean mentionsUnits;

    VersionText(PlanVersion version, EntityLinker linker) {
        Gazetteer g = linker.gazetteer();
        java.util.Map<Clause, String> paths = new java.util.IdentityHashMap<>();
        ClauseTree.walk(version.clauses(), (c, parent) -> paths.put(c,
                parent == null ? c.heading() : paths.get(parent) + " › " + c.heading()));
        boolean units = false;
        int index = 0;
        org.plantrace.citation.Citations citations = org.plantrace.citation.Citations.of(version.clauses());
        for (Clause c : ClauseTree.flatten(version.clauses())) {
            List<RequirementCutter.Place> places = new ArrayList<>();
            Set<String> inClause = new LinkedHashSet<>();
            List<Mention> textMentions = new ArrayList<>();
            for (Mention m : linker.link(c)) {
                Entity township = townshipOf(g, m.entity());
                if (m.field() == Mention.Field.TEXT) {
                    textMentions.add(m);
                    if (township != null) {
                        places.add(new RequirementCutter.Place(m.start(), m.end(), township.id(), m.entity().type().townshipLevel()));
                    }
                }
                if (township != null) {
                    inClause.add(township.id());
                }
            }
            namedTownships.addAll(inClause);
            units |= c.text().contains("详规单元");
            clauses.add(new ClauseText(c, index++, paths.get(c), RequirementCutter.pieces(c.text()),
                    places, inClause, textMentions, fingerprint(c.text()), citations.label(c)));
        }
        this.mentionsUnits = units;
    }

    /** The township an entity is, or lies in (村 → 镇, 王庄堡变 → 王庄堡镇), or null. */
    static Entity townshipOf(Gazetteer g, Entity e) {
        Entity current = e;
        for (int depth = 0; current != null && depth < 6; depth++) {
            if (current.type().townshipLevel()) {
                return current;
            }
            current = current.parent() == null ? null : g.byId(current.parent()).orElse(null);
        }
        return null;
    }

    /** A short hash of the clause text: equal texts, equal fingerprints. */
    static String fingerprint(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One clause as the rules see it. */
    record ClauseText(Clause clause, int index, String headingPath, List<Span> pieces,
            List<RequirementCutter.Place> places, Set<String> townshipsInClause, List<Mention> mentions, String fingerprint,
            String citation) {

        SourceClause source() {
            return new SourceClause(clause.eId(), clause.uid(), clause.heading(), fingerprint, citation);
        }

        /** Mandatory when the clause is (wholly, no spans) or an underlined span meets the cut. */
        boolean mandatory(List<Span> spans) {
            if (!clause.mandatory()) {
                return false;
            }
            if (clause.mandatorySpans().isEmpty()) {
                return true;
            }
            for (Span m : clause.mandatorySpans()) {
                for (Span s : spans) {
                    if (m.start() < s.end() && s.start() < m.end()) {
                        return true;
                    }
                }
            }
            return false;
        }

        List<String> features(List<Span> spans) {
            Set<String> out = new LinkedHashSet<>();
            for (Mention m : mentions) {
                for (Span s : spans) {
                    if (m.start() >= s.start() && m.end() <= s.end()) {
                        out.add(m.entity().name());
                        break;
                    }
                }
            }
            return List.copyOf(out);
        }
    }
}
