package ru.praktika.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import ru.praktika.meeting.domain.MeetingQueries;
import ru.praktika.meeting.domain.MeetingService;
import ru.praktika.organization.OrganizationApi;
import ru.praktika.shared.AccessDeniedException;
import ru.praktika.support.PraktikaTest;
import ru.praktika.support.TestActors;

@PraktikaTest
class MeetingTests {

    static final List<String> AUGUST_NAMES = List.of(
            "Союз",
            "Всероссийский Совет местного самоуправления",
            "Ассоциации малых и средних городов России",
            "Ассоциации волонтерских центров",
            "Управления Президента",
            "Александра Игнатьева",
            "Светлана Романова",
            "Владимир Воронин",
            "Артем Метелев",
            "Владимир Мазур",
            "Михаил Котлов",
            "Иван Цецерский",
            "Александр Русанов",
            "Екатерина Шугрина",
            "Сергей Рыбаков",
            "лучших муниципальных практиках",
            "Всероссийском конкурсе лучших муниципальных практик",
            "символике Ассоциации",
            "„Доброволец России“");

    @Autowired
    MockMvc mvc;

    @Autowired
    MeetingService meetings;

    @Autowired
    MeetingQueries queries;

    @Autowired
    OrganizationApi organizations;

    @Autowired
    TestActors actors;

    @Autowired
    ru.praktika.meeting.domain.MeetingDocuments documents;

    @Autowired
    ru.praktika.territory.TerritoryApi territory;

    long augustMeeting() {
        return queries.meetings().stream()
                .filter(m -> m.startsAt().getYear() == 2020)
                .findFirst()
                .orElseThrow()
                .id();
    }

    @Test
    void theMeetingOfAugust2020GivesMinutesAndAPressReleaseNamingEveryone() throws Exception {
        long id = augustMeeting();
        String release = meetings.draftPressRelease(actors.actor("admin"), id).text();
        assertThat(release)
                .contains(AUGUST_NAMES)
                .contains(
                        "26 августа 2020 г.",
                        "всех региональных ассоциаций",
                        "Содокладчиком выступил исполнительный директор",
                        "В обсуждении участвовала научный эксперт");
        meetings.publishPressRelease(actors.actor("admin"), id);

        byte[] docx = mvc.perform(get("/api/v1/meetings/" + id + "/minutes")
                        .param("format", "DOCX")
                        .with(httpBasic("expert", "demo")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            assertThat(text.getText())
                    .contains(
                            "ПРОТОКОЛ",
                            "СЛУШАЛИ:",
                            "РЕШИЛИ:",
                            "Русанова А. В.",
                            "Метелева А.",
                            "; Пермского края (Русанов А. В.);",
                            "85 из 85");
        }
        byte[] pdf = mvc.perform(get("/api/v1/meetings/" + id + "/minutes")
                        .param("format", "PDF")
                        .with(httpBasic("expert", "demo")))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        PdfReader reader = new PdfReader(pdf);
        String firstPage = new PdfTextExtractor(reader).getTextFromPage(1);
        assertThat(firstPage).contains("ПРОТОКОЛ").contains("И. Н. Цецерский");
        assertThat(reader.getNumberOfPages()).isGreaterThan(1);
    }

    @Test
    void aNewMeetingRecordedThroughTheApiGetsItsOwnPressRelease() throws Exception {
        String created = mvc.perform(post("/api/v1/meetings")
                        .with(httpBasic("admin", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"title": "Рабочее совещание по программе «Народный бюджет»", "kind": "IN_PERSON",
                                 "startsAt": "2026-09-03T10:00:00", "place": "Казань",
                                 "chairName": "Ольга Смирнова", "chairPosition": "исполнительный директор ВАРМСУ",
                                 "secretaryName": "Анна Сергеевна Белова"}"""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.secretaryName", org.hamcrest.Matchers.is("Анна Сергеевна Белова")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        int id = JsonPath.read(created, "$.id");
        mvc.perform(post("/api/v1/meetings/" + id + "/participants")
                        .with(httpBasic("admin", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"kind": "PARTNER", "personName": "Пётр Васильев",
                                 "position": "руководитель проектного офиса инициативного бюджетирования", "present": true}"""))
                .andExpect(status().isOk());
        String withItem = mvc.perform(
                        post("/api/v1/meetings/" + id + "/items")
                                .with(httpBasic("admin", "demo"))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"title\": \"О результатах конкурсного отбора проектов инициативного бюджетирования\"}"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        int itemId = JsonPath.read(withItem, "$.items[0].id");
        mvc.perform(post("/api/v1/meetings/" + id + "/items/" + itemId + "/speeches")
                        .with(httpBasic("admin", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"role": "SPEAKER", "personName": "Мария Кузнецова",
                                 "position": "начальник отдела местного самоуправления"}"""))
                .andExpect(status().isOk());
        String withDecision = mvc.perform(post("/api/v1/meetings/" + id + "/items/" + itemId + "/decisions")
                        .with(httpBasic("admin", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\": \"Одобрить перечень проектов-победителей в срок до 15.09.2026\"}"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        int decisionId = JsonPath.read(withDecision, "$.items[0].decisions[0].id");
        mvc.perform(post("/api/v1/meetings/" + id + "/instructions")
                        .with(httpBasic("admin", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"decisionId\": " + decisionId + ", \"text\": \"Опубликовать перечень победителей\","
                                + " \"assigneeName\": \"Проектный офис\", \"deadline\": \"2026-09-30\"}"))
                .andExpect(jsonPath("$.instructions[0].assigneeName", containsString("Проектный офис")));
        String release = mvc.perform(
                        post("/api/v1/meetings/" + id + "/press-release").with(httpBasic("admin", "demo")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String text = JsonPath.read(release, "$.text");
        assertThat(text)
                .contains(
                        "3 сентября 2026 г.",
                        "Рабочее совещание по программе «Народный бюджет»",
                        "Казань",
                        "Пётр Васильев",
                        "Мария Кузнецова",
                        "С докладом выступила",
                        "Вела совещание исполнительный директор ВАРМСУ Ольга Смирнова.",
                        "Ольга Смирнова",
                        "О результатах конкурсного отбора проектов инициативного бюджетирования",
                        "— Одобрить перечень проектов-победителей.\n",
                        "Участникам даны поручения");
        assertThat(text)
                .as("deadlines and those responsible stay in the protocol")
                .doesNotContain("Опубликовать перечень победителей", "Проектный офис", "15.09.2026", "30.09.2026");
        assertThat(text).doesNotContain("Русанов", "Метелев", "Цецерский", "Доброволец", "концессия");
        assertThat((String) JsonPath.read(release, "$.title"))
                .isEqualTo("Состоялось рабочее совещание по программе «Народный бюджет»");
    }

    @Test
    void instructionsGoOverdueAreProposedForTheNextMeetingAndTheResponsibleReportsBack() throws Exception {
        var admin = actors.actor("admin");
        long past = schedule(admin, "Заседание Правления", LocalDateTime.of(2026, 9, 1, 10, 0));
        long item = meetings.addItem(admin, past, new MeetingCommands.NewItem("О сроках кампании", null, null, null));
        long decision = meetings.adoptDecision(admin, past, item, "Уточнить сроки");
        long perm = organizations.councilOf("59").orElseThrow().id();
        long instruction = meetings.assignInstruction(
                admin,
                past,
                decision,
                new MeetingCommands.NewInstruction(
                        "Представить график сбора практик",
                        perm,
                        null,
                        LocalDate.now().minusDays(3)));
        // the register shows the instructions of held meetings to every signed-in user, not those of a draft
        meetings.advance(admin, past, MeetingTypes.State.HELD);
        mvc.perform(get("/api/v1/instructions").param("overdue", "true").with(httpBasic("expert", "demo")))
                .andExpect(jsonPath("$[*].id", hasItem((int) instruction)));
        long next = meetings.schedule(
                admin,
                new MeetingCommands.MeetingDetails(
                        "Следующее заседание",
                        null,
                        LocalDateTime.now().plusDays(10),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null));
        assertThat(queries.proposedFor(next)).extracting(InstructionView::id).contains(instruction);
        meetings.takeUpOverdue(admin, next, instruction);
        assertThat(meetings.meeting(admin, next).items())
                .anyMatch(i -> i.title().contains("Представить график"));
        assertThat(queries.proposedFor(next)).extracting(InstructionView::id).doesNotContain(instruction);

        assertThatThrownBy(() -> meetings.reportBack(
                        actors.actor("tatarstan"), instruction, MeetingTypes.InstructionStatus.DONE, "не наше"))
                .isInstanceOf(AccessDeniedException.class);
        meetings.reportBack(actors.actor("perm"), instruction, MeetingTypes.InstructionStatus.DONE, "График утверждён");
        InstructionView done = queries.instructions(null, null, false).stream()
                .filter(i -> i.id() == instruction)
                .findFirst()
                .orElseThrow();
        assertThat(done.status()).isEqualTo(MeetingTypes.InstructionStatus.DONE);
        assertThat(done.overdue()).isFalse();
        assertThat(done.reportedBy()).isEqualTo("perm");
    }

    @Test
    void materialsAndReportFilesAreRecognisedByContentAndAttachedByThoseResponsible() throws Exception {
        var admin = actors.actor("admin");
        long id = schedule(admin, "Совещание с материалами", LocalDateTime.of(2026, 11, 2, 10, 0));
        long item = meetings.addItem(admin, id, new MeetingCommands.NewItem("О материалах", null, null, null));
        byte[] pdf = "%PDF-1.4\n%%EOF".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(
                                "/api/v1/meetings/" + id + "/items/" + item + "/materials")
                        .file(new org.springframework.mock.web.MockMultipartFile(
                                "file", "презентация.pdf", "application/pdf", pdf))
                        .with(httpBasic("admin", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.fileName", org.hamcrest.Matchers.is("презентация.pdf")));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(
                                "/api/v1/meetings/" + id + "/items/" + item + "/materials")
                        .file(new org.springframework.mock.web.MockMultipartFile(
                                "file", "доклад.docx", "application/octet-stream", new byte[] {'M', 'Z', 0, 0}))
                        .with(httpBasic("admin", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.file", containsString("PDF, DOCX, XLSX, JPG или PNG")));
        long decision = meetings.adoptDecision(admin, id, item, "Собрать отчёты");
        long instruction = meetings.assignInstruction(
                admin,
                id,
                decision,
                new MeetingCommands.NewInstruction(
                        "Прислать отчёт",
                        organizations.councilOf("59").orElseThrow().id(),
                        null,
                        LocalDate.now().plusDays(5)));
        // reports are given on instructions of a meeting that took place (a draft's are the secretariat's alone)
        meetings.advance(admin, id, MeetingTypes.State.HELD);
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(
                                "/api/v1/instructions/" + instruction + "/files")
                        .file(new org.springframework.mock.web.MockMultipartFile(
                                "file", "отчёт.pdf", "application/pdf", pdf))
                        .with(httpBasic("tatarstan", "demo")))
                .andExpect(status().isForbidden());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(
                                "/api/v1/instructions/" + instruction + "/files")
                        .file(new org.springframework.mock.web.MockMultipartFile(
                                "file", "отчёт.pdf", "application/pdf", pdf))
                        .with(httpBasic("perm", "demo")))
                .andExpect(status().isOk());
        assertThat(queries.files(id)).hasSize(2);
    }

    @Test
    void onlyTheSecretariatRecordsAndThePublicSeesPublishedNews() throws Exception {
        mvc.perform(post("/api/v1/meetings")
                        .with(httpBasic("perm", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\": \"Чужое совещание\", \"startsAt\": \"2026-12-01T10:00:00\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/meetings")).andExpect(status().isUnauthorized());
        mvc.perform(get("/news")).andExpect(status().isOk()).andExpect(content().string(containsString("Новости")));
        mvc.perform(get("/news/feed.atom"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<feed xmlns=\"http://www.w3.org/2005/Atom\">")));
        mvc.perform(get("/api/v1/meetings/" + augustMeeting() + "/calendar.ics").with(httpBasic("perm", "demo")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("DTSTART:20200826T080000Z")));
    }

    @Test
    void theMinutesOf2020ReadAsARussianProtocol() throws Exception {
        long id = augustMeeting();
        byte[] docx = documents.minutesDocx(actors.actor("expert"), id);
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target"));
        java.nio.file.Files.write(java.nio.file.Path.of("target/minutes-2020.docx"), docx);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<String> lines = doc.getParagraphs().stream()
                    .map(org.apache.poi.xwpf.usermodel.XWPFParagraph::getText)
                    .toList();
            assertThat(lines.get(0)).isEqualTo("ПРОТОКОЛ № 1");
            assertThat(lines.get(1))
                    .startsWith("всероссийского селекторного рабочего совещания Всероссийской ассоциации развития");
            assertThat(lines.get(2)).as("place left, date right").isEqualTo("Видеоконференция\t26 августа 2020 г.");
            assertThat(lines.get(3)).isEqualTo("Председательствовал: И. Н. Цецерский, председатель Правления ВАРМСУ");
            assertThat(lines)
                    .contains(
                            "Присутствовали:",
                            "ПОВЕСТКА ДНЯ:",
                            "РЕШИЛИ:",
                            "ПОРУЧЕНИЯ:",
                            "Председательствующий\t____________________\tИ. Н. Цецерский",
                            "Секретарь\t____________________\t____________________");
            assertThat(lines)
                    .anyMatch(l -> l.equals("1. Цецерский И. Н., председатель Правления ВАРМСУ."))
                    .anyMatch(l -> l.endsWith(". Игнатьева А., генеральный директор Союза российских городов."))
                    .anyMatch(l -> l.startsWith("Советы муниципальных образований субъектов Российской"
                            + " Федерации: на связи 85 из 85 приглашённых — Республики Адыгея;"))
                    .anyMatch(l -> l.startsWith("СЛУШАЛИ: Русанова А. В. (содоклад) — Пермский край считается"))
                    .anyMatch(l -> l.startsWith("ВЫСТУПИЛИ: Шугрина Е. — в ряде случаев"))
                    .anyMatch(l -> l.startsWith("СЛУШАЛИ: Рыбакова С. — результаты участия"))
                    .anyMatch(l -> l.startsWith("ВЫСТУПИЛИ: Цецерский И. Н. — члены Ассоциации"))
                    .anyMatch(l -> l.startsWith("1.1. Продолжить подготовку доклада"))
                    .anyMatch(l -> l.startsWith("ПОДВЕДЕНИЕ ИТОГОВ: Мазур В., заместитель начальника"));
            assertThat(lines).noneMatch(l -> l.contains("Донецк") || l.contains("Херсонск"));
            org.apache.poi.xwpf.usermodel.XWPFTable table = doc.getTables().get(0);
            assertThat(table.getRow(0).getTableCells())
                    .extracting(org.apache.poi.xwpf.usermodel.XWPFTableCell::getText)
                    .containsExactly("№", "Поручение", "Ответственный", "Срок");
            assertThat(table.getText()).doesNotContain("исполнено", "Состояние", "просрочено");
            List<Integer> widths = table.getCTTbl().getTblGrid().getGridColList().stream()
                    .map(c -> ((java.math.BigInteger) c.getW()).intValue())
                    .toList();
            assertThat(widths.stream().mapToInt(Integer::intValue).sum()).isBetween(9350, 9360);
            assertThat(widths.get(1))
                    .as("the instruction gets the widest column")
                    .isGreaterThan(4000);
            assertThat(widths.get(0)).isLessThan(600);
            assertThat(doc.getFooterList()).hasSize(1);
            assertThat(doc.getFooterList()
                            .get(0)
                            .getParagraphs()
                            .get(0)
                            .getCTP()
                            .xmlText())
                    .contains("PAGE");
        }

        byte[] pdf = documents.minutesPdf(actors.actor("expert"), id);
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target"));
        java.nio.file.Files.write(java.nio.file.Path.of("target/minutes-2020.pdf"), pdf);
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            org.apache.pdfbox.text.PDFTextStripper stripper = new org.apache.pdfbox.text.PDFTextStripper();
            stripper.setSortByPosition(true);
            int pages = doc.getNumberOfPages();
            assertThat(pages).isGreaterThan(1);
            for (int page = 1; page <= pages; page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                List<String> lines = List.of(stripper.getText(doc).strip().split("\\R"));
                assertThat(lines.get(lines.size() - 1).strip())
                        .as("page number")
                        .isEqualTo(String.valueOf(page));
            }
            stripper.setStartPage(1);
            stripper.setEndPage(pages);
            // PDFBox guesses spaces inside words from the glyph spacing; compare without whitespace
            String text = stripper.getText(doc).replaceAll("\\s+", "");
            assertThat(text)
                    .contains("ПРОТОКОЛ№1", "Председательствовал:И.Н.Цецерский", "ПОВЕСТКАДНЯ:")
                    .contains("СЛУШАЛИ:РусановаА.В.(содоклад)", "РЕШИЛИ:", "Секретарь")
                    .contains("Видеоконференция26августа2020г.")
                    .containsPattern("Председательствующий_+И\\.Н\\.Цецерский")
                    .doesNotContain("Состояние", "исполнено");
        }
    }

    @Test
    void thePressReleaseOf2020ReadsAsANewsItem() throws Exception {
        long id = augustMeeting();
        MeetingQueries.PressRelease release = meetings.draftPressRelease(actors.actor("admin"), id);
        assertThat(release.title())
                .isEqualTo("ВАРМСУ провела всероссийское селекторное рабочее совещание с советами муниципальных"
                        + " образований всех регионов");
        assertThat(release.title().split(" ")).hasSizeLessThan(15);
        String text = release.text();
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target"));
        java.nio.file.Files.writeString(
                java.nio.file.Path.of("target/press-release-2020.txt"), release.title() + "\n\n" + text);
        assertThat(text).startsWith("26 августа 2020 г. состоялось Всероссийское селекторное");
        assertThat(text).doesNotContain("Пресс-релиз", " – ", " - ", "–", "\"");
        assertThat(text)
                .contains(
                        "Вёл совещание председатель Правления ВАРМСУ Иван Цецерский.",
                        "Содокладчиком выступил исполнительный директор Ассоциации «Совет муниципальных образований"
                                + " Пермского края» Александр Русанов. Он отметил, что Пермский край считается",
                        "По словам Екатерины Шугриной, в ряде случаев",
                        "По словам Артема Метелева, необходимы сотрудничество",
                        "Он подчеркнул, что заседание носило конструктивный",
                        "вопрос «О презентационных материалах Всероссийского конкурса волонтерских инициатив"
                                + " „Доброволец России“».",
                        "— Продолжить подготовку доклада");
        assertThat(text)
                .as("deadlines and those responsible stay in the protocol")
                .doesNotContain("01.10.2020", "30.11.2020", "срок", "ответственн", "Даны поручения:");
        String[] paragraphs = text.split("\n\n");
        assertThat(paragraphs[paragraphs.length - 1]).startsWith("Пресс-служба ВАРМСУ");
    }

    @Test
    void thePressReleaseFollowsTheGenderTheRecordTellsAndStaysNeutralOtherwise() {
        var admin = actors.actor("admin");
        long id = meetings.schedule(
                admin,
                new MeetingCommands.MeetingDetails(
                        "Семинар",
                        MeetingTypes.Kind.IN_PERSON,
                        LocalDateTime.of(2026, 10, 1, 10, 0),
                        null,
                        null,
                        "Пермь",
                        null,
                        null,
                        "Саша Мазур",
                        "директор",
                        "Мария Ивановна Петрова"));
        long item = meetings.addItem(admin, id, new MeetingCommands.NewItem("О программе", null, null, null));
        meetings.addSpeech(
                admin,
                id,
                item,
                new MeetingCommands.NewSpeech(
                        MeetingTypes.SpeechRole.SPEAKER, "Женя Петровна Кравец", "эксперт", "Программа работает"));
        meetings.addSpeech(
                admin,
                id,
                item,
                new MeetingCommands.NewSpeech(
                        MeetingTypes.SpeechRole.REMARKS, "Саша Мазур", "директор", "Нужно больше участников"));
        String text = meetings.draftPressRelease(admin, id).text();
        assertThat(text)
                .contains(
                        "Председатель совещания — директор Саша Мазур.",
                        "С докладом выступила эксперт Женя Кравец. Она отметила, что программа работает.",
                        "В обсуждении приняли участие: директор Саша Мазур. Как прозвучало в выступлении, нужно"
                                + " больше участников.")
                .doesNotContain("Вёл", "Вела", "Председательствовал");
        String minutes = String.join("\n", paragraphs(documents.minutesDocx(admin, id)));
        assertThat(minutes)
                .contains("Председательствующий: С. Мазур, директор", "СЛУШАЛИ: Кравец Ж. П. — программа работает.")
                .contains("Пермь\t1 октября 2026 г.")
                .contains("Секретарь: М. И. Петрова", "Секретарь\t____________________\tМ. И. Петрова");
    }

    private static List<String> paragraphs(byte[] docx) {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            return doc.getParagraphs().stream()
                    .map(org.apache.poi.xwpf.usermodel.XWPFParagraph::getText)
                    .toList();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theRollCallCountsOnlyTheSubjectsOfTheMeetingsDay() throws Exception {
        var admin = actors.actor("admin");
        MeetingView august = meetings.meeting(admin, augustMeeting());
        List<MeetingView.Participant> councils = august.participants().stream()
                .filter(p -> p.kind() == MeetingTypes.ParticipantKind.COUNCIL)
                .toList();
        assertThat(councils).hasSize(85);
        assertThat(councils).extracting(MeetingView.Participant::regionCode).doesNotContain("80", "81", "84", "85");
        assertThat(councils).extracting(MeetingView.Participant::regionCode).contains("91", "92");
        assertThat(august.councilsPresent()).isEqualTo(85);
        assertThat(territory.regionsOn(LocalDate.of(2014, 3, 17))).hasSize(83);
        assertThat(territory.regionsOn(LocalDate.of(2014, 3, 18))).hasSize(85);
        assertThat(territory.regionsOn(LocalDate.of(2022, 9, 29))).hasSize(85);
        assertThat(territory.regionsOn(LocalDate.of(2022, 9, 30))).hasSize(89);
        assertThat(territory.requireRegion("80").subjectSince()).isEqualTo(LocalDate.of(2022, 9, 30));
        assertThat(territory.requireRegion("92").subjectSince()).isEqualTo(LocalDate.of(2014, 3, 18));

        long before = schedule(admin, "Совещание накануне", LocalDateTime.of(2014, 3, 17, 10, 0));
        assertThat(meetings.inviteAllCouncils(admin, before)).isEqualTo(83);
        amendDate(admin, before, LocalDateTime.of(2022, 9, 30, 10, 0));
        assertThat(meetings.inviteAllCouncils(admin, before))
                .as("the six later subjects join")
                .isEqualTo(6);
        amendDate(admin, before, LocalDateTime.of(2021, 6, 1, 10, 0));
        assertThat(meetings.meeting(admin, before).participants())
                .as("moved before 30.09.2022: the four later councils leave the roll call")
                .hasSize(85);
        mvc.perform(get("/meetings/" + before).with(actors.as("admin")))
                .andExpect(content().string(containsString("На связи советов: 0 из 85")))
                .andExpect(content().string(containsString("На 01.06.2021 субъектов Российской Федерации: 85")));

        long donetsk = organizations.councilOf("80").orElseThrow().id();
        mvc.perform(post("/api/v1/meetings/" + before + "/participants")
                        .with(httpBasic("admin", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\": \"COUNCIL\", \"organizationId\": " + donetsk + "}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.organizationId", containsString("с 30.09.2022")));
        long later = schedule(admin, "Совещание для протокола", LocalDateTime.of(2019, 5, 20, 10, 0));
        assertThat(queries.minutesNumber(later)).isEqualTo(1);
        meetings.advance(admin, later, MeetingTypes.State.HELD);
        meetings.advance(admin, later, MeetingTypes.State.CLOSED);
        schedule(admin, "Совещание, внесённое позже", LocalDateTime.of(2019, 2, 1, 10, 0));
        assertThat(queries.minutesNumber(later))
                .as("a closed protocol keeps its number")
                .isEqualTo(1);
        long after = schedule(admin, "Совещание после договоров", LocalDateTime.of(2022, 10, 3, 10, 0));
        assertThat(meetings.inviteAllCouncils(admin, after)).isEqualTo(89);
    }

    @Test
    void aClosedMeetingRefusesChangesAndItsPageSaysItIsReadOnly() throws Exception {
        var admin = actors.actor("admin");
        long id = augustMeeting();
        MeetingView m = meetings.meeting(admin, id);
        assertThat(m.state()).isEqualTo(MeetingTypes.State.CLOSED);
        long item = m.items().get(0).id();
        List<org.assertj.core.api.ThrowableAssert.ThrowingCallable> writes = List.of(
                () -> meetings.addItem(admin, id, new MeetingCommands.NewItem("Ещё вопрос", null, null, null)),
                () -> meetings.addSpeech(
                        admin, id, item, new MeetingCommands.NewSpeech(null, "Иван Петров", null, null)),
                () -> meetings.adoptDecision(admin, id, item, "Ещё решение"),
                () -> meetings.assignInstruction(
                        admin,
                        id,
                        null,
                        new MeetingCommands.NewInstruction("Ещё поручение", null, "ВАРМСУ", LocalDate.now())),
                () -> meetings.recordClosing(admin, id, new MeetingCommands.Closing("Иван Петров", null, "Итоги")),
                () -> meetings.inviteAllCouncils(admin, id),
                () -> meetings.markPresence(admin, id, m.participants().get(0).id(), false, null, null),
                () -> meetings.addParticipant(
                        admin,
                        id,
                        new MeetingCommands.NewParticipant(
                                MeetingTypes.ParticipantKind.OTHER, null, null, null, "Иван Петров", null, true)),
                () -> meetings.amend(
                        admin,
                        id,
                        new MeetingCommands.MeetingDetails(
                                "Другое название",
                                null,
                                LocalDateTime.of(2020, 8, 26, 11, 0),
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null)));
        for (var write : writes) {
            assertThatThrownBy(write)
                    .isInstanceOf(ru.praktika.shared.ConflictException.class)
                    .hasMessageStartingWith("Совещание закрыто");
        }
        mvc.perform(post("/api/v1/meetings/" + id + "/items")
                        .with(httpBasic("admin", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\": \"Ещё вопрос\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("Совещание закрыто")));
        assertThat(meetings.meeting(admin, id).items()).hasSize(m.items().size());

        String page = mvc.perform(get("/meetings/" + id).with(actors.as("admin")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        java.nio.file.Files.writeString(java.nio.file.Path.of("target/closed-meeting.html"), page);
        assertThat(page)
                .contains("id=\"closed-notice\"", "Совещание закрыто, запись только для чтения.")
                .doesNotContain(
                        "id=\"add-item\"",
                        "id=\"invite-all\"",
                        "id=\"save-roll-call\"",
                        "name=\"closingRemarks\"",
                        "instruction-form",
                        "/materials\"",
                        "Записать выступление")
                .contains("id=\"draft-press\"")
                .as("the map's note lists only subjects of the meeting's day")
                .doesNotContain("Донецкая Народная Республика");
        String held = mvc.perform(get("/meetings/" + schedule(admin, "Открытое совещание", LocalDateTime.now()))
                        .with(actors.as("admin")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(held).doesNotContain("closed-notice").contains("id=\"add-item\"", "id=\"invite-all\"");
    }

    private void amendDate(ru.praktika.shared.Actor actor, long id, LocalDateTime startsAt) {
        MeetingView m = meetings.meeting(actor, id);
        meetings.amend(
                actor,
                id,
                new MeetingCommands.MeetingDetails(
                        m.title(), m.kind(), startsAt, m.timeZone(), null, null, null, null, null, null));
    }

    /** A meeting with only a title and a start; the rest is filled later or not at all. */
    private long schedule(ru.praktika.shared.Actor actor, String title, LocalDateTime startsAt) {
        return meetings.schedule(
                actor,
                new MeetingCommands.MeetingDetails(title, null, startsAt, null, null, null, null, null, null, null));
    }
}
