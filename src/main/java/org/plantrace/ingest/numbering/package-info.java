/**
 * The numbering conventions of Chinese plan texts — 第一章, 第一节, 第一条 or 第1条, 一、, （一）,
 * 1. or 1．, （1）, ① — recognised at the start of a line or paragraph, with their values
 * ({@link org.plantrace.ingest.numbering.Numbering}); where a numbered heading goes among the
 * clauses open above it ({@link org.plantrace.ingest.numbering.NumberNesting}) and how its words
 * divide into heading and text ({@link org.plantrace.ingest.numbering.ItemShape}). Shared by the
 * text, Word and PDF readers, so that one plan reads to one tree whatever file it came in.
 */
package org.plantrace.ingest.numbering;
