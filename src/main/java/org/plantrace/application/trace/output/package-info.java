/**
 * The traceability results written out: the matrix as JSON (the {@code trace} command's shape), CSV
 * and an Excel workbook (Apache POI), the impact of a clause and "what applies here" as JSON. The
 * CSV and the workbook share one table ({@link org.plantrace.application.trace.output.TraceTable}),
 * so they cannot disagree on a cell.
 */
package org.plantrace.application.trace.output;
