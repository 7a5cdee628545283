/**
 * The transmission checklist pages: {@code /checklist} (index of targets, one target's list with
 * category and mandatory filters, print view, downloads), {@code /checklist/diff} (two versions side
 * by side) and {@code /checklist/file} (the .docx, PDF and JSON downloads). Everyone may read the
 * checklists of published versions; drafts need a signed-in reader who may view drafts — the
 * {@link org.plantrace.application.checklist.ChecklistService} decides, these beans only ask.
 */
package org.plantrace.web.checklist;
