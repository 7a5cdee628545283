package org.plantrace.extract.lint.numeric;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.message.Message;
import org.plantrace.extract.lint.Finding;
import org.plantrace.extract.lint.LintRule;
import org.plantrace.extract.lint.Severity;

/**
 * NUM001: every "area X, 占县域国土面积的 p%" implies a county area X / p. The plan has one county,
 * so all the implied areas must agree. Each is a range, not a number: X and p are rounded as written
 * (538.87 km² is [538.865, 538.875], 27.37% is [27.365%, 27.375%]), so X / p lies in
 * [X_low / p_high, X_high / p_low]. Two statements disagree only when their ranges do not meet.
 *
 * <p>The reference is the most precise statement (the narrowest range, usually the largest area
 * with a two-decimal share); each other share whose range misses it is an error on its clause.
 * A share whose base is not an area, or has no base, cannot be checked and is said so.
 */
public final class ShareRule implements LintRule {
    public static final String ID = "NUM001";
    static final String WHOLE = "占县域国土面积";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> check(List<Clause> forest) {
        List<Finding> out = new ArrayList<>();
        int noData = 0;
        for (Stated s : shares(forest)) {
            if (!checkable(s)) {
                noData++;
                out.add(new Finding(ID, Severity.INFO, s.clause().eId(), s.where(),
                        Message.of("lint.share.noBase", s.written())));
            }
        }
        List<Implied> implied = implied(forest);
        List<Message> consistent = new ArrayList<>();
        int inconsistent = 0;
        if (!implied.isEmpty()) {
            Implied ref = reference(implied);
            for (Implied i : implied) {
                if (i == ref || i.county.overlaps(ref.county)) {
                    consistent.add(Figures.consistent(i.stated.place(), describe(i)));
                } else {
                    inconsistent++;
                    out.add(new Finding(ID, Severity.ERROR, i.stated.clause().eId(), i.stated.where(), message(i, ref)));
                }
            }
        }
        out.add(Figures.summary(ID, Message.of("lint.share.what"), consistent, inconsistent, noData));
        return out;
    }

    private static List<Stated> shares(List<Clause> forest) {
        // by name and unit, not isShare(): a share whose base the extractor did not find has no shareOf,
        // and that is exactly the "no data" case
        return Figures.all(forest).stream().filter(s -> s.indicator().name().contains(WHOLE)
                && s.indicator().unit().matches("[%％]")).toList();
    }

    private static boolean checkable(Stated share) {
        return share.shareBase() != null && Figures.isArea(share.shareBase()) && share.indicator().value().signum() > 0;
    }

    /** The county area each checkable share implies, in document order. */
    static List<Implied> implied(List<Clause> forest) {
        List<Implied> out = new ArrayList<>();
        for (Stated s : shares(forest)) {
            if (checkable(s)) {
                out.add(new Implied(s, Figures.areaKm2(s.shareBase()).dividedBy(Figures.fraction(s.indicator()))));
            }
        }
        return out;
    }

    /** The most precise implication: the narrowest range. */
    static Implied reference(List<Implied> implied) {
        return implied.stream().min(Comparator.comparingDouble(i -> i.county.width())).orElseThrow();
    }

    static Message describe(Implied i) {
        return Message.of("lint.share.implies", i.stated.shareBase().value().toPlainString() + i.stated.shareBase().unit(),
                i.stated.written(), Figures.fixed(i.central(), 1), i.county.format(2));
    }

    private static Message message(Implied i, Implied ref) {
        return Message.of("lint.share.differ", describe(i), ref.stated.place(), describe(ref),
                i.stated.shareBase().value().toPlainString() + i.stated.shareBase().unit(),
                Figures.fixed(Figures.areaKm2(i.stated.shareBase()).mid() / ref.central() * 100, 2));
    }

    /** The county area one share implies, as a range in km². */
    record Implied(Stated stated, Interval county) {
        double central() {
            return Figures.areaKm2(stated.shareBase()).mid() / Figures.fraction(stated.indicator()).mid();
        }
    }
}
