package org.plantrace.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.plantrace.domain.account.Account;
import org.plantrace.domain.account.AccountRepository;

/** Accounts in table ACCOUNT; each call its own EntityManager, changes in one transaction. */
@ApplicationScoped
public class JpaAccountRepository implements AccountRepository {
    private EntityManagerFactory factory;

    /** For CDI's client proxy only. */
    protected JpaAccountRepository() {
    }

    @Inject
    public JpaAccountRepository(EntityManagerFactory factory) {
        this.factory = Objects.requireNonNull(factory);
    }

    @Override
    public Optional<Account> find(String username) {
        String key = Account.normalize(username);
        return read(em -> Optional.ofNullable(em.find(AccountEntity.class, key)).map(AccountEntity::toDomain));
    }

    @Override
    public List<Account> all() {
        return read(em -> em.createQuery("select a from AccountEntity a order by a.username", AccountEntity.class)
                .getResultList().stream().map(AccountEntity::toDomain).toList());
    }

    @Override
    public long count() {
        return read(em -> em.createQuery("select count(a) from AccountEntity a", Long.class).getSingleResult());
    }

    @Override
    public boolean add(Account account) {
        return inTransaction(em -> {
            // the lock on a missing row does not stop a second insert; the primary key does, and
            // the commit then fails, which the caller sees as an exception, never as a silent overwrite
            if (em.find(AccountEntity.class, account.username()) != null) {
                return false;
            }
            em.persist(new AccountEntity(account));
            return true;
        });
    }

    @Override
    public Optional<Account> update(String username, UnaryOperator<Account> change) {
        String key = Account.normalize(username);
        return inTransaction(em -> {
            AccountEntity row = em.find(AccountEntity.class, key, LockModeType.PESSIMISTIC_WRITE);
            if (row == null) {
                return Optional.empty();
            }
            Account changed = change.apply(row.toDomain());
            if (!changed.username().equals(key)) {
                throw new IllegalArgumentException("an update cannot rename an account");
            }
            row.update(changed);
            return Optional.of(changed);
        });
    }

    private <T> T read(Function<EntityManager, T> work) {
        return UnitOfWork.read(factory, work);
    }

    private <T> T inTransaction(Function<EntityManager, T> work) {
        return UnitOfWork.inTransaction(factory, work);
    }
}
