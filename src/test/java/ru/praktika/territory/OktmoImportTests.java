package ru.praktika.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import ru.praktika.organization.NewUser;
import ru.praktika.organization.OrganizationApi;
import ru.praktika.organization.domain.UserAdministration;
import ru.praktika.shared.Actor;
import ru.praktika.shared.Role;
import ru.praktika.support.JobWaiter;
import ru.praktika.support.PraktikaTest;
import ru.praktika.support.TestActors;
import ru.praktika.territory.domain.OktmoImporter;

/** The importer of newer OKTMO files: what it changes, and that a bad file changes nothing. */
@PraktikaTest
class OktmoImportTests {

    @Autowired
    OktmoImporter importer;

    @Autowired
    OktmoImportCommand command;

    @Autowired
    TerritoryApi territory;

    @Autowired
    OrganizationApi organizations;

    @Autowired
    UserAdministration users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestActors actors;

    @Autowired
    MockMvc mvc;

    @TempDir
    Path tmp;

    private Actor admin() {
        return actors.actor("admin");
    }

    @Test
    void newerFileAddsRenamesRetypesAndAbolishesKeepingReferencesAndHistory() {
        // Tyumen (72) is used here so other tests that read Perm and Tatarstan are not disturbed
        List<String> baseline = OktmoFiles.linesOf(territory, "72");
        OktmoImportResult unchanged =
                importer.importFile(admin(), "data-20240101-structure-20150128.csv", OktmoFiles.file(baseline));
        assertThat(unchanged.errors()).isEmpty();
        assertThat(unchanged.rowsRead()).isGreaterThan(100);
        assertThat(List.of(unchanged.added(), unchanged.renamed(), unchanged.retyped(), unchanged.abolished()))
                .containsOnly(0);

        MunicipalityView district = territory
                .municipalities("72", "MUNICIPAL_DISTRICT", null, false, 0, 1)
                .items()
                .get(0);
        MunicipalityView settlement = territory
                .municipalities("72", "RURAL_SETTLEMENT", null, false, 0, 1)
                .items()
                .get(0);
        String operatorName = "oktmo-ref-" + System.nanoTime() % 100000;
        users.open(
                admin(),
                new NewUser(
                        operatorName,
                        "Оператор района",
                        null,
                        null,
                        Set.of(Role.MUNICIPAL_OPERATOR),
                        null,
                        district.oktmo(),
                        "password-1"));

        String newName = district.name().replace("муниципальный район", "муниципальный округ");
        List<String> next = new ArrayList<>();
        for (int i = 0; i < baseline.size(); i++) {
            String line = baseline.get(i);
            if (line.startsWith(rosstatCode(settlement.oktmo()))) {
                continue; // the settlement is abolished
            }
            if (line.startsWith(rosstatCode(district.oktmo()))) {
                next.remove(next.size() - 1); // its heading
                next.addAll(OktmoFiles.linesOf(district.oktmo(), newName, MunicipalityType.MUNICIPAL_OKRUG));
                continue;
            }
            next.add(line);
        }
        next.addAll(OktmoFiles.linesOf("71599000", "Новый муниципальный округ", MunicipalityType.MUNICIPAL_OKRUG));
        next.addAll(OktmoFiles.linesOf("21701000", "городской округ город Донецк", MunicipalityType.URBAN_OKRUG));

        OktmoImportResult result = importer.importFile(admin(), "data-20250101.csv", OktmoFiles.file(next));

        assertThat(result.errors()).isEmpty();
        assertThat(result.added()).isEqualTo(2);
        assertThat(result.renamed()).isEqualTo(1);
        assertThat(result.retyped()).isEqualTo(1);
        assertThat(result.abolished()).isEqualTo(1);
        MunicipalityView renamed = territory.requireMunicipality(district.oktmo());
        assertThat(renamed.name()).isEqualTo(newName);
        assertThat(renamed.type()).isEqualTo(MunicipalityType.MUNICIPAL_OKRUG);
        assertThat(jdbc.sql("select name from territory.municipality_names where oktmo = :o")
                        .param("o", district.oktmo())
                        .query(String.class)
                        .list())
                .contains(district.name());
        assertThat(territory.requireMunicipality(settlement.oktmo()).active()).isFalse();
        assertThat(territory
                        .municipalities("72", null, settlement.name(), false, 0, 200)
                        .items())
                .noneMatch(m -> m.oktmo().equals(settlement.oktmo()));
        assertThat(territory.requireMunicipality("71599000").regionCode()).isEqualTo("72");
        assertThat(territory.requireMunicipality("21701000").regionCode()).isEqualTo("80");
        // the operator still belongs to the same municipality, now under its new name
        assertThat(users.list(admin(), operatorName).get(0).oktmo()).isEqualTo(district.oktmo());

        OktmoImportResult again = importer.importFile(admin(), "data-20250101.csv", OktmoFiles.file(next));
        assertThat(List.of(again.added(), again.renamed(), again.retyped(), again.abolished(), again.restored()))
                .containsOnly(0);
    }

    @Test
    void badFilesAreRejectedWithTheirLinesAndChangeNothing() {
        List<String> good = OktmoFiles.linesOf(territory, "01");
        List<String> badCode = new ArrayList<>(good);
        badCode.add(3, OktmoFiles.line("79", "6A1", "000", "Испорченная строка"));
        List<String> unknownRegion = new ArrayList<>(good);
        unknownRegion.add(OktmoFiles.line("13", "701", "000", "Несуществующий городской округ"));
        List<String> duplicate = new ArrayList<>(good);
        duplicate.add(good.get(2));
        Map<String, byte[]> files = Map.of(
                "binary", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2, 3},
                "empty", new byte[0],
                "commas", "05,602,000,000,5,1,Анучинский муниципальный район\n".getBytes(StandardCharsets.UTF_8),
                "badCode", OktmoFiles.file(badCode),
                "unknownRegion", OktmoFiles.file(unknownRegion),
                "duplicate", OktmoFiles.file(duplicate));
        String before = snapshot();
        files.forEach((name, content) -> {
            OktmoImportResult result = importer.importFile(admin(), name + ".csv", content);
            assertThat(result.accepted()).as(name).isFalse();
            assertThat(result.errors()).as(name).isNotEmpty();
        });
        assertThat(importer.importFile(admin(), "bad.csv", OktmoFiles.file(badCode))
                        .errors())
                .anyMatch(e -> e.startsWith("Строка 4:"));
        assertThat(importer.importFile(admin(), "bad.csv", OktmoFiles.file(unknownRegion))
                        .errors())
                .anyMatch(e -> e.contains("не относится ни к одному из 89 субъектов"));
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void onlyTheSecretariatImports() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> importer.importFile(actors.actor("perm"), "x.csv", OktmoFiles.file(List.of())))
                .isInstanceOf(ru.praktika.shared.AccessDeniedException.class);
    }

    @Test
    void commandLineImportReportsAndExitsWithACode() throws Exception {
        Path good = tmp.resolve("data-20240101-structure-20150128.csv");
        Files.write(good, OktmoFiles.file(OktmoFiles.linesOf(territory, "02")));
        Path bad = tmp.resolve("bad.csv");
        Files.writeString(bad, "это не ОКТМО");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        assertThat(command.run(good.toString(), new PrintStream(out, true, StandardCharsets.UTF_8), System.err))
                .isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("ОКТМО загружен");
        assertThat(command.run(bad.toString(), System.out, new PrintStream(err, true, StandardCharsets.UTF_8)))
                .isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Файл отклонён, изменений нет");
        assertThat(command.run(tmp.resolve("missing.csv").toString(), System.out, System.err))
                .isEqualTo(2);
    }

    @Test
    void theSecretariatLoadsANewerEditionOnItsPageAndEveryoneSeesItWithoutARestart() throws Exception {
        // Бурятия (03) as Rosstat would publish it on 1 January 2025, with one new municipal okrug
        String code = territory.requireRegion("03").oktmo().substring(0, 2) + "599000";
        assertThat(territory.municipality(code)).isEmpty();
        List<String> lines = new ArrayList<>(OktmoFiles.linesOf(territory, "03"));
        lines.addAll(OktmoFiles.linesOf(code, "Багульниковый муниципальный округ", MunicipalityType.MUNICIPAL_OKRUG));
        MockMultipartFile file = new MockMultipartFile(
                "file", "data-20250101-structure-20150128.csv", "text/csv", OktmoFiles.file(lines));

        String page = mvc.perform(
                        multipart("/admin/oktmo").file(file).with(csrf()).with(actors.as("admin")))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        String job = JobWaiter.waitFor(mvc, page.replaceAll(".*job=", ""), "admin");

        assertThat(JsonPath.<String>read(job, "$.status")).isEqualTo("DONE");
        assertThat(JsonPath.<String>read(job, "$.message"))
                .contains("ОКТМО загружен", "добавлено 1", "Справочник ОКТМО на 1 января 2025 г.");
        mvc.perform(get(page).with(actors.as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Справочник ОКТМО на 1 января 2025 г.")))
                .andExpect(content().string(Matchers.containsString("data-20250101-structure-20150128.csv")))
                .andExpect(content().string(Matchers.containsString("муниципальный округ")))
                .andExpect(content().string(Matchers.containsString("Выбрать файл…")));
        mvc.perform(get("/api/v1/municipalities/edition"))
                .andExpect(jsonPath("$.title", Matchers.is("Справочник ОКТМО на 1 января 2025 г.")));
        mvc.perform(get("/api/v1/municipalities").param("region", "03").param("q", "Багульников"))
                .andExpect(jsonPath("$.items[0].oktmo", Matchers.is(code)))
                .andExpect(jsonPath("$.items[0].label", Matchers.is("Багульниковый — муниципальный округ")));
        mvc.perform(get("/practices/new").with(actors.as("perm")))
                .andExpect(content().string(Matchers.containsString("Справочник ОКТМО на 1 января 2025 г.")));
    }

    @Test
    void aBadFileOnThePageFailsItsJobWithTheLinesAndOthersAreForbidden() throws Exception {
        MockMultipartFile junk =
                new MockMultipartFile("file", "x.csv", "text/csv", "это не ОКТМО".getBytes(StandardCharsets.UTF_8));
        String page = mvc.perform(
                        multipart("/admin/oktmo").file(junk).with(csrf()).with(actors.as("admin")))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        String job = JobWaiter.waitFor(mvc, page.replaceAll(".*job=", ""), "admin");
        assertThat(JsonPath.<String>read(job, "$.status")).isEqualTo("FAILED");
        assertThat(JsonPath.<String>read(job, "$.message")).isEqualTo("Файл отклонён, справочник не изменён");
        assertThat(JsonPath.<List<Object>>read(job, "$.errors")).isNotEmpty();

        mvc.perform(multipart("/admin/oktmo").with(csrf()).with(actors.as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Выберите файл ОКТМО для загрузки")));
        mvc.perform(multipart("/admin/oktmo").file(junk).with(csrf()).with(actors.as("perm")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/oktmo").with(actors.as("perm"))).andExpect(status().isForbidden());
    }

    /** «71603000» → the start of its Rosstat line: "71";"603";"000";"000" */
    private static String rosstatCode(String oktmo) {
        return "\"" + oktmo.substring(0, 2) + "\";\"" + oktmo.substring(2, 5) + "\";\"" + oktmo.substring(5, 8)
                + "\";\"000\"";
    }

    private String snapshot() {
        return jdbc.sql("""
                        select count(*) || '/' || count(*) filter (where active) || '/' || coalesce(max(updated_at)::text, '')
                               || '/' || (select count(*) from territory.oktmo_imports)
                               || '/' || (select count(*) from territory.municipality_names)
                        from territory.municipalities
                        """).query(String.class).single();
    }
}
