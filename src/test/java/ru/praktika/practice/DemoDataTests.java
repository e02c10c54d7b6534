package ru.praktika.practice;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import ru.praktika.support.PraktikaTest;

/** The demo practices are rich enough to show every part of the platform. */
@PraktikaTest
class DemoDataTests {

    @Autowired
    JdbcClient jdbc;

    @Test
    void demoPracticesCoverRegionsNationalProjectsStatesAndMechanisms() {
        assertThat(count("select count(*) from practice.practices where demo")).isGreaterThanOrEqualTo(300);
        assertThat(count("select count(distinct region_code) from practice.practices where demo"))
                .isGreaterThanOrEqualTo(40);
        assertThat(count("""
                select count(distinct l.national_code) from practice.links l
                join practice.practices p on p.id = l.practice_id where p.demo and l.national_code like 'NP19-%'""")).isEqualTo(14);
        assertThat(count("select count(distinct status) from practice.practices where demo"))
                .isEqualTo(6);
        assertThat(count("select count(*) from practice.practices where demo and inter_municipal"))
                .isGreaterThan(20);
        assertThat(count("select count(*) from practice.practices where demo and mechanism = 'CONCESSION'"))
                .isGreaterThan(20);
        assertThat(count("select count(*) from practice.links where regional_project_id is not null"))
                .isGreaterThan(5);
    }

    @Test
    void everyDemoCardNamesMunicipalitiesInForceInOktmo2024() {
        // the demo is made after the 2024 edition is applied, so no card refers to a municipality abolished in
        // 2019–2023
        assertThat(count("""
                select count(distinct m.oktmo) from practice.practice_municipalities m
                join practice.practices p on p.id = m.practice_id where p.demo""")).isGreaterThan(100);
        assertThat(count("""
                select count(*) from practice.practice_municipalities m
                join practice.practices p on p.id = m.practice_id
                left join territory.municipalities t on t.oktmo = m.oktmo
                where p.demo and (t.oktmo is null or not t.active and t.abolished_at <= (
                    select imported_at from territory.oktmo_imports
                    where file_name = 'municipalities_oktmo_2024.csv.gz'))""")).isZero();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
