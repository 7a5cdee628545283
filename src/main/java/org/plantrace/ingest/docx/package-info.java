/**
 * The Word (.docx) reader: turns a Word plan document into the neutral outline.
 *
 * <p>Owns, in reading order: the safety check of the ZIP package before docx4j sees it
 * ({@link org.plantrace.ingest.docx.PackageGuard}: zip bombs, DTDs / external entities, corrupt
 * or non-Word archives), the walk over the document body (paragraphs, tables, content controls),
 * heading levels from styles and outline levels ({@link org.plantrace.ingest.docx.HeadingStyles}),
 * Word list numbers as Word renders them ({@link org.plantrace.ingest.docx.ListNumbering}), run
 * underline as mandatory provisions ({@link org.plantrace.ingest.docx.UnderlineResolver}) and the
 * assembly of the clause forest with its parse report
 * ({@link org.plantrace.ingest.docx.OutlineAssembler}). Only {@link org.plantrace.ingest.docx.DocxReader}
 * is public; the rest is an implementation detail of this reader.
 */
package org.plantrace.ingest.docx;
