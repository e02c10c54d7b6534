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

    private final OrganizationRoster roster;
    private final DemoAccounts demoAccounts;
    private final TransactionTemplate tx;
    private final boolean demo;

    OrganizationStartup(
            OrganizationRoster roster,
            DemoAccounts demoAccounts,
            TransactionTemplate tx,
            @Value("${praktika.demo:false}") boolean demo) {
        this.roster = roster;
        this.demoAccounts = demoAccounts;
        this.tx = tx;
        this.demo = demo;
    }

    @Override
    public void afterSingletonsInstantiated() {
        roster.seed();
        tx.executeWithoutResult(status -> demoAccounts.apply(demo));
    }
}
