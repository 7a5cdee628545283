package org.plantrace.domain.account;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** Where accounts are kept. Usernames are compared normalized ({@link Account#normalize}). */
public interface AccountRepository {
    Optional<Account> find(String username);

    /** All accounts, by username. */
    List<Account> all();

    long count();

    /** Stores a new account; false if the username is taken (nothing is changed then). */
    boolean add(Account account);

    /**
     * Reads, changes and writes one account as one step, so that two requests at once (two wrong
     * passwords, an unlock and a failure) cannot lose each other's change. Empty if there is no such
     * account.
     */
    Optional<Account> update(String username, UnaryOperator<Account> change);
}
