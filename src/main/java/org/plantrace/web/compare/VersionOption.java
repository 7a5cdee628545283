package org.plantrace.web.compare;

import org.plantrace.web.i18n.Words;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.plantrace.domain.plan.PlanVersion;

/** A version as a choice in a list: "第 2 版 · 草案 · 2026-12-01 · 修改稿.txt". */
public record VersionOption(int number, String label) {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneId.of("Asia/Shanghai"));

    public static VersionOption of(PlanVersion v) {
        String source = v.sourceName() == null || v.sourceName().isBlank() ? "" : " · " + v.sourceName();
        return new VersionOption(v.number(), org.plantrace.web.i18n.Texts.in("org.plantrace.web.review.Texts", "compare.msg.version",
                v.number(), Words.here(v.status()), DAY.format(v.createdAt())) + source);
    }
}
