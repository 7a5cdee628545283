/**
 * The language of the pages: Chinese by default whatever the browser asks for, English when the
 * reader chooses it with the 中文 / English link in the header (a cookie, so reading anonymously
 * needs no session). Texts come from resource bundles in {@code src/main/resources/org/plantrace/web/i18n/}
 * ({@code Common.properties} Chinese, {@code Common_en.properties} English), which pages read as
 * {@code #{msg['key']}} and beans through {@link org.plantrace.web.i18n.Texts}.
 */
package org.plantrace.web.i18n;
