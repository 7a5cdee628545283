/**
 * Writes a transmission checklist out: JSON (the command line's and the web's download), Word
 * ({@code .docx} from the template in {@code templates/checklist/}, docx4j) and PDF (PDFBox, with
 * the Chinese text embedded as a subset of Source Han Sans shipped by a Maven dependency, so the
 * text extracts again). The writers only lay out what {@link org.plantrace.transmission.Checklist}
 * holds; the wording shared by all of them is {@link org.plantrace.transmission.output.ChecklistWording}.
 */
package org.plantrace.transmission.output;
