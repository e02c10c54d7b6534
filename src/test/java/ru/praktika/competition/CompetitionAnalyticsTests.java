package ru.praktika.competition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import ru.praktika.competition.domain.CompetitionAnalytics;
import ru.praktika.competition.domain.CompetitionArchive;
import ru.praktika.shared.Actor;
import ru.praktika.support.PraktikaTest;
import ru.praktika.support.TestActors;

@PraktikaTest
class CompetitionAnalyticsTests {

    @Autowired
    CompetitionAnalytics analytics;

    @Autowired
    CompetitionArchive archive;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestActors actors;

    @Autowired
    MockMvc mvc;

    static CompetitionArchive.Row row(
            int n, int year, String nomination, String category, String place, String mo, String region, String oktmo) {
        return new CompetitionArchive.Row(
                n, "" + year, nomination, category, place, mo, region, oktmo, "Практика " + n);
    }

    /**
     * 2020: one winner in Пермский край. 2021: four archive rows (two winners) in Пермский край and Татарстан, one
     * submitted application from a practice card linked to a national project, one draft that does not count.
     */
    String given() {
        Actor admin = actors.actor("admin");
        importing(admin, List.of(row(2, 2020, "N1", "I", "1", "Добрянский городской округ", "59", null)));
        importing(
                admin,
                List.of(
                        row(2, 2021, "N1", "I", "1", "Добрянский городской округ", "59", null),
                        row(3, 2021, "N1", "I", null, "Чайковский городской округ", "59", null),
                        row(4, 2021, "N6", "II", "1", null, null, "92601405"),
                        row(5, 2021, "N2", "I", null, "Городской округ - город Казань", "16", null)));
        Object[] link = jdbc.sql("""
                        select l.practice_id, l.national_code from practice.links l
                        where l.national_code <> 'NP19-04' order by l.practice_id limit 1
                        """)
                .query((rs, i) -> new Object[] {rs.getLong(1), rs.getString(2)})
                .single();
        for (String status : List.of("SUBMITTED", "DRAFT")) {
            jdbc.sql("""
                            insert into competition.applications (competition_id, nomination_code, practice_id, title,
                                municipality_name, region_code, category, status, created_by)
                            select id, 'N2', :p, 'Из карточки', 'Пермский край', '59', 'I', :s, 'admin'
                            from competition.competitions where year = 2021
                            """)
                    .param("p", status.equals("SUBMITTED") ? link[0] : null)
                    .param("s", status)
                    .update();
        }
        return (String) link[1];
    }

    void importing(Actor admin, List<CompetitionArchive.Row> rows) {
        try {
            archive.importRows(admin, rows);
        } catch (CompetitionArchive.Rejected e) {
            throw new AssertionError(e.problems().toString(), e);
        }
    }

    @Test
    void figuresAreCountedByRegionNominationKindCategoryProjectAndYear() {
        String linkedProject = given();

        CompetitionAnalytics.Analytics a = analytics.analytics(actors.actor("expert"), 2021);

        assertThat(a.applications()).isEqualTo(5);
        assertThat(a.winners()).isEqualTo(2);
        assertThat(a.regions())
                .extracting(r -> r.code() + ":" + r.applications() + ":" + r.winners() + ":" + r.band())
                .containsExactly("59:3:1:2", "16:2:1:1");
        assertThat(a.subjects()).isEqualTo(85);
        assertThat(a.silent())
                .hasSize(83)
                .noneMatch(r -> r.code().equals("59") || r.code().equals("16"));
        assertThat(a.nominations())
                .filteredOn(n -> n.applications() > 0)
                .extracting(n -> n.code() + ":" + n.applications() + ":" + n.winners())
                .containsExactly("N1:2:1", "N2:2:0", "N6:1:1");
        assertThat(a.types())
                .extracting(t -> t.type() + ":" + t.categoryI() + ":" + t.categoryII())
                .containsExactly("городской округ:3:0", "сельское поселение:0:1", "вид не указан:1:0");
        assertThat(a.projects())
                .filteredOn(CompetitionAnalytics.ProjectRow::housing)
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.applications()).isEqualTo(3);
                    assertThat(p.byNomination()).isEqualTo(3);
                    assertThat(p.winners()).isEqualTo(2);
                });
        assertThat(a.projects())
                .filteredOn(p -> p.code().equals(linkedProject))
                .singleElement()
                .satisfies(p -> assertThat(p.byCard()).isEqualTo(1));
        assertThat(a.years()).filteredOn(y -> y.year() == 2021).singleElement().satisfies(y -> {
            assertThat(y.applications()).isEqualTo(5);
            assertThat(y.regions()).isEqualTo(2);
            assertThat(y.winners()).isEqualTo(2);
            assertThat(y.previousApplications()).isEqualTo(1);
            assertThat(y.previousRegions()).isEqualTo(1);
            assertThat(y.previousWinners()).isEqualTo(1);
        });
    }

    @Test
    void theDemoArchiveOf2023WentThroughTheImporter() {
        CompetitionAnalytics.Analytics a = analytics.analytics(actors.actor("expert"), 2023);

        assertThat(a.competition().archive()).isTrue();
        assertThat(a.applications()).isEqualTo(250);
        assertThat(a.winners()).isEqualTo(50);
        assertThat(a.regions()).hasSizeBetween(55, 60);
        assertThat(a.nominations())
                .extracting(n -> n.code() + ":" + n.applications() + ":" + n.winners())
                .containsExactly("N1:50:10", "N2:50:10", "N4:50:10", "N5:50:10", "N6:50:10");
        assertThat(a.types())
                .allSatisfy(t -> assertThat(t.type().equals("сельское поселение") ? t.categoryI() : t.categoryII())
                        .isZero());
        assertThat(jdbc.sql("""
                        select count(*) from competition.applications a
                        join competition.competitions c on c.id = a.competition_id
                        where c.year = 2023 and a.demo and a.created_by = 'secretariat' and a.oktmo is not null
                        """).query(Long.class).single()).isEqualTo(250);
    }

    @Test
    void thePageShowsTheMapAndHousingToASignedInUserAndToThePublicOncePublished() throws Exception {
        given();

        for (var who : List.of(actors.as("expert"), actors.as("tatarstan"))) {
            mvc.perform(get("/competitions/2021/analytics").with(who))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("class=\"region-map\"")))
                    .andExpect(content().string(containsString("region band-2")))
                    .andExpect(content().string(containsString("Жильё и городская среда")))
                    .andExpect(content().string(containsString("class=\"bar-chart\"")))
                    .andExpect(content().string(containsString("chart-bar highlight")));
        }
        // an archive year is published: the public sees it
        mvc.perform(get("/competitions/2021/analytics")).andExpect(status().isOk());
    }

    @Test
    void theTablesDownloadAsAWorkbook() throws Exception {
        given();

        byte[] xlsx = mvc.perform(get("/competitions/2021/analytics.xlsx").with(actors.as("perm")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString(".xlsx")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();

        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet regions = wb.getSheet("Регионы");
            assertThat(regions.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Регион");
            assertThat(regions.getRow(1).getCell(0).getStringCellValue()).isEqualTo("59");
            assertThat(regions.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(3.0);
            Sheet projects = wb.getSheet("Нацпроекты");
            boolean housing = false;
            for (var r : projects) {
                if (r.getCell(0) != null && "NP19-04".equals(r.getCell(0).getStringCellValue())) {
                    housing = r.getCell(2).getNumericCellValue() == 3.0;
                }
            }
            assertThat(housing).isTrue();
            assertThat(wb.getSheet("Без заявок").getLastRowNum()).isEqualTo(83);
            assertThat(wb.getSheet("По годам")).isNotNull();
        }
    }
}
