package ru.praktika.organization.domain;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import ru.praktika.shared.Actor;
import ru.praktika.shared.AuditedAction;
import ru.praktika.shared.Role;

/**
 * The demo accounts (password {@code demo}) exist only in demo mode: started with {@code praktika.demo=true} they
 * are created or re-activated; started without it they are deactivated, so a demo password never opens a real
 * installation.
 */
@Component
class DemoAccounts {

    static final String PASSWORD = "demo";
    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    private record Demo(String username, String fullName, Role role, String regionCode, String oktmo) {

        Demo(String username, String fullName, Role role, String regionCode) {
            this(username, fullName, role, regionCode, null);
        }
    }

    static final List<Demo> ACCOUNTS = List.of(
            new Demo("admin", "Секретариат ВАРМСУ (демо)", Role.ADMIN, null),
            new Demo("expert", "Эксперт Правления ВАРМСУ (демо)", Role.EXPERT, null),
            new Demo("perm", "Оператор Совета МО Пермского края (демо)", Role.REGIONAL_OPERATOR, "59"),
            new Demo("tatarstan", "Оператор Совета МО Республики Татарстан (демо)", Role.REGIONAL_OPERATOR, "16"),
            new Demo(
                    "chaikovsky",
                    "Оператор администрации Чайковского городского округа (демо)",
                    Role.MUNICIPAL_OPERATOR,
                    "59",
                    "57735000"));

    private final UserAccountRepository accounts;
    private final AccountQueries queries;
    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final ApplicationEventPublisher events;

    DemoAccounts(
            UserAccountRepository accounts,
            AccountQueries queries,
            JdbcClient jdbc,
            PasswordEncoder passwords,
            ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.queries = queries;
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.events = events;
    }

    void apply(boolean demo) {
        if (!demo) {
            int off = jdbc.sql("update organization.users set active = false where demo and active")
                    .update();
            if (off > 0) {
                log.info("Demo mode is off: {} demo accounts deactivated", off);
                events.publishEvent(
                        new AuditedAction("system", "user.deactivateDemo", "user", null, Map.of("count", off)));
            }
            return;
        }
        for (Demo d : ACCOUNTS) {
            accounts.findByUsername(d.username())
                    .ifPresentOrElse(
                            existing -> {
                                if (!existing.active() && isDemo(existing)) {
                                    existing.activate();
                                    accounts.save(existing);
                                }
                            },
                            () -> open(d));
        }
        log.info("Demo mode: accounts admin, expert, perm, tatarstan, chaikovsky with password «demo»");
    }

    private boolean isDemo(UserAccount account) {
        return queries.user(account.id()).map(u -> u.demo()).orElse(false);
    }

    private void open(Demo d) {
        Long organizationId = d.regionCode() != null
                ? queries.councilOf(d.regionCode()).map(o -> o.id()).orElse(null)
                : queries.organizations(ru.praktika.organization.OrganizationKind.ASSOCIATION).stream()
                        .findFirst()
                        .map(o -> o.id())
                        .orElse(null);
        UserAccount account = UserAccount.open(
                d.username(),
                d.fullName(),
                passwords.encode(PASSWORD),
                new UserAccount.Placement(Set.of(d.role()), d.regionCode(), d.oktmo(), organizationId));
        account.markDemo();
        accounts.save(account);
        events.publishEvent(AuditedAction.by(Actor.SYSTEM, "user.openDemo", "user", account.id(), account.snapshot()));
    }
}
