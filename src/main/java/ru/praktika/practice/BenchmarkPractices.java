package ru.praktika.practice;

import java.util.List;
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
    private final org.springframework.jdbc.core.JdbcTemplate batch;

    BenchmarkPractices(JdbcClient jdbc, org.springframework.jdbc.core.JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
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

    /**
     * Adds published practices until there are {@code total}, written from the demo's 78 practice templates mixed
     * (a template's title and problem, its description with another template's lessons) in municipalities all over
     * Russia over the years 2019–2025, each with its municipality, two financing rows, a result, a legal act and a
     * link; returns how many published practices there are.
     */
    @Transactional
    public int fillPublished(int total) {
        int have = jdbc.sql("select count(*) from practice.practices where status = 'PUBLISHED'")
                .query(Integer.class)
                .single();
        if (have >= total) {
            return have;
        }
        jdbc.sql("""
                        create temp table bench_templates (n integer, np text, fp text, mechanism text, title text,
                            problem text, goals text, description text, partners text, beneficiaries text,
                            indicator text, unit text, base numeric, target numeric, actual numeric, lessons text,
                            replicability text) on commit drop
                        """).update();
        List<Object[]> rows = new java.util.ArrayList<>();
        try (var in = new java.io.InputStreamReader(
                        new org.springframework.core.io.ClassPathResource("demo/practice_templates.csv")
                                .getInputStream(),
                        java.nio.charset.StandardCharsets.UTF_8);
                var csv = org.apache.commons.csv.CSVFormat.DEFAULT
                        .builder()
                        .setHeader()
                        .setSkipHeaderRecord(true)
                        .get()
                        .parse(in)) {
            int n = 0;
            for (var t : csv) {
                rows.add(new Object[] {
                    n++,
                    t.get("national_project"),
                    t.get("federal_project"),
                    t.get("mechanism"),
                    t.get("title"),
                    t.get("problem"),
                    t.get("goals"),
                    t.get("description"),
                    t.get("partners"),
                    t.get("beneficiaries"),
                    t.get("indicator"),
                    t.get("unit"),
                    new java.math.BigDecimal(t.get("base_value")),
                    new java.math.BigDecimal(t.get("target_value")),
                    new java.math.BigDecimal(t.get("actual_value")),
                    t.get("lessons"),
                    t.get("replicability")
                });
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        batch.batchUpdate(
                "insert into bench_templates values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
        jdbc.sql("""
                        create temp table bench_mos on commit drop as
                        select row_number() over (order by oktmo) - 1 as n, oktmo, name, region_code
                        from territory.municipalities
                        where active and type in ('MUNICIPAL_DISTRICT', 'MUNICIPAL_OKRUG', 'URBAN_OKRUG',
                                                  'FEDERAL_CITY_TERRITORY', 'URBAN_SETTLEMENT', 'RURAL_SETTLEMENT')
                        """).update();
        jdbc.sql("""
                        create temp table bench_new on commit drop as
                        select g, nextval('practice.practices_id_seq') as id,
                               (g * 7919) % (select count(*) from bench_templates) as t,
                               (g * 7907 + 13) % (select count(*) from bench_templates) as t2,
                               (g::bigint * 104729) % (select count(*) from bench_mos) as m
                        from generate_series(1, :n) g
                        """).param("n", total - have).update();
        jdbc.sql("""
                        insert into practice.practices (id, year, region_code, lead_oktmo, title, problem, goals,
                            description, period_from, period_to, mechanism, partners, beneficiaries, replicability,
                            lessons, contact_name, status, total_financing, demo, created_by, contacts_public)
                        select b.id, 2019 + b.g % 7, m.region_code, m.oktmo,
                            t.title || ' — ' || m.name,
                            replace(t.problem, '{mo}', m.name),
                            t.goals,
                            replace(t.description, '{mo}', m.name) || ' ' || t2.lessons,
                            make_date(2019 + b.g % 7, 1 + b.g % 12, 1), make_date(2019 + b.g % 7, 12, 31),
                            t.mechanism, t.partners, t.beneficiaries, t.replicability, t.lessons,
                            'Отдел экономического развития', 'PUBLISHED', 100000 + (b.g % 500) * 25000, true,
                            'benchmark', b.g % 3 = 0
                        from bench_new b
                        join bench_templates t on t.n = b.t
                        join bench_templates t2 on t2.n = b.t2
                        join bench_mos m on m.n = b.m
                        """).update();
        jdbc.sql("insert into practice.practice_municipalities (practice_id, position, oktmo)"
                        + " select b.id, 0, m.oktmo from bench_new b join bench_mos m on m.n = b.m")
                .update();
        jdbc.sql("""
                        insert into practice.financing (practice_id, position, source, amount_rub)
                        select b.id, k, case k when 0 then 'LOCAL' else 'REGIONAL' end,
                               (100000 + (b.g % 500) * 25000) / 2
                        from bench_new b cross join generate_series(0, 1) k
                        """).update();
        jdbc.sql("""
                        insert into practice.results (practice_id, position, indicator, unit, base_value, base_year,
                            target_value, actual_value, actual_year)
                        select b.id, 0, t.indicator, t.unit, t.base, 2018 + b.g % 7, t.target, t.actual, 2019 + b.g % 7
                        from bench_new b join bench_templates t on t.n = b.t
                        """).update();
        jdbc.sql("""
                        insert into practice.legal_acts (practice_id, position, type, number, date, title)
                        select b.id, 0, 'постановление', (100 + b.g % 900) || '-п', make_date(2019 + b.g % 7, 1, 15),
                               'Об утверждении порядка реализации практики'
                        from bench_new b
                        """).update();
        jdbc.sql("""
                        insert into practice.links (practice_id, position, national_code, federal_code)
                        select b.id, 0, t.np, nullif(t.fp, '')
                        from bench_new b join bench_templates t on t.n = b.t
                        """).update();
        return jdbc.sql("select count(*) from practice.practices where status = 'PUBLISHED'")
                .query(Integer.class)
                .single();
    }
}
