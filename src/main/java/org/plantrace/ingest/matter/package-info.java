/**
 * The front and back matter of plan documents — cover, subtitle, contents page, preamble,
 * appendices — recognised from their words ({@code plan-matter.tsv}) and shapes, so that the Word
 * and PDF readers keep them out of the clause tree or give them a kind of their own.
 */
package org.plantrace.ingest.matter;
