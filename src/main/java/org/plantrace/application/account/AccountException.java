package org.plantrace.application.account;

/** A request about accounts that cannot be done as asked; the message says why, in Chinese. */
public class AccountException extends RuntimeException {
    public AccountException(String message) {
        super(message);
    }
}
