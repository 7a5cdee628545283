package org.plantrace.ingest.text;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plantrace.domain.clause.Clause;
import org.plantrace.ingest.InputRejectedException;
import org.plantrace.ingest.Outline;
import org.plantrace.ingest.ParseWarning;
import org.plantrace.ingest.PlanReader;
import org.plantrace.ingest.matter.PlanMatter;

/**
 * Reads plain-text plans: decodes the bytes, drops Word debris, classifies the lines and
 * recovers the clause hierarchy ({@link HierarchyRecovery}). Plain text carries no underline, so
 * nothing comes out mandatory; the parse report says so.
 */
public final class TextReader implements PlanReader {
    private static final Pattern SHORT_NAME = Pattern.compile("《([^《》]{4,60}?)》（以下简称");
    private static final Pattern TRAILING_BRACKET = Pattern.compile("([（(【\\[][^（()）【】\\[\\]]{1,10}[）)】\\]])$");

    @Override
    public Outline read(Path file) throws InputRejectedException {
        String name = file.getFileName().toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InputRejectedException(name, "无法读取文件（" + e.getMessage() + "）", e);
        }
        TextDecoding.Decoded decoded = TextDecoding.decode(bytes, name);
        if (decoded.text().isBlank()) {
            throw new InputRejectedException(name, "文件中没有文字（只有空白），请选择含有规划文本的文件");
        }
        return parse(decoded.text(), name);
    }

    /** Parses already-decoded text; {@code sourceName} names it where the text has no title. */
    public Outline parse(String text, String sourceName) {
        List<SourceLine> lines = split(text);
        List<ParseWarning> warnings = new ArrayList<>();
        HierarchyRecovery recovery = new HierarchyRecovery(lines, warnings);
        List<Clause> clauses = recovery.build();
        List<ParseWarning> report = new ArrayList<>();
        report.add(new ParseWarning("全文", "纯文本不保留下划线：强制性内容（加下划线的条款）无法从本文件识别，请导入 Word 原件或在编辑时标注"));
        int debris = lines.stream().mapToInt(SourceLine::debris).sum();
        if (debris > 0) {
            int first = lines.stream().filter(l -> l.debris() > 0).findFirst().orElseThrow().number();
            report.add(new ParseWarning("第 " + first + " 行起", "已清除 " + debris + " 处 Word 书签残留（[bookmark: …]）"));
        }
        if (recovery.flattened()) {
            report.add(new ParseWarning("全文", "各级编号都被导出为同一个编号，层级由上下文推断；请核对标有“层级”的提示"));
        }
        report.addAll(warnings);
        return new Outline(title(lines, sourceName), clauses, report);
    }

    private static List<SourceLine> split(String text) {
        List<SourceLine> lines = new ArrayList<>();
        int number = 0;
        int start = 0;
        int n = text.length();
        while (start <= n) {
            int end = start;
            while (end < n && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                end++;
            }
            number++;
            lines.add(SourceLine.of(number, text.substring(start, end)));
            if (end >= n) {
                break;
            }
            start = end + (text.charAt(end) == '\r' && end + 1 < n && text.charAt(end + 1) == '\n' ? 2 : 1);
        }
        return lines;
    }

    /**
     * The name the text gives itself (《…》（以下简称…）), else its first line when that names a plan,
     * else the file name.
     */
    private static String title(List<SourceLine> lines, String sourceName) {
        for (SourceLine l : lines.subList(0, Math.min(lines.size(), 30))) {
            Matcher m = SHORT_NAME.matcher(l.text());
            if (m.find()) {
                return m.group(1);
            }
        }
        // A township plan typed as text opens with its name, often followed by a note line
        // (【…】) or the stage in brackets (（送审稿）): the name, not the file, is the plan's title.
        for (SourceLine l : lines.subList(0, Math.min(lines.size(), 5))) {
            String t = l.text().strip();
            if (t.isEmpty()) {
                continue;
            }
            String name = withoutStage(t);
            return PlanMatter.looksLikePlanTitle(name) ? name : fileTitle(sourceName);
        }
        return fileTitle(sourceName);
    }

    /** 《…》 unwrapped and a trailing stage (（送审稿）, （征求意见稿）) dropped: what is left names the plan. */
    private static String withoutStage(String line) {
        String t = line;
        Matcher m = TRAILING_BRACKET.matcher(t);
        while (m.find() && PlanMatter.isDraftLine(m.group(1))) {
            t = t.substring(0, m.start()).strip();
            m = TRAILING_BRACKET.matcher(t);
        }
        if (t.startsWith("《") && t.endsWith("》") && t.length() > 2) {
            t = t.substring(1, t.length() - 1);
        }
        return t;
    }

    private static String fileTitle(String sourceName) {
        return sourceName.replaceFirst("\\.[A-Za-z]+$", "");
    }
}
