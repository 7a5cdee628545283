package org.plantrace.extract.lint.numeric;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.message.Message;
import org.plantrace.extract.indicator.Indicator;
import org.plantrace.extract.lint.Finding;
import org.plantrace.extract.lint.LintRule;
import org.plantrace.extract.lint.Severity;

/**
 * NUM005: one indicator stated in two clauses with two values (耕地保有量 73.39万亩 in 第 91 行 and
 * 73.39万亩耕地 in 第 164 行 agree). Statements are the same indicator when
 * <ul>
 * <li>their normalized names are equal, or one starts with the other and the shorter has at least
 *     four characters (永久基本农田 ~ 永久基本农田带位置下达至各乡镇: the extractor names the second by the
 *     words after it). Normalizing drops 全县/全域/县域 before and 保有量/保护任务/总面积/面积 after, and reads
 *     常住人口城镇化率 as 城镇化率;</li>
 * <li>their normalized units are equal; and</li>
 * <li>their years are equal, a statement without a year matching any (a figure restated without
 *     至2035年 in a plan to 2035 is still that figure). The year is the target year, else the status
 *     year, so 2020年城镇化率42.58% and 至2035年65% are two indicators.</li>
 * </ul>
 * Only statements in different clauses are compared: two values under one name in one clause are
 * an enumeration whose subjects the name lost (主干路 / 次干路 红线宽度). Names that are only a measure
 * word (总面积, 规划人口规模, 红线宽度, 处理能力) have no subject at all and are never compared. The
 * comparator does not matter (≥ 65% and 约65% state the same figure); shares are NUM001's.
 * A differing value is a warning pinned to the later statement, naming the first. The indicator
 * table's cells are left to NUM006, which knows that its 近期 and 目标年 columns are two figures.
 */
public final class RepeatedIndicatorRule implements LintRule {
    public static final String ID = "NUM005";
    static final int MIN_PREFIX = 4;
    private static final Pattern LEADING = Pattern.compile("^(全县|全域|县域)");
    private static final Pattern TRAILING = Pattern.compile("(保有量|保护任务|总面积|面积)$");
    /** A measure word with only qualifying characters before it: no subject, so nothing to compare. */
    private static final Pattern SUBJECTLESS = Pattern.compile("^[规划设计供水处理工程常住人口红线总净]*(规模|面积|宽度|能力|高)?$");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> check(List<Clause> forest) {
        List<List<Stated>> groups = new ArrayList<>();
        for (Stated s : Figures.all(forest)) {
            Indicator i = s.indicator();
            if (i.isShare() || i.normalized() == null || SUBJECTLESS.matcher(i.name()).matches()
                    || TableAgreementRule.fromTable(s)) {
                // the indicator table's cells are checked against the text by NUM006, year by year
                continue;
            }
            groups.stream().filter(g -> same(g.get(0), s)).findFirst()
                    .ifPresentOrElse(g -> g.add(s), () -> groups.add(new ArrayList<>(List.of(s))));
        }
        List<Finding> out = new ArrayList<>();
        List<Message> consistent = new ArrayList<>();
        int inconsistent = 0;
        for (List<Stated> g : groups) {
            if (g.size() < 2) {
                continue;
            }
            Stated first = g.get(0);
            boolean agree = true;
            for (Stated s : g.subList(1, g.size())) {
                if (!equalValues(first.indicator(), s.indicator())) {
                    agree = false;
                    out.add(new Finding(ID, Severity.WARNING, s.clause().eId(), s.where(), Message.of("lint.repeated.differ",
                            s.indicator().name(), s.written(), first.place(), first.indicator().name(), first.written())));
                }
            }
            if (agree) {
                List<Message> places = g.stream().map(Stated::place).toList();
                Message joined = places.get(0);
                for (Message place : places.subList(1, places.size())) {
                    joined = Message.of("common.and", joined, place);
                }
                consistent.add(Message.of("lint.named.at", key(first.indicator().name()) + " " + first.written(), joined));
            } else {
                inconsistent++;
            }
        }
        out.add(Figures.summary(ID, Message.of("lint.repeated.what"), consistent, inconsistent, 0));
        return out;
    }

    static boolean same(Stated a, Stated b) {
        Indicator x = a.indicator();
        Indicator y = b.indicator();
        if (a.clause() == b.clause() || !x.normalized().unit().equals(y.normalized().unit())) {
            return false;
        }
        Integer yx = year(x);
        Integer yy = year(y);
        if (yx != null && yy != null && !yx.equals(yy)) {
            return false;
        }
        String kx = key(x.name());
        String ky = key(y.name());
        String shorter = kx.length() <= ky.length() ? kx : ky;
        String longer = shorter == kx ? ky : kx;
        return kx.equals(ky) || (shorter.length() >= MIN_PREFIX && longer.startsWith(shorter));
    }

    static String key(String name) {
        String k = LEADING.matcher(name).replaceFirst("");
        k = TRAILING.matcher(k).replaceFirst("");
        return k.equals("常住人口城镇化率") ? "城镇化率" : k;
    }

    private static Integer year(Indicator i) {
        return i.year() != null ? i.year() : i.baseYear();
    }

    private static boolean equalValues(Indicator a, Indicator b) {
        return a.normalized().value().compareTo(b.normalized().value()) == 0
                && Objects.equals(a.normalized().valueMax() == null ? null : a.normalized().valueMax().stripTrailingZeros(),
                        b.normalized().valueMax() == null ? null : b.normalized().valueMax().stripTrailingZeros());
    }
}
