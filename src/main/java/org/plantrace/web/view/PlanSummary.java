package org.plantrace.web.view;

/**
 * What the home page says about the plan and the version shown.
 *
 * @param mandatoryMarked whether any clause of the version is marked mandatory; when false the
 *                        page must say so rather than let "nothing underlined" read as "nothing
 *                        binding"
 * @param plainTextSource the version was read from plain text, which loses underlines
 * @param numbering       the note saying that some shown numbers are derived, not the source's;
 *                        null when all are the source's
 */
public record PlanSummary(
        String code,
        String title,
        String level,
        String region,
        String period,
        int versionNumber,
        String status,
        String sourceName,
        int clauseCount,
        int mandatoryCount,
        boolean mandatoryMarked,
        boolean plainTextSource,
        org.plantrace.domain.message.Message numbering) {

    /** 第 N 版 / version N, in the reader's language. */
    public String version() {
        return org.plantrace.web.i18n.Texts.in("org.plantrace.web.i18n.Common", "home.versionNumber", String.valueOf(versionNumber));
    }

    /** The numbering note in the reader's language; empty when every number is the source's (issue #14.9). */
    public String numberingNote() {
        return numbering == null ? "" : org.plantrace.web.i18n.Texts.say(numbering);
    }
}
