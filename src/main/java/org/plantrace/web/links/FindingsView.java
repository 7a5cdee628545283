package org.plantrace.web.links;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.plantrace.application.findings.ClauseFinding;
import java.util.ResourceBundle;
import java.util.function.Function;
import org.plantrace.extract.lint.Severity;
import org.plantrace.web.i18n.LocaleChoice;
import org.plantrace.web.i18n.Texts;

/**
 * The findings page's rows, built without Faces: findings grouped as problems, "no data", notes
 * and rule summaries, each row with its rule, severity in words, message, place and clause link.
 */
public final class FindingsView {
    /** One finding as a row. {@code href} is null for a finding about the whole plan. */
    public record Row(String rule, String severity, String severityClass, String message, String location,
                      String href, String clauseTitle) {
    }

    /** A group of rows with its heading and explanation. */
    public record Group(String id, String title, String note, List<Row> rows) {
        public int getCount() {
            return rows.size();
        }
    }

    static final String BUNDLE = "org.plantrace.web.i18n.Links";

    private final List<Group> groups = new ArrayList<>();

    /** In Chinese, each clause named by its heading: for tests and callers without a version at hand. */
    public FindingsView(List<ClauseFinding> findings, String base) {
        this(findings, base, uid -> "", ResourceBundle.getBundle(BUNDLE, LocaleChoice.CHINESE));
    }

    /**
     * The rows, each clause cited as planners cite it ({@code citation}: uid → 第十六条 标题（第三章第一节）,
     * issue #14.1; the heading where it gives nothing), headings, notes and severities in the words of
     * {@code texts} (the Links bundle in the reader's language, issue #14.9).
     */
    public FindingsView(List<ClauseFinding> findings, String base, Function<String, String> citation, ResourceBundle texts) {
        Map<ClauseFinding.Group, List<Row>> rows = new EnumMap<>(ClauseFinding.Group.class);
        for (ClauseFinding.Group g : ClauseFinding.Group.values()) {
            rows.put(g, new ArrayList<>());
        }
        for (ClauseFinding f : findings) {
            rows.get(f.group()).add(row(f, base, citation, texts));
        }
        groups.add(group("problems", texts, rows.get(ClauseFinding.Group.PROBLEM)));
        groups.add(group("no-data", texts, rows.get(ClauseFinding.Group.NO_DATA)));
        groups.add(group("notes", texts, rows.get(ClauseFinding.Group.NOTE)));
        groups.add(group("summaries", texts, rows.get(ClauseFinding.Group.SUMMARY)));
    }

    private static Group group(String id, ResourceBundle texts, List<Row> rows) {
        return new Group(id, texts.getString("findings.group." + id), texts.getString("findings.group." + id + ".note"), rows);
    }

    static Row row(ClauseFinding f, String base, Function<String, String> citation, ResourceBundle texts) {
        Severity s = f.finding().severity();
        String href = f.clauseUid() == null ? null
                : base + "/clause/" + URLEncoder.encode(f.clauseUid(), StandardCharsets.UTF_8).replace("+", "%20");
        String cited = f.clauseUid() == null ? "" : citation.apply(f.clauseUid());
        String title = f.clauseUid() == null ? texts.getString("findings.wholePlan")
                : cited != null && !cited.isBlank() ? cited
                : f.clauseHeading().isBlank() ? texts.getString("findings.untitled") : f.clauseHeading();
        return new Row(f.finding().rule(), texts.getString("findings.severity." + s.jsonName()), "severity-" + s.jsonName(),
                Texts.say(texts.getLocale(), f.finding().text()), Texts.say(texts.getLocale(), f.finding().place()), href, title);
    }

    public List<Group> getGroups() {
        return groups;
    }

    public int getProblemCount() {
        return groups.get(0).getCount();
    }

    public int getNoDataCount() {
        return groups.get(1).getCount();
    }
}
