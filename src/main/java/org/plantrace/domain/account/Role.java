package org.plantrace.domain.account;

/** The roles of signed-in people. The public has no role: it is {@link Actor#ANONYMOUS}. */
public enum Role {
    ADMIN("管理员"),
    DRAFTER("编制人员"),
    REVIEWER("审查人员");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
