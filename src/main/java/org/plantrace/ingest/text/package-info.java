/**
 * The plain-text reader: decodes UTF-8, UTF-8 with BOM and GB18030/GBK, classifies lines
 * (headings, body, debris) and recovers the hierarchy that a Word-to-text export flattened.
 */
package org.plantrace.ingest.text;
