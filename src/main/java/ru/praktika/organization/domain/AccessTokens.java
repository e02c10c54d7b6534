package ru.praktika.organization.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.praktika.organization.PraktikaPrincipal;
import ru.praktika.shared.AccessDeniedException;
import ru.praktika.shared.Actor;
import ru.praktika.shared.AuditedAction;
import ru.praktika.shared.InvalidRequestException;
import ru.praktika.shared.NotFoundException;

/**
 * Personal access tokens for the API ({@code Authorization: Bearer prk_…}). A token is shown once when created;
 * only its SHA-256 is stored.
 */
@Service
public class AccessTokens {

    public static final String PREFIX = "prk_";
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int MAX_TOKENS = 20;

    private final JdbcClient jdbc;
    private final AccountQueries queries;
    private final ApplicationEventPublisher events;

    AccessTokens(JdbcClient jdbc, AccountQueries queries, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.queries = queries;
        this.events = events;
    }

    /**
     * A token in the list of the owner's tokens.
     *
     * @param id its id
     * @param name what the owner called it
     * @param hint its first characters, to recognise it
     * @param createdAt when made
     * @param expiresAt when it stops working, or null
     * @param lastUsedAt when last used
     * @param revokedAt when revoked
     */
    public record TokenView(
            long id,
            String name,
            String hint,
            Instant createdAt,
            Instant expiresAt,
            Instant lastUsedAt,
            Instant revokedAt) {

        public boolean usable() {
            return revokedAt == null && (expiresAt == null || expiresAt.isAfter(Instant.now()));
        }
    }

    /**
     * A newly created token: the secret is shown only now.
     *
     * @param token the token view
     * @param secret the token itself
     */
    public record IssuedToken(TokenView token, String secret) {}

    @Transactional
    public IssuedToken issue(Actor actor, String name, Integer validDays) {
        requireSignedIn(actor);
        String label = name == null ? "" : name.strip();
        if (label.isEmpty() || label.length() > 100) {
            throw new InvalidRequestException("Назовите токен (до 100 знаков), чтобы потом узнать его в списке");
        }
        if (validDays != null && (validDays < 1 || validDays > 3650)) {
            throw new InvalidRequestException("Срок действия токена — от 1 до 3650 дней");
        }
        long active = jdbc.sql(
                        "select count(*) from organization.access_tokens where user_id = :u and revoked_at is null")
                .param("u", actor.userId())
                .query(Long.class)
                .single();
        if (active >= MAX_TOKENS) {
            throw new InvalidRequestException("Не больше " + MAX_TOKENS + " действующих токенов; отзовите ненужные");
        }
        StringBuilder secret = new StringBuilder(PREFIX);
        for (int i = 0; i < 40; i++) {
            secret.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        Instant expires = validDays == null ? null : Instant.now().plus(validDays, ChronoUnit.DAYS);
        long id = jdbc.sql("""
                        insert into organization.access_tokens (user_id, name, token_hash, token_hint, expires_at)
                        values (:u, :n, :h, :hint, :exp) returning id
                        """)
                .param("u", actor.userId())
                .param("n", label)
                .param("h", hash(secret.toString()))
                .param("hint", secret.substring(0, PREFIX.length() + 4) + "…")
                .param("exp", expires == null ? null : java.sql.Timestamp.from(expires))
                .query(Long.class)
                .single();
        events.publishEvent(AuditedAction.by(actor, "token.issue", "access_token", id, Map.of("name", label)));
        TokenView view =
                list(actor).stream().filter(t -> t.id() == id).findFirst().orElseThrow();
        return new IssuedToken(view, secret.toString());
    }

    @Transactional(readOnly = true)
    public List<TokenView> list(Actor actor) {
        requireSignedIn(actor);
        return jdbc.sql("""
                        select id, name, token_hint as hint, created_at, expires_at, last_used_at, revoked_at
                        from organization.access_tokens where user_id = :u order by created_at desc
                        """).param("u", actor.userId()).query(TokenView.class).list();
    }

    @Transactional
    public void revoke(Actor actor, long tokenId) {
        requireSignedIn(actor);
        int changed =
                jdbc.sql("""
                        update organization.access_tokens set revoked_at = now()
                        where id = :id and user_id = :u and revoked_at is null
                        """).param("id", tokenId).param("u", actor.userId()).update();
        if (changed == 0) {
            throw new NotFoundException("Действующий токен №" + tokenId + " не найден среди ваших");
        }
        events.publishEvent(AuditedAction.by(actor, "token.revoke", "access_token", tokenId, Map.of()));
    }

    /** The account behind a presented token, if the token is valid and the account active. */
    @Transactional
    public Optional<PraktikaPrincipal> authenticate(String presented) {
        if (presented == null || !presented.startsWith(PREFIX) || presented.length() > 100) {
            return Optional.empty();
        }
        String hash = hash(presented);
        Optional<PraktikaPrincipal> principal = queries.principalByToken(hash)
                .filter(PraktikaPrincipal::isEnabled)
                .filter(PraktikaPrincipal::isAccountNonLocked);
        principal.ifPresent(p -> jdbc.sql("""
                        update organization.access_tokens set last_used_at = now()
                        where token_hash = :h and (last_used_at is null or last_used_at < now() - interval '1 minute')
                        """).param("h", hash).update());
        return principal;
    }

    private static void requireSignedIn(Actor actor) {
        if (actor.userId() == null) {
            throw new AccessDeniedException("Войдите, чтобы управлять токенами");
        }
    }

    static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
