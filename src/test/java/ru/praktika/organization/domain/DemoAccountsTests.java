package ru.praktika.organization.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import ru.praktika.support.PraktikaTest;

@PraktikaTest
class DemoAccountsTests {

    @Autowired
    DemoAccounts demo;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate tx;

    @Test
    void demoAccountsExistOnlyInDemoMode() {
        assertThat(activeDemoAccounts()).isEqualTo(DemoAccounts.ACCOUNTS.size()).isEqualTo(5);
        try {
            tx.executeWithoutResult(s -> demo.apply(false));
            assertThat(activeDemoAccounts()).isZero();
        } finally {
            tx.executeWithoutResult(s -> demo.apply(true));
        }
        assertThat(activeDemoAccounts()).isEqualTo(DemoAccounts.ACCOUNTS.size()).isEqualTo(5);
    }

    private long activeDemoAccounts() {
        return jdbc.sql("select count(*) from organization.users where demo and active")
                .query(Long.class)
                .single();
    }
}
