package ru.praktika.vote.domain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import ru.praktika.organization.OrganizationView;
import ru.praktika.shared.Actor;
import ru.praktika.shared.Role;
import ru.praktika.vote.NewVote;
import ru.praktika.vote.VoteTypes;
import ru.praktika.vote.VoteView;

/**
 * Demo mode only: the 2020 vote on the association's symbols — the emblem (three options drawn for the demo, SVG in
 * {@code demo/vote/}, a named vote) and the slogan (three slogans, a secret vote) — closed before the meeting of
 * 26.08.2020 with ballots from most of the 85 councils of that day. Runs before the demo meetings, which put both on
 * the agenda item «О символике Ассоциации».
 */
@Component
class DemoVotes {

    static final String EMBLEM = "symbols-emblem-2020";
    static final String SLOGAN = "symbols-slogan-2020";

    private final Votes votes;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final boolean demo;
    private final Actor secretariat = new Actor(0L, "secretariat", Set.of(Role.ADMIN), null, null);

    DemoVotes(Votes votes, JdbcClient jdbc, TransactionTemplate tx, @Value("${praktika.demo:false}") boolean demo) {
        this.votes = votes;
        this.jdbc = jdbc;
        this.tx = tx;
        this.demo = demo;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(35)
    public void create() {
        if (!demo
                || jdbc.sql("select count(*) from vote.votes where demo_key is not null")
                                .query(Long.class)
                                .single()
                        > 0) {
            return;
        }
        tx.executeWithoutResult(s -> {
            long emblem = vote(
                    EMBLEM,
                    "Эмблема Ассоциации",
                    "Три проекта эмблемы ВАРМСУ, предложенные членами Ассоциации. Открытое голосование: каждый совет"
                            + " муниципальных образований — один голос.",
                    false,
                    List.of("Круг из 89 точек", "Метка на карте", "Щит"));
            image(emblem, 1, "emblem-dots.svg");
            image(emblem, 2, "emblem-pin.svg");
            image(emblem, 3, "emblem-shield.svg");
            // 71 of 85 councils: 38 for the circle, 21 for the pin, 12 for the shield
            ballots(emblem, 71, new int[] {38, 21, 12}, 2020);
            long slogan = vote(
                    SLOGAN,
                    "Слоган Ассоциации",
                    "Три слогана, предложенные членами Ассоциации. Тайное голосование.",
                    true,
                    List.of(
                            "Сильные муниципалитеты — сильная Россия",
                            "Местное самоуправление — власть, близкая к людям",
                            "Вместе — от каждого поселения до всей страны"));
            ballots(slogan, 66, new int[] {40, 17, 9}, 2026);
            for (long id : List.of(emblem, slogan)) {
                votes.closeNow(secretariat, id);
                jdbc.sql("update vote.votes set closed_at = :at where id = :id")
                        .param("at", moscow(LocalDateTime.of(2020, 8, 26, 10, 0)))
                        .param("id", id)
                        .update();
            }
        });
    }

    private long vote(String key, String question, String description, boolean secret, List<String> options) {
        long id = votes.create(
                secretariat,
                new NewVote(
                        question,
                        description,
                        VoteTypes.Kind.SINGLE,
                        1,
                        secret,
                        VoteTypes.Quorum.MORE_THAN_HALF,
                        VoteTypes.Majority.RELATIVE,
                        moscow(LocalDateTime.of(2020, 8, 17, 10, 0)),
                        // a date in the future for the check of a new vote; set back to 2020 below
                        OffsetDateTime.now().plusDays(1),
                        options));
        for (OrganizationView council : votes.councilsOn(LocalDate.of(2020, 8, 17))) {
            votes.addElector(id, council);
        }
        jdbc.sql("""
                        update vote.votes set demo_key = :k, state = 'OPEN', opened_at = opens_at, electorate_kind = 'LIST',
                               closes_at = :closes
                        where id = :id
                        """)
                .param("k", key)
                .param("closes", moscow(LocalDateTime.of(2020, 8, 26, 10, 0)))
                .param("id", id)
                .update();
        return id;
    }

    private void image(long voteId, int position, String file) {
        try {
            byte[] svg = new ClassPathResource("demo/vote/" + file).getContentAsByteArray();
            String type = VoteImages.check(svg);
            jdbc.sql("update vote.options set image = :img, image_type = :t where vote_id = :v and position = :p")
                    .param("img", svg)
                    .param("t", type)
                    .param("v", voteId)
                    .param("p", position)
                    .update();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Ballots of {@code voters} councils drawn with a fixed seed, {@code perOption} of them for each option. */
    private void ballots(long voteId, int voters, int[] perOption, long seed) {
        VoteView v = votes.vote(secretariat, voteId);
        List<Long> councils = new ArrayList<>(
                jdbc.sql("select organization_id from vote.electorate where vote_id = :v order by region_code")
                        .param("v", voteId)
                        .query(Long.class)
                        .list());
        Random random = new Random(seed);
        java.util.Collections.shuffle(councils, random);
        List<Long> choices = new ArrayList<>();
        for (int o = 0; o < perOption.length; o++) {
            for (int i = 0; i < perOption[o]; i++) {
                choices.add(v.options().get(o).id());
            }
        }
        java.util.Collections.shuffle(choices, random);
        for (int i = 0; i < voters; i++) {
            long council = councils.get(i);
            Long[] choice = {choices.get(i)};
            jdbc.sql("insert into vote.participations (vote_id, organization_id) values (:v, :o)")
                    .param("v", voteId)
                    .param("o", council)
                    .update();
            if (v.secret()) {
                jdbc.sql(
                                "insert into vote.secret_ballots (id, vote_id, choices, receipt_hash) values (:id, :v, :c, :h)")
                        .param("id", UUID.randomUUID())
                        .param("v", voteId)
                        .param("c", choice)
                        .param("h", Ballots.hash(Ballots.receiptCode()))
                        .update();
            } else {
                jdbc.sql("""
                                insert into vote.named_ballots (vote_id, organization_id, choices, cast_by, cast_at)
                                values (:v, :o, :c, 'demo', :at)
                                """)
                        .param("v", voteId)
                        .param("o", council)
                        .param("c", choice)
                        .param("at", moscow(LocalDateTime.of(2020, 8, 18, 9, 0).plusMinutes(97L * i)))
                        .update();
            }
        }
    }

    private static OffsetDateTime moscow(LocalDateTime t) {
        return t.atZone(Votes.MOSCOW).toOffsetDateTime();
    }
}
