package org.plantrace.extract.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.plantrace.domain.clause.Clause;
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
    static String where(Clause clause, Mention m) {
        String field = m.field() == Mention.Field.HEADING ? "标题" : "正文";
        String line = clause.location().isEmpty() ? "" : clause.location() + "，";
        return line + field + " [" + m.start() + "," + m.end() + ")";
    }

    private static String message(Mention m) {
        String canonical = m.entity().name();
        return switch (m.kind()) {
            case TYPO -> "“" + m.text() + "”疑为“" + canonical + "”的笔误，已按" + canonical + "链接，请更正。";
            case INCONSISTENT -> "“" + m.text() + "”与文中其他处的“" + canonical + "”写法不一，已按同一"
                    + m.entity().type().chineseName() + "（" + canonical + "）链接，请核实并统一。";
            default -> "“" + m.text() + "”可能与“" + canonical + "”指同一对象，已按" + canonical + "链接，请核实名称。";
        };
    }
}
