/**
 * The numbering conventions of Chinese plan texts — 第一章, 第一节, 第一条 or 第1条, 一、, （一）,
 * 1. or 1．, （1）, ① — recognised at the start of a line or paragraph, with their values.
 * Shared by the text and PDF readers.
 */
package org.plantrace.ingest.numbering;
