package org.plantrace.web.authoring;

import org.plantrace.web.i18n.Words;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.plantrace.domain.plan.PlanVersion;
import org.plantrace.domain.plan.VersionStatus;

/**
 * One line of the versions list.
 *
 * @param number      the version number
 * @param status      the status in Chinese
 * @param statusKey   the status name in lower case, for the CSS class and tests
 * @param created     when it was created (Beijing time)
 * @param publishedAt when it was published, or empty
 * @param source      the file its text came from
 * @param path        its outline's address
 * @param draft       it is the draft (can be submitted)
 * @param inReview    it is in review (can be withdrawn or published)
 * @param live        it is the published version the public reads
 */
public record VersionRow(int number, String status, String statusKey, String created, String publishedAt,
        String source, String path, boolean draft, boolean inReview, boolean live) implements java.io.Serializable {
    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(BEIJING);

    static VersionRow of(PlanVersion v) {
        return new VersionRow(v.number(), Words.here(v.status()), v.status().name().toLowerCase().replace('_', '-'),
                time(v.createdAt()), time(v.publishedAt()), v.sourceName() == null ? "" : v.sourceName(),
                PlanPaths.version(v.plan().code(), v.number()), v.status() == VersionStatus.DRAFT,
                v.status() == VersionStatus.IN_REVIEW, v.status() == VersionStatus.PUBLISHED);
    }

    static String time(Instant t) {
        return t == null ? "" : TIME.format(t);
    }
}
