package org.plantrace.application.account;

/** A request about accounts that cannot be done as asked; the message says why, in Chinese. */
public class AccountException extends RuntimeException {
    private final transient java.util.List<String> problems;

    public AccountException(String message) {
        super(message);
        this.problems = java.util.List.of(message);
    }

    /** Every problem found at once, so that a form shows them all, not only the first (issue #14.10). */
    public AccountException(java.util.List<String> problems) {
        super(String.join(" ", problems));
        this.problems = java.util.List.copyOf(problems);
    }

    public java.util.List<String> problems() {
        return problems;
    }
}
