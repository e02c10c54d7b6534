package ru.praktika.vote.domain;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import ru.praktika.vote.VoteTypes;
import ru.praktika.vote.VoteView;

/** The reads of votes: a vote with its options, the list, the electorate, who voted. */
@Component
public class VoteQueries {

    private static final String VOTE = """
            select v.*, (select count(*) from vote.electorate e where e.vote_id = v.id) as electorate_now,
                   (select count(*) from vote.participations p where p.vote_id = v.id and p.counted) as cast_now
            from vote.votes v
            """;

    private final JdbcClient jdbc;

    VoteQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<VoteView> vote(long id) {
        return jdbc.sql(VOTE + " where v.id = :id")
                .param("id", id)
                .query((rs, i) -> view(rs, options(rs.getLong("id"), rs.getString("state"))))
                .optional();
    }

    /** All votes, the open first, then the upcoming, then the closed (newest first). */
    public List<VoteView> votes(boolean withDrafts) {
        return jdbc.sql(VOTE + (withDrafts ? "" : " where v.state <> 'DRAFT'") + """
                         order by case v.state when 'OPEN' then 0 when 'SCHEDULED' then 1 when 'DRAFT' then 2 else 3 end,
                                  v.closes_at desc, v.id desc
                        """)
                .query((rs, i) -> view(rs, List.of()))
                .list();
    }

    private List<VoteView.Option> options(long voteId, String state) {
        boolean closed = "CLOSED".equals(state);
        return jdbc.sql("""
                        select id, position, label, image_type, votes, points, passed
                        from vote.options where vote_id = :v order by position, id
                        """)
                .param("v", voteId)
                .query((rs, i) -> new VoteView.Option(
                        rs.getLong(1),
                        rs.getInt(2),
                        rs.getString(3),
                        rs.getString(4),
                        closed ? (Integer) rs.getObject(5) : null,
                        closed ? (Integer) rs.getObject(6) : null,
                        closed ? (Boolean) rs.getObject(7) : null))
                .list();
    }

    private static VoteView view(ResultSet rs, List<VoteView.Option> options) throws SQLException {
        boolean closed = "CLOSED".equals(rs.getString("state"));
        return new VoteView(
                rs.getLong("id"),
                rs.getString("question"),
                rs.getString("description"),
                VoteTypes.Kind.valueOf(rs.getString("kind")),
                rs.getInt("max_choices"),
                rs.getBoolean("secret"),
                VoteTypes.Quorum.valueOf(rs.getString("quorum")),
                VoteTypes.Majority.valueOf(rs.getString("majority")),
                VoteTypes.Electorate.valueOf(rs.getString("electorate_kind")),
                VoteTypes.State.valueOf(rs.getString("state")),
                rs.getObject("opens_at", OffsetDateTime.class),
                rs.getObject("closes_at", OffsetDateTime.class),
                (Long) rs.getObject("meeting_id"),
                (Long) rs.getObject("agenda_item_id"),
                closed ? rs.getInt("electorate_size") : rs.getInt("electorate_now"),
                closed ? rs.getInt("ballots_counted") : rs.getInt("cast_now"),
                closed ? (Boolean) rs.getObject("quorum_reached") : null,
                closed ? (Boolean) rs.getObject("decided") : null,
                closed ? rs.getString("outcome") : null,
                rs.getObject("closed_at", OffsetDateTime.class),
                rs.getLong("version"),
                options);
    }

    /**
     * A council of the electorate and whether its ballot is counted.
     *
     * @param organizationId the council
     * @param regionCode its region
     * @param name its name
     * @param voted whether its ballot is counted
     * @param byProxy whether another council cast it by proxy
     */
    public record Member(long organizationId, String regionCode, String name, boolean voted, boolean byProxy) {}

    public List<Member> electorate(long voteId) {
        return jdbc.sql("""
                        select e.organization_id, e.region_code, e.name, p.organization_id is not null, coalesce(p.cast_by_proxy, false)
                        from vote.electorate e
                        left join vote.participations p on p.vote_id = e.vote_id and p.organization_id = e.organization_id and p.counted
                        where e.vote_id = :v
                        order by e.region_code, e.name
                        """)
                .param("v", voteId)
                .query((rs, i) ->
                        new Member(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4), rs.getBoolean(5)))
                .list();
    }

    public boolean inElectorate(long voteId, long organizationId) {
        return jdbc.sql("select count(*) from vote.electorate where vote_id = :v and organization_id = :o")
                        .param("v", voteId)
                        .param("o", organizationId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /**
     * A named ballot as the results list it.
     *
     * @param council the council
     * @param regionCode its region
     * @param choices the labels it chose, in its order
     * @param byProxy the council that cast it by proxy, or null
     */
    public record NamedBallot(String council, String regionCode, List<String> choices, String byProxy) {}

    /** The named ballots of a vote: who chose what (never asked of a secret vote). */
    public List<NamedBallot> namedBallots(long voteId) {
        Map<Long, String> labels = new java.util.HashMap<>();
        jdbc.sql("select id, label from vote.options where vote_id = :v")
                .param("v", voteId)
                .query(rs -> {
                    labels.put(rs.getLong(1), rs.getString(2));
                });
        return jdbc.sql("""
                        select e.name, e.region_code, b.choices, h.name
                        from vote.named_ballots b
                        join vote.electorate e on e.vote_id = b.vote_id and e.organization_id = b.organization_id
                        left join vote.electorate h on h.vote_id = b.vote_id and h.organization_id = b.proxy_holder_id
                        where b.vote_id = :v
                        order by e.region_code, e.name
                        """)
                .param("v", voteId)
                .query((rs, i) -> new NamedBallot(
                        rs.getString(1),
                        rs.getString(2),
                        ids(rs.getArray(3)).stream()
                                .map(id -> labels.getOrDefault(id, "—"))
                                .toList(),
                        rs.getString(4)))
                .list();
    }

    /** The choices of every ballot of a vote, named and secret (for the tally). */
    List<List<Long>> ballots(long voteId, boolean secret) {
        String table = secret ? "vote.secret_ballots" : "vote.named_ballots";
        return jdbc.sql("select choices from " + table + " where vote_id = :v")
                .param("v", voteId)
                .query((rs, i) -> ids(rs.getArray(1)))
                .list();
    }

    /**
     * A proxy given for a vote.
     *
     * @param giverId the council that gave its voice
     * @param giver its name
     * @param holderId the council that holds it
     * @param holder its name
     * @param used whether the holder has cast the giver's ballot
     */
    public record Proxy(long giverId, String giver, long holderId, String holder, boolean used) {}

    public List<Proxy> proxies(long voteId) {
        return jdbc.sql("""
                        select x.giver_id, g.name, x.holder_id, h.name,
                               exists (select 1 from vote.participations p where p.vote_id = x.vote_id and p.organization_id = x.giver_id)
                        from vote.proxies x
                        join vote.electorate g on g.vote_id = x.vote_id and g.organization_id = x.giver_id
                        join vote.electorate h on h.vote_id = x.vote_id and h.organization_id = x.holder_id
                        where x.vote_id = :v
                        order by g.region_code
                        """)
                .param("v", voteId)
                .query((rs, i) ->
                        new Proxy(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getBoolean(5)))
                .list();
    }

    static List<Long> ids(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        Object[] values = (Object[]) array.getArray();
        List<Long> out = new ArrayList<>(values.length);
        Arrays.stream(values).forEach(v -> out.add(((Number) v).longValue()));
        return out;
    }

    public Optional<Long> demoVote(String key) {
        return jdbc.sql("select id from vote.votes where demo_key = :k")
                .param("k", key)
                .query(Long.class)
                .optional();
    }
}
