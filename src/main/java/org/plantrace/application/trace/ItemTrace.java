package org.plantrace.application.trace;

import org.plantrace.conformance.Finding;
import org.plantrace.transmission.ChecklistItem;

/** One checklist item of a township and the engine's finding on it; {@code finding} is null without a township plan. */
public record ItemTrace(ChecklistItem item, Finding finding) {
}
