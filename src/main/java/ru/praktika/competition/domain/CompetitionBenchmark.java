package ru.praktika.competition.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import ru.praktika.competition.CompetitionView;
import ru.praktika.competition.NominationView;
import ru.praktika.shared.Actor;
import ru.praktika.shared.Role;
import ru.praktika.territory.RegionView;
import ru.praktika.territory.TerritoryApi;

/**
 * The competition's benchmark: a year of N forwarded applications from every region in its five nominations and both
 * categories (written with plain SQL), a pool of experts with competences and conflicts, then timed: the automatic
 * assignment of every application to 3 experts through {@link FederalStage#assign}, and — with every assignment scored
 * — a full ranking recompute through {@link FederalStage#recompute}.
 */
@Component
public class CompetitionBenchmark {

    static final int YEAR = 2040;
    private static final Actor SECRETARIAT = new Actor(0L, "secretariat", Set.of(Role.ADMIN), null, null);

    private final Competitions competitions;
    private final FederalStage federal;
    private final CompetitionQueries queries;
    private final TerritoryApi territory;
    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final TransactionTemplate tx;

    CompetitionBenchmark(
            Competitions competitions,
            FederalStage federal,
            CompetitionQueries queries,
            TerritoryApi territory,
            JdbcClient jdbc,
            JdbcTemplate template,
            TransactionTemplate tx) {
        this.competitions = competitions;
        this.federal = federal;
        this.queries = queries;
        this.territory = territory;
        this.jdbc = jdbc;
        this.template = template;
        this.tx = tx;
    }

    public List<String> run(int applications, int experts) {
        List<String> out = new ArrayList<>();
        Random random = new Random(40);
        long id = tx.execute(s -> competitions.create("secretariat", YEAR, false, true));
        CompetitionView c = queries.competition(id).orElseThrow();
        List<NominationView> nominations = c.nominations();
        List<RegionView> regions = territory.regions();
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < applications; i++) {
            RegionView r = regions.get(random.nextInt(regions.size()));
            rows.add(new Object[] {
                id,
                nominations.get(random.nextInt(nominations.size())).code(),
                "Практика " + i,
                String.format("%s%06d", r.oktmo().substring(0, 2), random.nextInt(1_000_000)),
                "Муниципальное образование " + i,
                r.code(),
                random.nextInt(3) == 0 ? "II" : "I",
                BigDecimal.valueOf(random.nextInt(5000), 3)
            });
        }
        tx.executeWithoutResult(s -> template.batchUpdate("""
                        insert into competition.applications (competition_id, nomination_code, title, oktmo,
                            municipality_name, region_code, category, formal_points, status, shortlisted, declaration,
                            created_by, submitted_at, demo)
                        values (?, ?, ?, ?, ?, ?, ?, ?, 'FORWARDED', true, true, 'benchmark', now(), true)
                        """, rows));
        List<Object[]> pool = new ArrayList<>();
        for (int i = 0; i < experts; i++) {
            List<String> competences = new ArrayList<>();
            for (NominationView n : nominations) {
                if (random.nextInt(5) < 2) {
                    competences.add(n.code());
                }
            }
            competences.add(nominations.get(i % nominations.size()).code());
            pool.add(new Object[] {
                "bench-expert-" + i,
                "Эксперт замера " + i,
                regions.get(random.nextInt(regions.size())).code(),
                competences.stream().distinct().toArray(String[]::new)
            });
        }
        tx.executeWithoutResult(s -> {
            for (Object[] e : pool) {
                jdbc.sql("""
                                insert into competition.experts (username, full_name, home_region, competences, demo)
                                values (:u, :n, :r, :c, true) on conflict (username) do nothing
                                """)
                        .param("u", e[0])
                        .param("n", e[1])
                        .param("r", e[2])
                        .param("c", e[3])
                        .update();
            }
            jdbc.sql("""
                            insert into competition.conflicts (expert_id, kind, value)
                            select id, 'REGION', lpad(((id * 7) % 89 + 1)::text, 2, '0') from competition.experts
                            where username like 'bench-expert-%' and id % 4 = 0 on conflict do nothing
                            """).update();
            jdbc.sql("update competition.competitions set phase = 'SCORING' where id = :id")
                    .param("id", id)
                    .update();
        });
        long experts2 = jdbc.sql("select count(*) from competition.experts where active")
                .query(Long.class)
                .single();
        out.add(String.format(
                "Данные: %d заявок из %d регионов в %d номинациях, %d экспертов в пуле",
                applications, regions.size(), nominations.size(), experts2));
        for (int run = 1; run <= 3; run++) {
            tx.executeWithoutResult(s -> jdbc.sql("delete from competition.assignments where application_id in"
                            + " (select id from competition.applications where competition_id = :c)")
                    .param("c", id)
                    .update());
            long t0 = System.nanoTime();
            FederalStage.Start start = federal.assign(SECRETARIAT, YEAR);
            double seconds = (System.nanoTime() - t0) / 1e9;
            out.add(String.format(
                    "Назначение, прогон %d: %d назначений (%d заявок без полного состава) за %.3f с",
                    run, start.assignments(), start.shortOfExperts().size(), seconds));
        }
        tx.executeWithoutResult(s -> {
            jdbc.sql("""
                            insert into competition.scores (assignment_id, criterion_id, points)
                            select s.id, k.id, 1 + (s.id * 7 + k.id) % 10
                            from competition.assignments s
                            join competition.applications a on a.id = s.application_id
                            join competition.criteria k on k.competition_id = a.competition_id
                                and k.nomination_code = a.nomination_code and k.kind = 'EXPERT'
                            where a.competition_id = :c
                            """).param("c", id).update();
            jdbc.sql("update competition.assignments set submitted_at = now() where application_id in"
                            + " (select id from competition.applications where competition_id = :c)")
                    .param("c", id)
                    .update();
        });
        for (int run = 1; run <= 3; run++) {
            long t0 = System.nanoTime();
            federal.recompute(id);
            double seconds = (System.nanoTime() - t0) / 1e9;
            out.add(String.format("Пересчёт рейтинга, прогон %d: %d заявок за %.3f с", run, applications, seconds));
        }
        return out;
    }
}
