package org.plantrace.transmission.output;

import java.nio.file.Path;
import org.plantrace.transmission.TemplatesLocator;

/** Where the output templates are: the templates folder {@link TemplatesLocator} finds. */
public final class TemplateFolder {
    public static final String PROPERTY = TemplatesLocator.PROPERTY;

    private TemplateFolder() {
    }

    /** {@code <templates>/checklist/checklist.xml}: the Word template of the checklist. */
    public static Path checklistDocx() {
        return TemplatesLocator.templatesRoot().resolve("checklist").resolve("checklist.xml");
    }
}
