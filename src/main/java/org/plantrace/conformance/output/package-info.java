/**
 * Review files: JSON in the shape of the {@code review} command (issue 11), and CSV for a
 * spreadsheet (one row per finding, UTF-8 with a byte-order mark so that Excel reads the Chinese), and
 * the 审查意见书 in Word from the template {@code templates/review/opinion.xml} ({@link org.plantrace.conformance.output.ReviewDocx}).
 * {@link org.plantrace.conformance.output.ReviewFormat} names the formats.
 */
package org.plantrace.conformance.output;
