package org.plantrace.web.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.plantrace.application.account.FirstAccounts;
import org.plantrace.domain.account.AccountRepository;
import org.plantrace.domain.account.Passwords;

/**
 * On start-up, makes sure someone can sign in: on a store without accounts it has
 * {@link FirstAccounts} create them, and prints a generated one-time admin password to the log
 * once. A failure is logged and does not stop the public site.
 */
@ApplicationScoped
public class AccountStartup {
    private static final Logger LOG = Logger.getLogger(AccountStartup.class.getName());

    @Inject
    AccountRepository accounts;

    void onStart(@Observes @Initialized(ApplicationScoped.class) ServletContext context) {
        try {
            report(new FirstAccounts(accounts, Passwords.standard()).setUp());
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "账户初始化失败，无人能够登录：" + e.getMessage(), e);
        }
    }

    private static void report(FirstAccounts.Outcome outcome) {
        if (outcome instanceof FirstAccounts.AlreadySetUp a) {
            LOG.fine(() -> a.accounts() + " accounts stored");
        } else if (outcome instanceof FirstAccounts.FromFile f) {
            LOG.info(() -> "accounts " + f.usernames() + " created from " + f.file());
        } else if (outcome instanceof FirstAccounts.AdminFromSetting s) {
            LOG.info(() -> "admin account created with the password in " + s.source());
        } else if (outcome instanceof FirstAccounts.AdminWithOneTimePassword p) {
            LOG.warning(() -> String.join("\n", "",
                    "================================================================",
                    "PlanTrace 首次启动：已创建管理员账户 " + p.username() + "（" + p.whyNotConfigured() + "）",
                    "一次性密码：" + p.password(),
                    "请用它在 /signin 登录，登录后须立即设置新密码。此密码只在日志中出现这一次。",
                    "================================================================"));
        }
    }
}
