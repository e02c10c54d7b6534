package ru.praktika.organization.domain;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing: after {@value #FREE_ATTEMPTS} wrong passwords in a row the account is locked for
 * one minute, then for twice as long after each further failure (up to 32 minutes). A successful sign-in resets it.
 * Counters are plain SQL updates, outside the account aggregate, so a sign-in never conflicts with an admin's edit.
 */
@Component
class LoginThrottle {

    static final int FREE_ATTEMPTS = 5;

    private final JdbcClient jdbc;

    LoginThrottle(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    @Transactional
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        jdbc.sql("""
                        update organization.users
                        set failed_logins = failed_logins + 1,
                            locked_until = case when failed_logins + 1 >= :free
                                then now() + make_interval(mins => power(2, least(failed_logins + 1 - :free, 5))::int)
                                else locked_until end
                        where lower(username) = lower(:u)
                        """)
                .param("free", FREE_ATTEMPTS)
                .param("u", String.valueOf(event.getAuthentication().getName()))
                .update();
    }

    @EventListener
    @Transactional
    void onSuccess(AuthenticationSuccessEvent event) {
        jdbc.sql("""
                        update organization.users
                        set failed_logins = 0, locked_until = null, last_login_at = now()
                        where lower(username) = lower(:u)
                        """).param("u", event.getAuthentication().getName()).update();
    }
}
