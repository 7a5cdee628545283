package org.plantrace.application.account;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.plantrace.domain.account.Account;
import org.plantrace.domain.account.AccountRepository;
import org.plantrace.domain.account.PasswordPolicy;
import org.plantrace.domain.account.Passwords;
import org.plantrace.domain.account.Role;

/**
 * Who can sign in on a store without accounts. There is no default password: in this order,
 * <ol>
 * <li>a TSV file named by the system property {@value #ACCOUNTS_PROPERTY} (username, roles
 * comma-separated, password, optional display name), for test and demonstration set-ups;</li>
 * <li>an {@code admin} with the password in the system property {@value #ADMIN_PROPERTY}, else the
 * environment variable {@value #ADMIN_ENV};</li>
 * <li>an {@code admin} with a random one-time password, which the caller prints to the log once and
 * which must be replaced at first sign-in.</li>
 * </ol>
 * Does nothing when any account exists, so a restart never resets a password.
 */
public final class FirstAccounts {
    public static final String ACCOUNTS_PROPERTY = "plantrace.bootstrap.accounts";
    public static final String ADMIN_PROPERTY = "plantrace.admin.password";
    public static final String ADMIN_ENV = "PLANTRACE_ADMIN_PASSWORD";
    public static final String ADMIN = "admin";
    /** No 0/O, 1/l/I: the password is read off a log and typed. */
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int ONE_TIME_LENGTH = 20;

    /** What was set up. */
    public sealed interface Outcome {
    }

    /** Accounts existed already: nothing changed. */
    public record AlreadySetUp(long accounts) implements Outcome {
    }

    /** Accounts read from the bootstrap file. */
    public record FromFile(Path file, List<String> usernames) implements Outcome {
    }

    /** The admin with the configured password; {@code source} names the setting. */
    public record AdminFromSetting(String source) implements Outcome {
    }

    /** The admin with a generated one-time password, to be printed to the log. */
    public record AdminWithOneTimePassword(String username, String password, String whyNotConfigured)
            implements Outcome {
    }

    private final AccountRepository accounts;
    private final Passwords passwords;

    public FirstAccounts(AccountRepository accounts, Passwords passwords) {
        this.accounts = Objects.requireNonNull(accounts);
        this.passwords = Objects.requireNonNull(passwords);
    }

    /** Sets up from this JVM's system properties and environment. */
    public Outcome setUp() {
        return setUp(System::getProperty, System.getenv());
    }

    /**
     * @throws AccountException the bootstrap file cannot be read or has a bad line (nothing stored)
     */
    public Outcome setUp(UnaryOperator<String> properties, Map<String, String> env) {
        long existing = accounts.count();
        if (existing > 0) {
            return new AlreadySetUp(existing);
        }
        String file = properties.apply(ACCOUNTS_PROPERTY);
        if (file != null && !file.isBlank()) {
            Path path = Path.of(file.strip());
            List<Account> read = readFile(path);
            read.forEach(accounts::add);
            return new FromFile(path, read.stream().map(Account::username).toList());
        }
        String why = null;
        for (var setting : List.of(Map.entry("-D" + ADMIN_PROPERTY, Optional.ofNullable(properties.apply(ADMIN_PROPERTY))),
                Map.entry("$" + ADMIN_ENV, Optional.ofNullable(env.get(ADMIN_ENV))))) {
            String password = setting.getValue().orElse("");
            if (password.isEmpty()) {
                continue;
            }
            Optional<String> problem = PasswordPolicy.problem(ADMIN, password.toCharArray());
            if (problem.isEmpty()) {
                accounts.add(Account.create(ADMIN, null, Set.of(Role.ADMIN), passwords.hash(password.toCharArray()),
                        false));
                return new AdminFromSetting(setting.getKey());
            }
            why = setting.getKey() + " 不可用：" + problem.get();
            break;
        }
        String oneTime = oneTimePassword();
        accounts.add(Account.create(ADMIN, null, Set.of(Role.ADMIN), passwords.hash(oneTime.toCharArray()), true));
        return new AdminWithOneTimePassword(ADMIN, oneTime,
                why != null ? why : "未设置 -D" + ADMIN_PROPERTY + " 或环境变量 " + ADMIN_ENV);
    }

    static String oneTimePassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder s = new StringBuilder(ONE_TIME_LENGTH);
        for (int i = 0; i < ONE_TIME_LENGTH; i++) {
            s.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return s.toString();
    }

    /** Reads the whole file before anything is stored, so a bad line leaves the store empty. */
    static List<Account> readFile(Path path, Passwords passwords) {
        List<String> lines;
        try {
            lines = Files.readAllLines(path);
        } catch (CharacterCodingException e) {
            throw new AccountException("账户文件 " + path + " 不是 UTF-8 编码，请另存为 UTF-8。");
        } catch (IOException e) {
            throw new AccountException("无法读取账户文件 " + path + "（" + e.getClass().getSimpleName() + "："
                    + e.getMessage() + "）。");
        }
        List<Account> read = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String where = "账户文件 " + path + " 第 " + (i + 1) + " 行";
            String[] cells = lines.get(i).split("\t");
            if (cells.length < 3) {
                throw new AccountException(where + "：应为“用户名<TAB>角色<TAB>密码[<TAB>姓名]”。");
            }
            String username = Account.normalize(cells[0]);
            if (!Account.validUsername(username)) {
                throw new AccountException(where + "：用户名“" + cells[0] + "”不可用。");
            }
            if (!seen.add(username)) {
                throw new AccountException(where + "：用户名“" + username + "”重复。");
            }
            Set<Role> roles = EnumSet.noneOf(Role.class);
            for (String role : cells[1].split(",")) {
                try {
                    roles.add(Role.valueOf(role.strip()));
                } catch (IllegalArgumentException e) {
                    throw new AccountException(where + "：没有角色“" + role.strip() + "”（可用 ADMIN、DRAFTER、REVIEWER）。");
                }
            }
            char[] password = cells[2].toCharArray();
            Optional<String> problem = PasswordPolicy.problem(username, password);
            if (problem.isPresent()) {
                throw new AccountException(where + "：" + problem.get());
            }
            String display = cells.length > 3 ? cells[3] : username;
            read.add(Account.create(username, display, roles, passwords.hash(password), false));
        }
        return read;
    }

    private List<Account> readFile(Path path) {
        return readFile(path, passwords);
    }
}
