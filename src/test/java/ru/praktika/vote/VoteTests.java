package ru.praktika.vote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import ru.praktika.meeting.MeetingCommands;
import ru.praktika.meeting.MeetingTypes;
import ru.praktika.meeting.MeetingView;
import ru.praktika.meeting.domain.AgendaItemVotes;
import ru.praktika.meeting.domain.MeetingService;
import ru.praktika.organization.OrganizationApi;
import ru.praktika.shared.AccessDeniedException;
import ru.praktika.shared.Actor;
import ru.praktika.shared.ConflictException;
import ru.praktika.support.PraktikaTest;
import ru.praktika.support.TestActors;
import ru.praktika.vote.domain.Ballots;
import ru.praktika.vote.domain.VoteClosedException;
import ru.praktika.vote.domain.Votes;

@PraktikaTest
class VoteTests {

    @Autowired
    Votes votes;

    @Autowired
    Ballots ballots;

    @Autowired
    TestActors actors;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OrganizationApi organizations;

    @Autowired
    MeetingService meetings;

    @Autowired
    AgendaItemVotes itemVotes;

    Actor admin() {
        return actors.actor("admin");
    }

    Actor perm() {
        return actors.actor("perm");
    }

    Actor tatarstan() {
        return actors.actor("tatarstan");
    }

    long council(String region) {
        return organizations.councilOf(region).orElseThrow().id();
    }

    /** An open vote of the councils of today with three options. */
    VoteView openVote(boolean secret) {
        long id = votes.create(
                admin(),
                new NewVote(
                        "Эмблема Ассоциации",
                        null,
                        VoteTypes.Kind.SINGLE,
                        1,
                        secret,
                        VoteTypes.Quorum.MORE_THAN_HALF,
                        VoteTypes.Majority.RELATIVE,
                        null,
                        OffsetDateTime.now().plusDays(3),
                        List.of("Круг", "Щит", "Метка")));
        votes.open(admin(), id);
        return votes.vote(admin(), id);
    }

    long option(VoteView v, int position) {
        return v.options().get(position - 1).id();
    }

    long count(String table, long voteId) {
        return jdbc.sql("select count(*) from vote." + table + " where vote_id = :v")
                .param("v", voteId)
                .query(Long.class)
                .single();
    }

    @Test
    void theCouncilsOfTheDayAreTheElectorateOneBallotEach() {
        VoteView v = openVote(false);
        assertThat(v.state()).isEqualTo(VoteTypes.State.OPEN);
        assertThat(v.electorateSize()).isEqualTo(89);
    }

    @Test
    void twentyConcurrentCastsOfOneCouncilCountOneBallot() throws Exception {
        for (boolean secret : new boolean[] {false, true}) {
            VoteView v = openVote(secret);
            int threads = 20;
            CountDownLatch ready = new CountDownLatch(threads);
            CountDownLatch go = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                long choice = option(v, 1 + i % 3);
                results.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    try {
                        ballots.cast(perm(), v.id(), null, List.of(choice), null);
                        return true;
                    } catch (ConflictException e) {
                        return false;
                    }
                }));
            }
            ready.await();
            go.countDown();
            int succeeded = 0;
            for (Future<Boolean> f : results) {
                succeeded += f.get() ? 1 : 0;
            }
            pool.shutdown();
            assertThat(count("participations", v.id())).as("secret %s", secret).isEqualTo(1);
            if (secret) {
                // without the receipt code the other 19 are refused, never counted twice
                assertThat(succeeded).isEqualTo(1);
                assertThat(count("secret_ballots", v.id())).isEqualTo(1);
            } else {
                // a named ballot can be changed: the others changed the one ballot
                assertThat(succeeded).isEqualTo(threads);
                assertThat(count("named_ballots", v.id())).isEqualTo(1);
            }
            assertThat(votes.vote(admin(), v.id()).ballotsCast()).isEqualTo(1);
        }
    }

    @Test
    void aProxyCountsOnceAndOnlyForThatVote() {
        VoteView v = openVote(false);
        VoteView other = openVote(false);
        ballots.giveProxy(perm(), v.id(), council("16"));
        // Perm gave its voice: it cannot vote itself
        assertThatThrownBy(() -> ballots.cast(perm(), v.id(), null, List.of(option(v, 1)), null))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("передан по доверенности");
        // Tatarstan casts its own ballot and Perm's, as two ballots
        ballots.cast(tatarstan(), v.id(), null, List.of(option(v, 2)), null);
        Ballots.Cast proxy = ballots.cast(tatarstan(), v.id(), council("59"), List.of(option(v, 2)), null);
        assertThat(proxy.council()).isEqualTo(council("59"));
        ballots.cast(tatarstan(), v.id(), council("59"), List.of(option(v, 3)), null);
        assertThat(count("participations", v.id())).isEqualTo(2);
        assertThat(jdbc.sql("select cast_by_proxy from vote.participations where vote_id = :v and organization_id = :o")
                        .param("v", v.id())
                        .param("o", council("59"))
                        .query(Boolean.class)
                        .single())
                .isTrue();
        // the proxy holds for that vote only
        assertThatThrownBy(() -> ballots.cast(tatarstan(), other.id(), council("59"), List.of(option(other, 1)), null))
                .isInstanceOf(AccessDeniedException.class);
        // no chains: Tatarstan holds Perm's voice and cannot pass its own on, nor can a giver take one
        assertThatThrownBy(() -> ballots.giveProxy(tatarstan(), v.id(), council("59")))
                .isInstanceOf(ConflictException.class);
        // a proxy already used cannot be revoked
        assertThatThrownBy(() -> ballots.revokeProxy(perm(), v.id())).isInstanceOf(ConflictException.class);
        votes.close(admin(), v.id());
        VoteView closed = votes.vote(admin(), v.id());
        assertThat(closed.ballotsCast()).isEqualTo(2);
        assertThat(closed.options().get(1).votes()).isEqualTo(1);
        assertThat(closed.options().get(2).votes()).isEqualTo(1);
    }

    @Test
    void aProxyIsRevocableUntilUsed() {
        VoteView v = openVote(false);
        ballots.giveProxy(perm(), v.id(), council("16"));
        ballots.revokeProxy(perm(), v.id());
        ballots.cast(perm(), v.id(), null, List.of(option(v, 1)), null);
        assertThatThrownBy(() -> ballots.cast(tatarstan(), v.id(), council("59"), List.of(option(v, 1)), null))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aClosedVoteRefusesBallotsAndIsTalliedOnce() {
        VoteView v = openVote(false);
        ballots.cast(perm(), v.id(), null, List.of(option(v, 1)), null);
        votes.close(admin(), v.id());
        assertThatThrownBy(() -> ballots.cast(tatarstan(), v.id(), null, List.of(option(v, 1)), null))
                .isInstanceOf(VoteClosedException.class)
                .hasMessage("Голосование закрыто: бюллетени больше не принимаются");
        assertThatThrownBy(() -> votes.close(admin(), v.id())).isInstanceOf(ConflictException.class);
        VoteView closed = votes.vote(admin(), v.id());
        assertThat(closed.quorumReached()).isFalse();
        assertThat(closed.outcome()).isEqualTo("Кворума нет: проголосовали 1 из 89 советов; решение не принято");
        assertThat(jdbc.sql("select count(*) from audit.audit_events where object_type = 'vote' and object_id = :id"
                                + " and action = 'vote.close'")
                        .param("id", String.valueOf(v.id()))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void theClockClosesAVoteWhoseTimePassed() {
        VoteView v = openVote(false);
        ballots.cast(perm(), v.id(), null, List.of(option(v, 2)), null);
        jdbc.sql("update vote.votes set closes_at = now() - interval '1 second' where id = :id")
                .param("id", v.id())
                .update();
        assertThatThrownBy(() -> ballots.cast(tatarstan(), v.id(), null, List.of(option(v, 1)), null))
                .isInstanceOf(VoteClosedException.class);
        votes.tick();
        assertThat(votes.vote(admin(), v.id()).state()).isEqualTo(VoteTypes.State.CLOSED);
    }

    @Test
    void aVoteWithAnOpeningTimeWaitsAndTheClockOpensIt() {
        long id = votes.create(
                admin(),
                new NewVote(
                        "Логотип Ассоциации",
                        null,
                        VoteTypes.Kind.MULTIPLE,
                        2,
                        false,
                        VoteTypes.Quorum.NONE,
                        VoteTypes.Majority.RELATIVE,
                        OffsetDateTime.now().plusHours(1),
                        OffsetDateTime.now().plusDays(2),
                        List.of("Синий", "Красный", "Зелёный")));
        votes.open(admin(), id);
        assertThat(votes.vote(admin(), id).state()).isEqualTo(VoteTypes.State.SCHEDULED);
        VoteView waiting = votes.vote(admin(), id);
        assertThatThrownBy(() -> ballots.cast(perm(), id, null, List.of(option(waiting, 1)), null))
                .isInstanceOf(AccessDeniedException.class);
        jdbc.sql("update vote.votes set opens_at = now() - interval '1 second' where id = :id")
                .param("id", id)
                .update();
        votes.tick();
        VoteView open = votes.vote(admin(), id);
        assertThat(open.state()).isEqualTo(VoteTypes.State.OPEN);
        assertThat(open.electorateSize()).isEqualTo(89);
        ballots.cast(perm(), id, null, List.of(option(open, 1), option(open, 3)), null);
        assertThatThrownBy(() -> ballots.cast(
                        tatarstan(), id, null, List.of(option(open, 1), option(open, 2), option(open, 3)), null))
                .hasMessage("Можно выбрать не больше 2 вариантов");
    }

    @Test
    void aSecretBallotCannotBeTracedToItsCouncil() {
        VoteView v = openVote(true);
        Ballots.Cast first = ballots.cast(perm(), v.id(), null, List.of(option(v, 1)), null);
        ballots.cast(tatarstan(), v.id(), null, List.of(option(v, 2)), null);
        assertThat(first.receipt()).matches("[A-Z2-9]{4}(-[A-Z2-9]{4}){3}");
        // changed with the code, refused without it or with a wrong one
        assertThatThrownBy(() -> ballots.cast(perm(), v.id(), null, List.of(option(v, 3)), null))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("введите код");
        assertThatThrownBy(() -> ballots.cast(perm(), v.id(), null, List.of(option(v, 3)), "AAAA-AAAA-AAAA-AAAA"))
                .isInstanceOf(ConflictException.class)
                .hasMessage("Код не подходит: бюллетень не изменён");
        Ballots.Cast changed = ballots.cast(
                perm(), v.id(), null, List.of(option(v, 3)), first.receipt().toLowerCase());
        assertThat(changed.changed()).isTrue();
        assertThat(changed.receipt()).isNull();

        // the two tables share the vote's id and nothing else: no council, no time, no sequence
        List<String> participation = columns("participations");
        List<String> contents = columns("secret_ballots");
        assertThat(participation).containsExactlyInAnyOrder("vote_id", "organization_id", "counted", "cast_by_proxy");
        assertThat(contents).containsExactlyInAnyOrder("id", "vote_id", "choices", "receipt_hash");
        List<String> shared = new ArrayList<>(participation);
        shared.retainAll(contents);
        assertThat(shared).containsExactly("vote_id");
        assertThat(jdbc.sql("""
                        select count(*) from information_schema.columns
                        where table_schema = 'vote' and table_name = 'secret_ballots'
                          and (data_type like 'timestamp%' or data_type = 'date' or column_default is not null)
                        """).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select data_type from information_schema.columns where table_schema = 'vote'"
                                + " and table_name = 'secret_ballots' and column_name = 'id'")
                        .query(String.class)
                        .single())
                .isEqualTo("uuid");
        // no key of either table refers to the other
        assertThat(jdbc.sql("""
                        select count(*) from information_schema.referential_constraints r
                        join information_schema.table_constraints t on t.constraint_name = r.constraint_name
                        join information_schema.constraint_column_usage u on u.constraint_name = r.unique_constraint_name
                        where t.table_schema = 'vote' and t.table_name in ('participations', 'secret_ballots')
                          and u.table_name in ('participations', 'secret_ballots')
                        """).query(Long.class).single()).isZero();
        // the audit of a secret cast names the council, never the choice
        assertThat(jdbc.sql(
                                "select details::text from audit.audit_events where object_type = 'vote' and object_id = :id"
                                        + " and action in ('vote.cast', 'vote.changeBallot')")
                        .param("id", String.valueOf(v.id()))
                        .query(String.class)
                        .list())
                .hasSize(3)
                .noneMatch(d -> d.contains("choices"));
        votes.close(admin(), v.id());
        VoteView closed = votes.vote(admin(), v.id());
        assertThat(closed.options()).extracting(VoteView.Option::votes).containsExactly(0, 1, 1);
    }

    List<String> columns(String table) {
        return jdbc.sql("select column_name from information_schema.columns where table_schema = 'vote'"
                        + " and table_name = :t")
                .param("t", table)
                .query(String.class)
                .list();
    }

    @Test
    void onlyAnElectorateCouncilsOperatorVotesAndOnlyTheSecretariatSetsUp() {
        VoteView v = openVote(false);
        assertThatThrownBy(() -> ballots.cast(admin(), v.id(), null, List.of(option(v, 1)), null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> ballots.cast(actors.actor("expert"), v.id(), null, List.of(option(v, 1)), null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> votes.close(perm(), v.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> ballots.cast(perm(), v.id(), null, List.of(option(v, 1), option(v, 2)), null))
                .hasMessage("Выберите один вариант");
        long draft = votes.create(
                admin(), NewVote.of("Черновик", OffsetDateTime.now().plusDays(1), List.of("А", "Б")));
        assertThatThrownBy(() -> votes.vote(perm(), draft)).hasMessage("Голосование №" + draft + " не найдено");
    }

    @Test
    void theResultOfAMeetingsVoteBecomesTheDecisionOfItsItem() {
        Actor admin = admin();
        long meeting = meetings.schedule(
                admin,
                new MeetingCommands.MeetingDetails(
                        "Заседание Правления о символике",
                        null,
                        LocalDateTime.now().plusDays(2).withNano(0),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null));
        for (String region : List.of("59", "16")) {
            meetings.addParticipant(
                    admin,
                    meeting,
                    new MeetingCommands.NewParticipant(
                            MeetingTypes.ParticipantKind.COUNCIL, council(region), null, null, null, null, true));
        }
        long item = meetings.addItem(admin, meeting, new MeetingCommands.NewItem("Об эмблеме", null, null, null));
        long voteId = itemVotes.putToVote(admin, meeting, item);
        votes.open(admin, voteId);
        VoteView v = votes.vote(admin, voteId);
        assertThat(v.electorateSize()).isEqualTo(2);
        assertThat(v.meetingId()).isEqualTo(meeting);
        assertThat(v.options()).extracting(VoteView.Option::label).containsExactly("За", "Против", "Воздержался");
        ballots.cast(perm(), voteId, null, List.of(option(v, 1)), null);
        ballots.cast(tatarstan(), voteId, null, List.of(option(v, 1)), null);
        votes.close(admin, voteId);
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(
                        () -> assertThat(meetings.meeting(admin, meeting)
                                        .items()
                                        .get(0)
                                        .decisions())
                                .extracting(MeetingView.Decision::text)
                                .containsExactly(
                                        "По итогам голосования (кворум есть: проголосовали 2 из 2 советов) принято: «За» (2 голоса)"));
        assertThat(itemVotes.votesOf(perm(), meeting)).containsKey(item);
    }

    @Test
    void aClosedMeetingGetsNoDecisionFromAVoteThatClosesLater() {
        Actor admin = admin();
        long meeting = meetings.schedule(
                admin,
                new MeetingCommands.MeetingDetails(
                        "Совещание, закрытое раньше голосования",
                        null,
                        LocalDateTime.now().plusDays(2).withNano(0),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null));
        meetings.addParticipant(
                admin,
                meeting,
                new MeetingCommands.NewParticipant(
                        MeetingTypes.ParticipantKind.COUNCIL, council("59"), null, null, null, null, true));
        long item = meetings.addItem(admin, meeting, new MeetingCommands.NewItem("О слогане", null, null, null));
        long voteId = itemVotes.putToVote(admin, meeting, item);
        votes.open(admin, voteId);
        // the meeting's councils vote: Tatarstan's council was not a participant
        long first = votes.vote(admin, voteId).options().get(0).id();
        assertThatThrownBy(() -> ballots.cast(tatarstan(), voteId, null, List.of(first), null))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessage("Ваш совет не входит в число голосующих");
        for (MeetingTypes.State s :
                List.of(MeetingTypes.State.ANNOUNCED, MeetingTypes.State.HELD, MeetingTypes.State.CLOSED)) {
            meetings.advance(admin, meeting, s);
        }
        votes.close(admin, voteId);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).until(() -> true);
        assertThat(meetings.meeting(admin, meeting).items().get(0).decisions()).isEmpty();
        assertThat(Set.of(votes.vote(admin, voteId).state())).containsExactly(VoteTypes.State.CLOSED);
    }
}
