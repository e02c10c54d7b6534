package ru.praktika.organization;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import ru.praktika.organization.domain.AccessTokens;
import ru.praktika.organization.domain.AccountQueries;
import ru.praktika.organization.domain.LoginThrottle;

/** How the security filters find accounts: by login (form and HTTP Basic) or by a personal access token. */
@Service
public class SignIn implements UserDetailsService {

    private final AccountQueries queries;
    private final AccessTokens tokens;
    private final LoginThrottle throttle;

    SignIn(AccountQueries queries, AccessTokens tokens, LoginThrottle throttle) {
        this.queries = queries;
        this.tokens = tokens;
        this.throttle = throttle;
    }

    /**
     * Whether this sign-in attempt must wait: too many failures for the account from this client address, or from
     * the address for any accounts ({@link LoginThrottle}).
     */
    public boolean refuses(Authentication attempt) {
        return throttle.refuses(attempt.getName(), LoginThrottle.address(attempt));
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return queries.principal(username)
                .orElseThrow(() -> new UsernameNotFoundException("Неверное имя пользователя или пароль"));
    }

    /** The account behind a token from {@code Authorization: Bearer …}, if the token is valid. */
    public Optional<PraktikaPrincipal> byToken(String token) {
        return tokens.authenticate(token);
    }
}
