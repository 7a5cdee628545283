package org.plantrace.extract.indicator;

/**
 * What the words around a quantity say: its name, the comparator phrase before it, and whether it
 * is a share (占 whole 的 N%). {@code strongPrefix} is true when a comparator phrase of two or more
 * characters stands before it (不低于, 控制在): only then may a number without a unit count.
 * {@code nameAfter} is true when the name was taken from the words after the quantity.
 */
record Naming(String name, Comparison prefixOp, boolean strongPrefix, String shareWhole, boolean nameAfter) {
}
