package org.plantrace.domain.account;

import java.util.Optional;
import org.plantrace.domain.message.Message;

/**
 * What a new password must be: long enough to resist guessing (length matters more than character
 * classes, as NIST SP 800-63B says), not absurdly long, not the username.
 */
public final class PasswordPolicy {
    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 200;

    private PasswordPolicy() {
    }

    /** Why this password cannot be used, in Chinese, or empty if it can. */
    public static Optional<String> problem(String username, char[] password) {
        return why(username, password).map(Message::chinese);
    }

    /** Why this password cannot be used, as a message for the reader's language, or empty if it can. */
    public static Optional<Message> why(String username, char[] password) {
        int length = password == null ? 0 : String.valueOf(password).codePointCount(0, password.length);
        if (length < MIN_LENGTH) {
            return Optional.of(Message.of("account.password.short", MIN_LENGTH));
        }
        if (length > MAX_LENGTH) {
            return Optional.of(Message.of("account.password.long", MAX_LENGTH));
        }
        if (String.valueOf(password).strip().equalsIgnoreCase(username == null ? "" : username.strip())) {
            return Optional.of(Message.of("account.password.username"));
        }
        return Optional.empty();
    }
}
