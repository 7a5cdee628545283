/**
 * The traceability pages (issue #12, web part): the matrix at {@code /trace} (county clauses ×
 * townships, filters, totals, the township view, CSV and XLSX downloads at {@code /trace/file}), the
 * coverage heat map on the home page, "what applies here" at {@code /here} with its JSON at
 * {@code /trace/at.json}, the impact of a clause on the compare and clause pages, and the links between
 * county and township clauses. Everything is read from {@link org.plantrace.application.trace}; the
 * public sees published plans only (township plans judged on their newest published version), readers
 * who may see drafts ({@code VIEW_DRAFT}) see the newest version of each township plan.
 */
package org.plantrace.web.trace;
