package org.plantrace.application.account;

import java.time.Instant;
import org.plantrace.domain.account.Account;

/** What a sign-in attempt came to. The web layer turns each into a page or a message. */
public sealed interface SignInResult {
    /** Right password: the account as stored after the attempt. */
    record SignedIn(Account account) implements SignInResult {
    }

    /** Unknown user or wrong password: deliberately not told apart. */
    record Refused() implements SignInResult {
    }

    /** Too many wrong passwords: no password is checked until {@code until}. */
    record Locked(Instant until) implements SignInResult {
    }
}
