package ru.praktika.organization.domain;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * At start-up, before the web server accepts requests: the roster of organizations, then the demo accounts (which
 * belong to councils of that roster).
 */
@Component
class OrganizationStartup implements SmartInitializingSingleton {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(OrganizationStartup.class);

    private final OrganizationRoster roster;
    private final DemoAccounts demoAccounts;
    private final TransactionTemplate tx;
    private final boolean demo;
    private final UserAdministration users;
    private final String adminLogin;
    private final String adminPassword;
    private final org.springframework.context.ApplicationContext context;

    OrganizationStartup(
            OrganizationRoster roster,
            DemoAccounts demoAccounts,
            TransactionTemplate tx,
            UserAdministration users,
            @Value("${praktika.demo:false}") boolean demo,
            @Value("${praktika.admin.login:}") String adminLogin,
            @Value("${praktika.admin.password:}") String adminPassword,
            org.springframework.context.ApplicationContext context) {
        this.context = context;
        this.roster = roster;
        this.demoAccounts = demoAccounts;
        this.tx = tx;
        this.users = users;
        this.demo = demo;
        this.adminLogin = adminLogin;
        this.adminPassword = adminPassword;
    }

    @Override
    public void afterSingletonsInstantiated() {
        roster.seed();
        tx.executeWithoutResult(status -> demoAccounts.apply(demo));
        firstAdministrator();
    }

    /**
     * On a real installation with no administrator yet, {@code PRAKTIKA_ADMIN_LOGIN} (and optionally
     * {@code PRAKTIKA_ADMIN_PASSWORD}) opens the first one; once an administrator exists the variables are ignored.
     */
    private void firstAdministrator() {
        if (users.hasRealAdministrator()) {
            return;
        }
        if (adminLogin == null || adminLogin.isBlank()) {
            // the command line (create-admin itself, import-oktmo) has no web server: no hint needed there
            if (!demo && context instanceof org.springframework.web.context.WebApplicationContext) {
                log.warn(
                        "В Практике ещё нет администратора. Создайте его: {} или задайте PRAKTIKA_ADMIN_LOGIN",
                        ru.praktika.organization.CreateAdminCommand.USAGE);
            }
            return;
        }
        UserAdministration.Credentials created = ru.praktika.shared.SystemContext.run(() -> users.openAdministrator(
                adminLogin, null, adminPassword == null || adminPassword.isBlank() ? null : adminPassword));
        if (created.password() != null) {
            log.warn(
                    "Создан администратор «{}» с одноразовым паролем {} — смените его после первого входа",
                    created.user().username(),
                    created.password());
        } else {
            log.info(
                    "Создан администратор «{}» с паролем из PRAKTIKA_ADMIN_PASSWORD",
                    created.user().username());
        }
    }
}
