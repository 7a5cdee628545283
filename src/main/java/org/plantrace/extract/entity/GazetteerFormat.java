package org.plantrace.extract.entity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code gazetteer.tsv}: '#' lines are comments, the first other line is the header
 * {@code id name type variants parent facts source}, then one entity per tab-separated row.
 * Variants are {@code text:kind} joined by '|' (kind defaults to alias); facts are
 * {@code key=value} joined by ';'. Every error names the file and line: a drafter edits this file.
 */
public final class GazetteerFormat {
    static final List<String> HEADER = List.of("id", "name", "type", "variants", "parent", "facts", "source");

    private GazetteerFormat() {
    }

    public static Gazetteer read(Path file) {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new GazetteerException("无法读取词典 / cannot read gazetteer " + file + ": " + e.getMessage(), e);
        }
    }

    public static Gazetteer parse(String content, String origin) {
        List<Entity> entities = new ArrayList<>();
        boolean headerSeen = false;
        String[] lines = content.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip().isEmpty() ? "" : lines[i];
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            String where = origin + " 第 " + (i + 1) + " 行";
            if (!headerSeen) {
                if (!List.of(cells).subList(0, Math.min(cells.length, HEADER.size())).equals(HEADER)) {
                    throw new GazetteerException(where + ": 表头应为 / header must be " + String.join("\\t", HEADER));
                }
                headerSeen = true;
                continue;
            }
            if (cells.length != HEADER.size()) {
                throw new GazetteerException(where + ": 应有 " + HEADER.size() + " 列，实有 " + cells.length
                        + " / expected " + HEADER.size() + " tab-separated columns");
            }
            try {
                entities.add(row(cells));
            } catch (IllegalArgumentException e) {
                throw new GazetteerException(where + ": " + e.getMessage(), e);
            }
        }
        try {
            return new Gazetteer(entities);
        } catch (IllegalArgumentException e) {
            throw new GazetteerException(origin + ": " + e.getMessage(), e);
        }
    }

    private static Entity row(String[] c) {
        String id = c[0].strip();
        String name = c[1].strip();
        if (id.isEmpty() || name.isEmpty()) {
            throw new IllegalArgumentException("id 与 name 不能为空 / id and name are required");
        }
        String parent = c[4].strip();
        return new Entity(id, name, EntityType.ofCode(c[2].strip()), variants(c[3]), parent.isEmpty() ? null : parent,
                facts(c[5]), c[6].strip());
    }

    private static List<Variant> variants(String cell) {
        List<Variant> out = new ArrayList<>();
        for (String part : cell.split("\\|")) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            int colon = p.lastIndexOf(':');
            out.add(colon < 0 ? new Variant(p, VariantKind.ALIAS)
                    : new Variant(p.substring(0, colon).strip(), VariantKind.ofCode(p.substring(colon + 1).strip())));
        }
        return out;
    }

    private static Map<String, String> facts(String cell) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String part : cell.split(";")) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            int eq = p.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("事实应写作 key=value / a fact must read key=value: " + p);
            }
            out.put(p.substring(0, eq).strip(), p.substring(eq + 1).strip());
        }
        return out;
    }
}
