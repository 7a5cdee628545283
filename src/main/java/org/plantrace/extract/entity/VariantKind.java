package org.plantrace.extract.entity;

/**
 * How a name relates to its entity. Only the canonical name, aliases and accepted short forms are
 * linked silently; a typo, an inconsistent second form or a suspected variant is linked AND
 * reported (lint ENT001), because the plan must not be corrected behind the drafter's back.
 */
public enum VariantKind {
    CANONICAL("canonical"),
    ALIAS("alias"),
    /** A short form (大磁窑 for 大磁窑镇): linked only where {@link ListContext} allows it. */
    SHORT("short"),
    TYPO("typo"),
    INCONSISTENT("inconsistent"),
    SUSPECTED("suspected");

    private final String code;

    VariantKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** True for the kinds that lint ENT001 reports. */
    public boolean reported() {
        return this == TYPO || this == INCONSISTENT || this == SUSPECTED;
    }

    static VariantKind ofCode(String code) {
        for (VariantKind k : values()) {
            if (k.code.equals(code) && k != CANONICAL) {
                return k;
            }
        }
        throw new IllegalArgumentException("未知变体类别 / unknown variant kind: " + code);
    }
}
