package org.plantrace.ingest.docx;

import org.docx4j.model.PropertyResolver;
import org.docx4j.wml.PPr;
import org.docx4j.wml.RPr;
import org.docx4j.wml.U;
import org.docx4j.wml.UnderlineEnumeration;

/**
 * Whether a run is underlined as Word shows it: the effective run properties after document
 * defaults, the paragraph style, the run's character style and direct formatting (docx4j's
 * {@link PropertyResolver} applies them in that order). Every underline style counts — single,
 * double, thick, dotted, dash, wave, words … — except {@code none}: plans mark mandatory provisions
 * (强制性内容) with whatever underline the drafter had at hand.
 */
final class UnderlineResolver {
    private final PropertyResolver resolver;

    UnderlineResolver(PropertyResolver resolver) {
        this.resolver = resolver;
    }

    boolean isUnderlined(RPr direct, PPr paragraph) {
        if (direct != null && direct.getU() != null) {
            // direct formatting wins over every style; asked first because docx4j's resolver
            // drops a bare <w:u/>, whose val defaults to single
            return underlined(direct);
        }
        RPr effective;
        try {
            effective = resolver.getEffectiveRPr(direct, paragraph);
        } catch (RuntimeException e) {
            // broken style chains (cycles, missing styles): fall back to what the run says itself
            effective = direct;
        }
        return underlined(effective);
    }

    static boolean underlined(RPr rPr) {
        if (rPr == null || rPr.getU() == null) {
            return false;
        }
        U u = rPr.getU();
        // w:val is optional and defaults to single in the schema
        return u.getVal() != UnderlineEnumeration.NONE;
    }
}
