package org.plantrace.conformance;

import java.nio.file.Path;
import java.util.regex.Pattern;
import org.plantrace.conformance.action.ActionTable;
import org.plantrace.conformance.action.ModalityTable;
import org.plantrace.conformance.classification.Dimension;
import org.plantrace.conformance.classification.Vocabularies;
import org.plantrace.conformance.quantity.IndicatorKeys;
import org.plantrace.conformance.quantity.ScopeTable;
import org.plantrace.conformance.quantity.UnitTable;
import org.plantrace.transmission.TemplatesLocator;

/** Every table of {@code templates/review/}, read once. */
public record ReviewRules(UnitTable units, ScopeTable scopes, IndicatorKeys indicators, Vocabularies vocabularies,
        Facilities facilities, PartsOfSentence parts, ActionTable actions, ModalityTable modality, Topics topics) {

    public static final String FOLDER = "review";

    /** The tables of the located templates folder ({@link TemplatesLocator}). */
    public static ReviewRules standard() {
        return read(TemplatesLocator.templatesRoot().resolve(FOLDER));
    }

    /** @throws ReviewRulesException a table is missing or malformed (the message names it) */
    public static ReviewRules read(Path dir) {
        return new ReviewRules(new UnitTable(dir.resolve("units.tsv")), new ScopeTable(dir.resolve("scopes.tsv")),
                new IndicatorKeys(dir.resolve("indicators.tsv")), new Vocabularies(dir.resolve("classifications.tsv")),
                new Facilities(dir.resolve("facilities.tsv")), new PartsOfSentence(dir.resolve("levels.tsv")),
                new ActionTable(dir.resolve("actions.tsv")), new ModalityTable(dir.resolve("modality.tsv")),
                new Topics(dir.resolve("topics.tsv")));
    }

    /** Classification values that look like verbs (搬迁撤并类): blanked before actions are read. */
    Pattern verbMask() {
        StringBuilder sb = new StringBuilder();
        for (Dimension d : vocabularies.dimensions()) {
            for (Dimension.Value v : d.values()) {
                if (!v.patterned()) {
                    sb.append(sb.isEmpty() ? "" : "|").append(v.pattern().pattern());
                }
            }
        }
        return Pattern.compile(sb.isEmpty() ? "(?!)" : sb.toString());
    }
}
