package org.plantrace.conformance.action;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.plantrace.conformance.ReviewTable;

/** {@code modality.tsv}: how strongly a sentence binds — prohibition, obligation or soft — by its first modal word. */
public final class ModalityTable {
    /** The strength of a sentence. */
    public enum Modality {
        PROHIBITION("禁止性"),
        OBLIGATION("义务性"),
        SOFT("引导性"),
        NONE("陈述");

        private final String label;

        Modality(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private final List<String[]> words = new ArrayList<>();

    public ModalityTable(Path file) {
        for (String[] r : ReviewTable.read(file)) {
            Modality.valueOf(r[1].toUpperCase(java.util.Locale.ROOT));
            words.add(r);
        }
    }

    /** The strongest modality a word of the table gives the sentence: prohibition over obligation over soft. */
    public Modality of(String sentence) {
        Modality best = Modality.NONE;
        for (String[] w : words) {
            if (sentence.contains(w[0])) {
                Modality m = Modality.valueOf(w[1].toUpperCase(java.util.Locale.ROOT));
                if (m.ordinal() < best.ordinal()) {
                    best = m;
                }
            }
        }
        return best;
    }
}
