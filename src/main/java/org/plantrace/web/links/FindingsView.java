package org.plantrace.web.links;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.plantrace.application.findings.ClauseFinding;
import org.plantrace.extract.lint.Severity;

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

    private final List<Group> groups = new ArrayList<>();

    public FindingsView(List<ClauseFinding> findings, String base) {
        Map<ClauseFinding.Group, List<Row>> rows = new EnumMap<>(ClauseFinding.Group.class);
        for (ClauseFinding.Group g : ClauseFinding.Group.values()) {
            rows.put(g, new ArrayList<>());
        }
        for (ClauseFinding f : findings) {
            rows.get(f.group()).add(row(f, base));
        }
        groups.add(new Group("problems", "需要处理", "错误与警告：数字或名称前后不一致，请核对文本。", rows.get(ClauseFinding.Group.PROBLEM)));
        groups.add(new Group("no-data", "无法核对（缺少数据）", "规则缺少核对所需的数据（如图层、另一个数），不能算作“一致”。",
                rows.get(ClauseFinding.Group.NO_DATA)));
        groups.add(new Group("notes", "提示与一致项", "已核对且一致，或值得一看的地方。", rows.get(ClauseFinding.Group.NOTE)));
        groups.add(new Group("summaries", "各规则汇总", "每条规则在全文中核对了多少处。", rows.get(ClauseFinding.Group.SUMMARY)));
    }

    static Row row(ClauseFinding f, String base) {
        Severity s = f.finding().severity();
        String href = f.clauseUid() == null ? null
                : base + "/clause/" + URLEncoder.encode(f.clauseUid(), StandardCharsets.UTF_8).replace("+", "%20");
        String title = f.clauseUid() == null ? "全文" : (f.clauseHeading().isBlank() ? "（无标题条款）" : f.clauseHeading());
        return new Row(f.finding().rule(), severityLabel(s), "severity-" + s.jsonName(), f.finding().message(),
                f.finding().location(), href, title);
    }

    static String severityLabel(Severity s) {
        return switch (s) {
            case ERROR -> "错误";
            case WARNING -> "警告";
            case INFO -> "提示";
        };
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
