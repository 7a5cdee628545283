package org.plantrace.domain.account;

import java.util.Optional;

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
        int length = password == null ? 0 : String.valueOf(password).codePointCount(0, password.length);
        if (length < MIN_LENGTH) {
            return Optional.of("密码至少需要 " + MIN_LENGTH + " 个字符，请换一个更长的密码。");
        }
        if (length > MAX_LENGTH) {
            return Optional.of("密码不能超过 " + MAX_LENGTH + " 个字符。");
        }
        if (String.valueOf(password).strip().equalsIgnoreCase(username == null ? "" : username.strip())) {
            return Optional.of("密码不能与用户名相同。");
        }
        return Optional.empty();
    }
}
