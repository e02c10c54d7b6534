package ru.praktika.vote.domain;

import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.praktika.organization.OrganizationApi;
import ru.praktika.organization.OrganizationView;
import ru.praktika.shared.AccessDeniedException;
import ru.praktika.shared.Actor;
import ru.praktika.shared.ConflictException;
import ru.praktika.shared.FileTypes;
import ru.praktika.shared.InvalidRequestException;
import ru.praktika.vote.VoteTypes;
import ru.praktika.vote.VoteView;

/**
 * A council's side of a vote, done by its regional operator: cast or change its ballot, cast the ballot of a council
 * that gave it its proxy, give or take back its own proxy.
 *
 * <p>One counted ballot per council is kept by the database: the participation's primary key (vote, council). A secret
 * ballot is written in two places that share nothing: the participation (who voted) and the content (a random key,
 * the choice, the hash of a receipt code shown once to the council, which it needs to change the ballot).
 */
@Service
public class Ballots {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final JdbcClient jdbc;
    private final VoteQueries queries;
    private final Votes votes;
    private final OrganizationApi organizations;

    Ballots(JdbcClient jdbc, VoteQueries queries, Votes votes, OrganizationApi organizations) {
        this.jdbc = jdbc;
        this.queries = queries;
        this.votes = votes;
        this.organizations = organizations;
    }

    /**
     * What casting gave.
     *
     * @param council the council whose ballot it is
     * @param changed whether it replaced the council's earlier ballot
     * @param receipt the code to change a secret ballot (only on its first casting; never stored)
     */
    public record Cast(long council, boolean changed, String receipt) {}

    /**
     * Casts (or changes) the ballot of the operator's council, or of the council that gave it its proxy.
     *
     * @param forCouncil the council whose ballot it is; null for the operator's own
     * @param choices the options chosen (in order of preference for a ranking)
     * @param receipt the code of a secret ballot being changed
     */
    @Transactional
    public Cast cast(Actor actor, long voteId, Long forCouncil, List<Long> choices, String receipt) {
        VoteView v = votes.vote(actor, voteId);
        long own = ownCouncil(actor, voteId).id();
        requireOpen(voteId);
        long voter = forCouncil == null ? own : forCouncil;
        boolean byProxy = voter != own;
        if (byProxy) {
            if (holderOf(voteId, voter).filter(h -> h == own).isEmpty()) {
                throw new AccessDeniedException("Совет не передавал вашему совету доверенность на это голосование");
            }
        } else if (holderOf(voteId, own).isPresent()) {
            throw new ConflictException(
                    "Голос вашего совета передан по доверенности; отзовите доверенность, чтобы голосовать самому");
        }
        List<Long> chosen = checked(v, choices);
        Long[] array = chosen.toArray(Long[]::new);
        boolean first = jdbc.sql("""
                                insert into vote.participations (vote_id, organization_id, counted, cast_by_proxy)
                                values (:v, :o, true, :p) on conflict do nothing
                                """)
                        .param("v", voteId)
                        .param("o", voter)
                        .param("p", byProxy)
                        .update()
                == 1;
        String code = null;
        if (v.secret()) {
            if (first) {
                code = receiptCode();
                jdbc.sql(
                                "insert into vote.secret_ballots (id, vote_id, choices, receipt_hash) values (:id, :v, :c, :h)")
                        .param("id", UUID.randomUUID())
                        .param("v", voteId)
                        .param("c", array)
                        .param("h", hash(code))
                        .update();
            } else {
                String typed = receipt == null ? "" : receipt.strip().toUpperCase(java.util.Locale.ROOT);
                if (typed.isEmpty()) {
                    throw new ConflictException("Бюллетень совета уже учтён. Чтобы изменить тайный бюллетень,"
                            + " введите код, полученный при голосовании");
                }
                int n = jdbc.sql("update vote.secret_ballots set choices = :c where vote_id = :v and receipt_hash = :h")
                        .param("c", array)
                        .param("v", voteId)
                        .param("h", hash(typed))
                        .update();
                if (n == 0) {
                    throw new ConflictException("Код не подходит: бюллетень не изменён");
                }
            }
        } else if (first) {
            jdbc.sql("""
                            insert into vote.named_ballots (vote_id, organization_id, choices, proxy_holder_id, cast_by)
                            values (:v, :o, :c, :h, :by)
                            """)
                    .param("v", voteId)
                    .param("o", voter)
                    .param("c", array)
                    .param("h", byProxy ? own : null)
                    .param("by", actor.username())
                    .update();
        } else {
            jdbc.sql("""
                            update vote.named_ballots set choices = :c, proxy_holder_id = :h, cast_by = :by, cast_at = now()
                            where vote_id = :v and organization_id = :o
                            """)
                    .param("v", voteId)
                    .param("o", voter)
                    .param("c", array)
                    .param("h", byProxy ? own : null)
                    .param("by", actor.username())
                    .update();
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("council", voter);
        details.put("byProxy", byProxy);
        if (!v.secret()) {
            details.put("choices", chosen);
        }
        votes.audit(actor, first ? "vote.cast" : "vote.changeBallot", voteId, details);
        return new Cast(voter, !first, code);
    }

    /** The operator's council gives its voice for this vote to another council of the electorate. */
    @Transactional
    public void giveProxy(Actor actor, long voteId, Long holderId) {
        votes.vote(actor, voteId);
        long own = ownCouncil(actor, voteId).id();
        requireOpenOrScheduled(voteId);
        if (holderId == null) {
            throw new InvalidRequestException("Выберите совет, которому передаёте голос");
        }
        if (holderId.longValue() == own) {
            throw new InvalidRequestException("Доверенность выдаётся другому совету");
        }
        if (!queries.inElectorate(voteId, holderId)) {
            throw new InvalidRequestException("Этот совет не участвует в голосовании");
        }
        if (voted(voteId, own)) {
            throw new ConflictException("Ваш совет уже проголосовал: доверенность не нужна");
        }
        if (holderOf(voteId, holderId).isPresent()) {
            throw new ConflictException("Этот совет сам передал свой голос: передавать доверенность дальше нельзя");
        }
        if (holds(voteId, own)) {
            throw new ConflictException(
                    "Ваш совет голосует по доверенности другого совета: передать голоса дальше нельзя");
        }
        int n = jdbc.sql("""
                        insert into vote.proxies (vote_id, giver_id, holder_id, given_by) values (:v, :g, :h, :by)
                        on conflict do nothing
                        """)
                .param("v", voteId)
                .param("g", own)
                .param("h", holderId)
                .param("by", actor.username())
                .update();
        if (n == 0) {
            throw new ConflictException("Доверенность на это голосование уже выдана; отзовите её, чтобы выдать другую");
        }
        votes.audit(actor, "vote.giveProxy", voteId, Map.of("giver", own, "holder", holderId));
    }

    /** Takes the proxy back, while the holder has not yet cast the ballot. */
    @Transactional
    public void revokeProxy(Actor actor, long voteId) {
        votes.vote(actor, voteId);
        long own = ownCouncil(actor, voteId).id();
        requireOpenOrScheduled(voteId);
        if (voted(voteId, own)) {
            throw new ConflictException("По доверенности уже проголосовали: отозвать её нельзя");
        }
        int n = jdbc.sql("delete from vote.proxies where vote_id = :v and giver_id = :g")
                .param("v", voteId)
                .param("g", own)
                .update();
        if (n == 0) {
            throw new ConflictException("Ваш совет не выдавал доверенности на это голосование");
        }
        votes.audit(actor, "vote.revokeProxy", voteId, Map.of("giver", own));
    }

    /**
     * Where the operator's council stands in a vote.
     *
     * @param councilId the council
     * @param council its name
     * @param member whether it is in the electorate
     * @param counted whether its ballot is counted
     * @param byProxy whether that ballot was cast by proxy
     * @param proxyTo the council it gave its proxy to, or null
     * @param proxiesHeld councils whose voice it holds
     * @param choices its named ballot's choices (empty for a secret ballot or none)
     */
    public record Standing(
            long councilId,
            String council,
            boolean member,
            boolean counted,
            boolean byProxy,
            VoteQueries.Proxy proxyTo,
            List<VoteQueries.Proxy> proxiesHeld,
            List<Long> choices) {}

    /** Where the operator's council stands; empty for anyone who does not act for a council. */
    public Optional<Standing> standing(Actor actor, long voteId) {
        VoteView v = votes.vote(actor, voteId);
        if (!VotePermissions.actsForACouncil(actor)) {
            return Optional.empty();
        }
        Optional<OrganizationView> council = organizations.councilOf(actor.regionCode());
        if (council.isEmpty()) {
            return Optional.empty();
        }
        long own = council.get().id();
        List<VoteQueries.Proxy> proxies = queries.proxies(voteId);
        boolean member = queries.inElectorate(voteId, own);
        Optional<Boolean> participation = jdbc.sql(
                        "select cast_by_proxy from vote.participations where vote_id = :v and organization_id = :o and counted")
                .param("v", voteId)
                .param("o", own)
                .query(Boolean.class)
                .optional();
        List<Long> choices = v.secret()
                ? List.of()
                : jdbc.sql("select choices from vote.named_ballots where vote_id = :v and organization_id = :o")
                        .param("v", voteId)
                        .param("o", own)
                        .query((rs, i) -> VoteQueries.ids(rs.getArray(1)))
                        .optional()
                        .orElse(List.of());
        return Optional.of(new Standing(
                own,
                council.get().name(),
                member,
                participation.isPresent(),
                participation.orElse(false),
                proxies.stream().filter(p -> p.giverId() == own).findFirst().orElse(null),
                proxies.stream().filter(p -> p.holderId() == own).toList(),
                choices));
    }

    private OrganizationView ownCouncil(Actor actor, long voteId) {
        if (!VotePermissions.actsForACouncil(actor)) {
            throw new AccessDeniedException(
                    "Голосует совет муниципальных образований через своего регионального оператора");
        }
        OrganizationView council = organizations
                .councilOf(actor.regionCode())
                .orElseThrow(() -> new AccessDeniedException("У вашего региона нет совета муниципальных образований"));
        if (!queries.inElectorate(voteId, council.id())) {
            throw new AccessDeniedException("Ваш совет не входит в число голосующих");
        }
        return council;
    }

    /** Locks the vote against closing while the ballot is written; refuses unless it is open. */
    private void requireOpen(long voteId) {
        record Clock(String state, OffsetDateTime closesAt) {}
        Clock c = jdbc.sql("select state, closes_at from vote.votes where id = :v for share")
                .param("v", voteId)
                .query((rs, i) -> new Clock(rs.getString(1), rs.getObject(2, OffsetDateTime.class)))
                .single();
        if (!"OPEN".equals(c.state()) || !c.closesAt().isAfter(OffsetDateTime.now())) {
            throw new VoteClosedException(
                    "CLOSED".equals(c.state()) || !c.closesAt().isAfter(OffsetDateTime.now())
                            ? "Голосование закрыто: бюллетени больше не принимаются"
                            : "Голосование ещё не открыто");
        }
    }

    private void requireOpenOrScheduled(long voteId) {
        String state = jdbc.sql("select state from vote.votes where id = :v for share")
                .param("v", voteId)
                .query(String.class)
                .single();
        if ("CLOSED".equals(state)) {
            throw new VoteClosedException("Голосование закрыто: доверенности больше не меняются");
        }
    }

    private Optional<Long> holderOf(long voteId, long giver) {
        return jdbc.sql("select holder_id from vote.proxies where vote_id = :v and giver_id = :g")
                .param("v", voteId)
                .param("g", giver)
                .query(Long.class)
                .optional();
    }

    private boolean holds(long voteId, long council) {
        return jdbc.sql("select count(*) from vote.proxies where vote_id = :v and holder_id = :h")
                        .param("v", voteId)
                        .param("h", council)
                        .query(Long.class)
                        .single()
                > 0;
    }

    private boolean voted(long voteId, long council) {
        return jdbc.sql("select count(*) from vote.participations where vote_id = :v and organization_id = :o")
                        .param("v", voteId)
                        .param("o", council)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** The choices, checked against the vote's kind and options; a Russian 400 otherwise. */
    static List<Long> checked(VoteView v, List<Long> choices) {
        List<Long> c = choices == null
                ? List.of()
                : choices.stream().filter(java.util.Objects::nonNull).toList();
        Set<Long> options = new HashSet<>();
        v.options().forEach(o -> options.add(o.id()));
        if (c.isEmpty()) {
            throw new InvalidRequestException(
                    v.kind() == VoteTypes.Kind.RANKING ? "Расставьте варианты по местам" : "Выберите вариант");
        }
        if (new HashSet<>(c).size() != c.size()) {
            throw new InvalidRequestException("Каждый вариант можно выбрать только один раз");
        }
        if (!options.containsAll(c)) {
            throw new InvalidRequestException("В бюллетене вариант, которого нет в этом голосовании");
        }
        switch (v.kind()) {
            case SINGLE -> {
                if (c.size() != 1) {
                    throw new InvalidRequestException("Выберите один вариант");
                }
            }
            case MULTIPLE -> {
                if (c.size() > v.maxChoices()) {
                    throw new InvalidRequestException("Можно выбрать не больше " + v.maxChoices() + " вариантов");
                }
            }
            case RANKING -> {
                // a partial ranking is allowed: the unranked options get no points
            }
        }
        return c;
    }

    static String hash(String code) {
        String normal = code.toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]", "");
        return FileTypes.sha256(normal.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** 16 characters of an alphabet without look-alikes (80 bits), grouped by four for reading aloud. */
    static String receiptCode() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) {
                b.append('-');
            }
            b.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
        }
        return b.toString();
    }
}
