package org.plantrace.web.view;

/** A stretch of a paragraph that is either all mandatory (underlined in the source) or not. */
public record TextRun(String text, boolean mandatory) {
}
