package org.plantrace.application.account;

import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.plantrace.domain.account.Account;
import org.plantrace.domain.account.AccountRepository;

/** Accounts in a map, for the service tests. */
final class InMemoryAccounts implements AccountRepository {
    private final TreeMap<String, Account> accounts = new TreeMap<>();

    @Override
    public synchronized Optional<Account> find(String username) {
        return Optional.ofNullable(accounts.get(Account.normalize(username)));
    }

    @Override
    public synchronized List<Account> all() {
        return List.copyOf(accounts.values());
    }

    @Override
    public synchronized long count() {
        return accounts.size();
    }

    @Override
    public synchronized boolean add(Account account) {
        return accounts.putIfAbsent(account.username(), account) == null;
    }

    @Override
    public synchronized Optional<Account> update(String username, UnaryOperator<Account> change) {
        String key = Account.normalize(username);
        Account current = accounts.get(key);
        if (current == null) {
            return Optional.empty();
        }
        Account changed = change.apply(current);
        accounts.put(key, changed);
        return Optional.of(changed);
    }
}
