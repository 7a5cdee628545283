package org.plantrace.extract.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.message.Message;
import org.plantrace.extract.lint.Finding;
import org.plantrace.extract.lint.LintRule;
import org.plantrace.extract.lint.Severity;

/**
 * ENT001: a clause names an entity by a typo, by one of two inconsistent forms, or by a spelling
 * that is probably, not certainly, the same thing. The mention is still linked; the finding tells
 * the drafter where the spelling is, so the plan can be corrected by its author.
 */
public final class NameVariantRule implements LintRule {
    public static final String ID = "ENT001";
    private final EntityLinker linker;

    public NameVariantRule(EntityLinker linker) {
        this.linker = linker;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> check(List<Clause> forest) {
        List<Finding> out = new ArrayList<>();
        for (Map.Entry<Clause, List<Mention>> e : linker.linkAll(forest).entrySet()) {
            for (Mention m : e.getValue()) {
                if (m.kind().reported()) {
                    out.add(new Finding(ID, severity(m.kind()), e.getKey().eId(), where(e.getKey(), m), message(m)));
                }
            }
        }
        return out;
    }

    static Severity severity(VariantKind kind) {
        return kind == VariantKind.SUSPECTED ? Severity.INFO : Severity.WARNING;
    }

    /** "第 571 行，正文 [36,40)": the clause's line in the source and the span in heading or text. */
    static Message where(Clause clause, Mention m) {
        String field = m.field() == Mention.Field.HEADING ? "lint.where.heading" : "lint.where";
        return clause.location().isEmpty() ? Message.of(field + ".noLine", m.start(), m.end())
                : Message.of(field, org.plantrace.domain.message.SourcePlace.of(clause.location()), m.start(), m.end());
    }

    private static Message message(Mention m) {
        String canonical = m.entity().name();
        return switch (m.kind()) {
            case TYPO -> Message.of("lint.name.typo", m.text(), canonical);
            case INCONSISTENT -> Message.of("lint.name.inconsistent", m.text(), canonical, m.entity().type());
            default -> Message.of("lint.name.suspected", m.text(), canonical);
        };
    }
}
