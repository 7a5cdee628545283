package org.plantrace.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plantrace.domain.account.Account;
import org.plantrace.domain.account.LockoutPolicy;
import org.plantrace.domain.account.Passwords;
import org.plantrace.domain.account.Role;
import org.plantrace.infrastructure.DataDirectory;

class JpaAccountRepositoryTest {
    private static final Passwords PASSWORDS = new Passwords(1_000);
    private static final Instant T0 = Instant.parse("2026-03-01T02:00:00.123456Z");

    @TempDir
    Path dir;
    EntityManagerFactory factory;
    JpaAccountRepository repository;

    @BeforeEach
    void open() {
        reopen();
    }

    @AfterEach
    void close() {
        factory.close();
    }

    private void reopen() {
        if (factory != null) {
            factory.close();
        }
        factory = PlanTracePersistence.open(DataDirectory.at(dir), Map.of(PlanTracePersistence.LOGGING_LEVEL, "OFF"));
        repository = new JpaAccountRepository(factory);
    }

    private static Account drafter() {
        return Account.create("drafter", "编制员甲", Set.of(Role.DRAFTER, Role.REVIEWER),
                PASSWORDS.hash("drafter-password".toCharArray()), true);
    }

    @Test
    void anAccountSurvivesARestartAsStored() {
        Account stored = drafter().afterFailure(T0, LockoutPolicy.STANDARD);
        assertTrue(repository.add(stored));
        reopen();
        Account back = repository.find("DRAFTER").orElseThrow();
        assertEquals(stored, back);
        assertTrue(PASSWORDS.matches("drafter-password".toCharArray(), back.password()));
        assertEquals(1, repository.count());
        assertEquals(List.of("drafter"), repository.all().stream().map(Account::username).toList());
    }

    @Test
    void theDatabaseHoldsTheHashNotThePassword() {
        repository.add(drafter());
        EntityManager em = factory.createEntityManager();
        try {
            Object hash = em.createNativeQuery("select PASSWORD_HASH from ACCOUNT").getSingleResult();
            assertTrue(hash.toString().startsWith("pbkdf2-sha256$"), hash.toString());
            assertFalse(hash.toString().contains("drafter-password"));
        } finally {
            em.close();
        }
    }

    @Test
    void aTakenUsernameIsNotOverwritten() {
        repository.add(drafter());
        Account other = Account.create("drafter", "别人", Set.of(Role.ADMIN), PASSWORDS.hash("other-password".toCharArray()), false);
        assertFalse(repository.add(other));
        assertEquals("编制员甲", repository.find("drafter").orElseThrow().displayName());
    }

    @Test
    void concurrentFailuresAreAllCounted() throws Exception {
        repository.add(drafter());
        LockoutPolicy many = new LockoutPolicy(1_000, java.time.Duration.ofMinutes(1));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                done.add(pool.submit(() -> repository.update("drafter", a -> a.afterFailure(T0, many))));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(40, repository.find("drafter").orElseThrow().failedAttempts());
    }

    @Test
    void updatingAMissingAccountChangesNothing() {
        assertTrue(repository.update("nobody", Account::unlocked).isEmpty());
        assertEquals(0, repository.count());
    }
}
