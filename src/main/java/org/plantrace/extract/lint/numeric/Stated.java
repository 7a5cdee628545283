package org.plantrace.extract.lint.numeric;

import java.util.List;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.message.Message;
import org.plantrace.domain.message.SourcePlace;
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
    Message where() {
        int start = indicator().span().start();
        int end = indicator().span().end();
        return clause.location().isEmpty() ? Message.of("lint.where.noLine", start, end)
                : Message.of("lint.where", SourcePlace.of(clause.location()), start, end);
    }

    /** "第 95 行" or, without a source line, the clause id: for naming another statement in a message. */
    Message place() {
        return clause.location().isEmpty() ? Message.of("common.verbatim", clause.eId()) : SourcePlace.of(clause.location());
    }
}
