/**
 * Quantities compared: a checklist item's {@link org.plantrace.transmission.QuantityTarget} against
 * the figure a township sentence states, both converted to one base unit ({@code units.tsv}), as
 * intervals (≥ a, ≤ b, a—b, = a), with the target year and the area stated for (镇区 vs the whole
 * township, {@code scopes.tsv}) compared first, and a tolerance of half a unit of the stated
 * precision. Township figures are read by {@link org.plantrace.extract.indicator.IndicatorExtractor}
 * on the raw sentence, before any segmentation.
 */
package org.plantrace.conformance.quantity;
