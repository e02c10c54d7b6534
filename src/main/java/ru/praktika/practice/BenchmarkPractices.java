package ru.praktika.practice;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Benchmark data only (never called by the site): fills a year with copies of its accepted practices, children
 * included, in a few SQL statements, so the reports can be measured on 10,000 practices (docs/benchmarks.md).
 */
@Component
public class BenchmarkPractices {

    private final JdbcClient jdbc;

    BenchmarkPractices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds copies of the year's accepted practices until it has {@code total}; returns how many it has. */
    @Transactional
    public int fillAccepted(int year, int total) {
        int have = count(year);
        if (have == 0 || have >= total) {
            return have;
        }
        jdbc.sql("drop table if exists bench_copies").update();
        jdbc.sql("""
                        create temp table bench_copies on commit drop as
                        select s.id as source_id, nextval('practice.practices_id_seq') as new_id
                        from (select id from practice.practices
                              where year = :y and status in ('ACCEPTED', 'PUBLISHED')) s
                        cross join generate_series(1, :k) g
                        order by g, s.id limit :n
                        """)
                .param("y", year)
                .param("k", total / have + 1)
                .param("n", total - have)
                .update();
        jdbc.sql("""
                        insert into practice.practices (id, year, region_code, lead_oktmo, title, problem, goals,
                            description, period_from, period_to, mechanism, partners, beneficiaries, replicability,
                            lessons, contact_name, contact_position, contact_phone, contact_email, status,
                            inter_municipal, total_financing, extra_budgetary_share, demo, created_by)
                        select c.new_id, p.year, p.region_code, p.lead_oktmo, p.title || ' (копия ' || c.new_id || ')',
                            p.problem, p.goals, p.description, p.period_from, p.period_to, p.mechanism, p.partners,
                            p.beneficiaries, p.replicability, p.lessons, p.contact_name, p.contact_position,
                            p.contact_phone, p.contact_email, p.status, p.inter_municipal, p.total_financing,
                            p.extra_budgetary_share, true, 'benchmark'
                        from bench_copies c join practice.practices p on p.id = c.source_id
                        """).update();
        String[][] children = {
            {"practice_municipalities", "position, oktmo"},
            {"financing", "position, source, amount_rub"},
            {"results", "position, indicator, unit, base_value, base_year, target_value, actual_value, actual_year"},
            {"legal_acts", "position, type, number, date, title"},
            {"links", "position, national_code, federal_code, regional_project_id, indicator_id, contribution"}
        };
        for (String[] child : children) {
            jdbc.sql("insert into practice." + child[0] + " (practice_id, " + child[1] + ") select c.new_id, "
                            + child[1].replace(", ", ", x.").replaceFirst("^", "x.")
                            + " from bench_copies c join practice."
                            + child[0] + " x on x.practice_id = c.source_id")
                    .update();
        }
        return count(year);
    }

    private int count(int year) {
        return jdbc.sql(
                        "select count(*) from practice.practices where year = :y and status in ('ACCEPTED', 'PUBLISHED')")
                .param("y", year)
                .query(Integer.class)
                .single();
    }
}
