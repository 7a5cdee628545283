/**
 * The PDF reader: recovers a plan's clause tree from the drawn page, where nothing but glyph
 * positions, fonts and line drawings survive.
 *
 * <p>The pipeline, one class per step: {@link org.plantrace.ingest.pdf.PdfLoader} opens the file
 * in bounded memory and refuses what cannot be read (corrupt, truncated, password-protected);
 * {@link org.plantrace.ingest.pdf.GlyphCollector} and {@link org.plantrace.ingest.pdf.RuleCollector}
 * take the glyphs and the thin horizontal and vertical drawings of every page;
 * {@link org.plantrace.ingest.pdf.TableFinder} reads ruled tables into rows × cells
 * ({@link org.plantrace.ingest.pdf.TableRuling}: rows, columns and merged cells from the ruling)
 * before lines are built, and leaves a ruling that does not resolve to the text with a note;
 * {@link org.plantrace.ingest.pdf.LineBuilder} makes lines and marks underlined characters;
 * {@link org.plantrace.ingest.pdf.RunningMatter} drops running headers, footers and page numbers;
 * {@link org.plantrace.ingest.pdf.BlockBuilder} joins wrapped lines into paragraphs and headings,
 * using the body text's own metrics ({@link org.plantrace.ingest.pdf.BodyMetrics});
 * {@link org.plantrace.ingest.pdf.OutlineAssembler} nests headings by their conventional Chinese
 * numbering ({@link org.plantrace.ingest.pdf.HeadingNumber}) and writes the parse report.
 *
 * <p>Chinese text is joined across line ends without spaces: a PDF has no spaces there, and
 * Chinese has none either.
 */
package org.plantrace.ingest.pdf;
