package org.plantrace.transmission;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One row of {@code templates/transmission/rules.tsv}: which county text (or layer) becomes an item
 * for which targets, under which category, cut how. Rows are tried in file order and the first rule
 * whose trigger matches a piece of text claims that piece for a target, so specific rules stand
 * above general ones. See docs/transmission.md for the planner's description of every column.
 *
 * @param id       stable id, shown on every item it produces ({@code c-seismic})
 * @param type     a–f, the kind of provision (issue #5): a all-township, b named, c classification,
 *                 d quantity, e sited facility / protected object, f detailed-plan unit
 * @param target   which targets the rule serves
 * @param category the item's category (a label of categories.tsv)
 * @param trigger  the pattern a piece of text must contain
 * @param within   the pattern the clause's heading path must contain, or null for anywhere
 * @param cut      how the requirement sentence is cut from the piece
 * @param scope    which targets get the item
 * @param scopeArg for {@link Scope#OVERLAP}: the layer label or feature name the unit must overlap
 * @param quantity how the quantity target is found
 * @param template for overlay items: the requirement with {area} {layer} placeholders; else null
 * @param note     why the rule exists, in the planner's words
 */
public record DerivationRule(String id, char type, TargetKind target, String category, Pattern trigger,
        Pattern within, Cut cut, Scope scope, String scopeArg, QuantitySpec quantity, String template, String note) {

    public DerivationRule {
        Objects.requireNonNull(id);
        Objects.requireNonNull(target);
        Objects.requireNonNull(category);
        Objects.requireNonNull(trigger);
        Objects.requireNonNull(cut);
        Objects.requireNonNull(scope);
        Objects.requireNonNull(quantity);
    }

    /** How the requirement is cut from the piece of text (a sentence up to 。 or ；). */
    public enum Cut {
        /** the whole piece. */
        PIECE,
        /** the whole piece after the clause heading, for pieces without a subject ("划定城镇开发边界：主要分布在…"). */
        HEADED,
        /** of a multi-place piece, only the part naming the target (see {@link RequirementCutter}). */
        OWN_PART,
        /** of "Ⅶ度（A、B）和Ⅷ度（C、D）", only the group whose brackets hold the target. */
        PAREN_GROUP,
        /** no text cut: the item is computed from a layer overlay, the text is the template. */
        OVERLAY,
        /**
         * tables only: a row naming the target, each cell named by its column header (a township's row
         * of an indicator table); see {@link TableRows}. Rules of the other cuts never see tables'
         * header rows, and the named ones see a row as this cut gives it.
         */
        TABLE_ROW
    }

    /** Who gets the item. */
    public enum Scope {
        /** every township. */
        ALL,
        /** every 镇 (not 乡): "其余各镇", "各镇镇区". */
        TOWNS,
        /** the townships the piece names (directly or through a place that lies in them). */
        NAMED,
        /** the townships the piece names, and those the whole clause does not name ("一般乡镇14个"). */
        NAMED_AND_REST,
        /** every detailed-plan unit. */
        ALL_UNITS,
        /** the units that overlap a layer (or a named feature of one). */
        OVERLAP
    }
}
