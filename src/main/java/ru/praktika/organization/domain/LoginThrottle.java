package ru.praktika.organization.domain;

import java.util.Locale;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing, by account and by client address (ADR 0003). After {@value #FREE_ATTEMPTS} wrong
 * passwords for one account from one address, that account is locked for that address for one minute, then twice as
 * long after each further failure (up to 32 minutes); other addresses still sign in, so nobody can lock the
 * administrator out. After {@value #FREE_ATTEMPTS_PER_ADDRESS} failures from one address, whatever the accounts, the
 * address is locked the same way. A success resets the account's counter for its address; counters older than
 * {@value #FORGET_MINUTES} minutes start again. Plain SQL in PostgreSQL, so every instance sees the same counters.
 */
@Component
public class LoginThrottle {

    static final int FREE_ATTEMPTS = 5;
    static final int FREE_ATTEMPTS_PER_ADDRESS = 20;
    static final int FORGET_MINUTES = 15;

    private final JdbcClient jdbc;

    LoginThrottle(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether a sign-in of this account from this address must wait. */
    @Transactional(readOnly = true)
    public boolean refuses(String username, String address) {
        return jdbc.sql("""
                        select count(*) from organization.login_failures
                        where key in (:account, :address) and locked_until > now()
                        """)
                        .param("account", accountKey(username, address))
                        .param("address", addressKey(address))
                        .query(Long.class)
                        .single()
                > 0;
    }

    @EventListener
    @Transactional
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        String address = address(event.getAuthentication());
        count(accountKey(event.getAuthentication().getName(), address), FREE_ATTEMPTS);
        count(addressKey(address), FREE_ATTEMPTS_PER_ADDRESS);
    }

    @EventListener
    @Transactional
    void onSuccess(AuthenticationSuccessEvent event) {
        Authentication auth = event.getAuthentication();
        jdbc.sql("delete from organization.login_failures where key = :k")
                .param("k", accountKey(auth.getName(), address(auth)))
                .update();
        jdbc.sql("update organization.users set last_login_at = now() where lower(username) = lower(:u)")
                .param("u", auth.getName())
                .update();
    }

    private void count(String key, int free) {
        jdbc.sql("""
                        insert into organization.login_failures as f (key, failures) values (:k, 1)
                        on conflict (key) do update set
                            failures = case when f.updated_at < now() - make_interval(mins => :forget) then 1
                                            else f.failures + 1 end,
                            locked_until = case when f.updated_at >= now() - make_interval(mins => :forget)
                                                     and f.failures + 1 >= :free
                                then now() + make_interval(mins => power(2, least(f.failures + 1 - :free, 5))::int)
                                else f.locked_until end,
                            updated_at = now()
                        """)
                .param("k", key)
                .param("free", free)
                .param("forget", FORGET_MINUTES)
                .update();
    }

    private static String accountKey(String username, String address) {
        return "account:" + String.valueOf(username).toLowerCase(Locale.ROOT) + "@" + address;
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }

    /** The client address of a form or Basic sign-in (behind a proxy: as forwarded, see the README). */
    public static String address(Authentication auth) {
        return auth.getDetails() instanceof WebAuthenticationDetails d && d.getRemoteAddress() != null
                ? d.getRemoteAddress()
                : "unknown";
    }
}
