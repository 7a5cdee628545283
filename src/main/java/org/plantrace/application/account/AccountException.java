package org.plantrace.application.account;

import org.plantrace.domain.message.Message;

/** A request about accounts that cannot be done as asked; the message says why, in Chinese. */
public class AccountException extends RuntimeException implements org.plantrace.domain.message.Explained {
    private final transient java.util.List<String> problems;
    private final transient java.util.List<Message> explained;

    public AccountException(String message) {
        super(message);
        this.problems = java.util.List.of(message);
        this.explained = java.util.List.of(Message.of("common.verbatim", message));
    }

    /** One problem, shown in the reader's language; {@code getMessage()} is its Chinese text. */
    public AccountException(Message problem) {
        this(java.util.List.of(problem), true);
    }

    /** Every problem found at once, each in the reader's language. */
    public static AccountException of(java.util.List<Message> problems) {
        return new AccountException(problems, true);
    }

    private AccountException(java.util.List<Message> problems, boolean messages) {
        super(String.join(" ", problems.stream().map(Message::chinese).toList()));
        this.problems = problems.stream().map(Message::chinese).toList();
        this.explained = java.util.List.copyOf(problems);
    }

    /** The problems as messages, for the reader's language. */
    public java.util.List<Message> explanations() {
        return explained;
    }

    @Override
    public Message explanation() {
        return explained.size() == 1 ? explained.get(0) : Message.of("common.verbatim", getMessage());
    }

    /** Every problem found at once, so that a form shows them all, not only the first (issue #14.10). */
    public AccountException(java.util.List<String> problems) {
        super(String.join(" ", problems));
        this.problems = java.util.List.copyOf(problems);
        this.explained = problems.stream().map(p -> Message.of("common.verbatim", p)).toList();
    }

    public java.util.List<String> problems() {
        return problems;
    }
}
