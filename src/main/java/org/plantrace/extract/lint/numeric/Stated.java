package org.plantrace.extract.lint.numeric;

import java.util.List;
import org.plantrace.domain.clause.Clause;
import org.plantrace.extract.indicator.Indicator;

/**
 * One indicator as stated in one clause, with its neighbours in that clause (a share refers to
 * another indicator of its clause by index).
 */
record Stated(Clause clause, List<Indicator> inClause, int index) {

    Indicator indicator() {
        return inClause.get(index);
    }

    /** The figure this share is a share of, or null when it is not a share. */
    Indicator shareBase() {
        Integer of = indicator().shareOf();
        return of == null ? null : inClause.get(of);
    }

    /** The figure as written with its unit: "538.87平方千米". */
    String written() {
        Indicator i = indicator();
        return i.value().toPlainString() + (i.valueMax() == null ? "" : "—" + i.valueMax().toPlainString()) + i.unit();
    }

    /** "第 95 行，正文 [112,118)": where the clause starts in the source and the figure's span in its text. */
    String where() {
        String line = clause.location().isEmpty() ? "" : clause.location() + "，";
        return line + "正文 [" + indicator().span().start() + "," + indicator().span().end() + ")";
    }

    /** "第 95 行" or, without a source line, the clause id: for naming another statement in a message. */
    String place() {
        return clause.location().isEmpty() ? clause.eId() : clause.location();
    }
}
