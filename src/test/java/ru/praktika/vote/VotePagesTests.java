package ru.praktika.vote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import ru.praktika.meeting.MeetingView;
import ru.praktika.meeting.domain.MeetingService;
import ru.praktika.support.PraktikaTest;
import ru.praktika.support.TestActors;
import ru.praktika.vote.domain.Votes;

@PraktikaTest
class VotePagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestActors actors;

    @Autowired
    VoteApi api;

    @Autowired
    Votes votes;

    @Autowired
    MeetingService meetings;

    String page(String user, String url) throws Exception {
        MvcResult r = mvc.perform(get(url).with(actors.as(user))).andReturn();
        assertThat(r.getResponse().getStatus()).as(url).isEqualTo(200);
        return r.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void theDemoSymbolsVotesAreClosedWithAResultAndTheMeetingCarriesThemAsDecisions() throws Exception {
        long emblem = api.demoVote("symbols-emblem-2020").orElseThrow();
        VoteView v = api.vote(emblem).orElseThrow();
        assertThat(v.closed()).isTrue();
        assertThat(v.electorateSize()).isEqualTo(85);
        assertThat(v.ballotsCast()).isEqualTo(71);
        assertThat(v.outcome())
                .isEqualTo("По итогам голосования (кворум есть: проголосовали 71 из 85 советов) принято:"
                        + " «Круг из 89 точек» (38 голосов)");
        String list = page("perm", "/votes");
        assertThat(list).contains("Эмблема Ассоциации", "Слоган Ассоциации", "Завершённые");
        String page = page("perm", "/votes/" + emblem);
        assertThat(page)
                .contains(
                        "Круг из 89 точек",
                        "Поимённые результаты",
                        "Явка по федеральным округам",
                        "Протокол PDF",
                        "Приволжский");
        long slogan = api.demoVote("symbols-slogan-2020").orElseThrow();
        String secret = page("tatarstan", "/votes/" + slogan);
        assertThat(secret).contains("Сильные муниципалитеты — сильная Россия").doesNotContain("Поимённые результаты");
        MeetingView august = meetings.meetings(actors.actor("admin")).stream()
                .filter(m -> m.startsAt().getYear() == 2020)
                .map(m -> meetings.meeting(actors.actor("admin"), m.id()))
                .findFirst()
                .orElseThrow();
        assertThat(august.items().stream()
                        .filter(i -> i.title().startsWith("О символике"))
                        .flatMap(i -> i.decisions().stream())
                        .map(MeetingView.Decision::text))
                .anyMatch(t -> t.contains("«Круг из 89 точек» (38 голосов)"))
                .anyMatch(t -> t.contains("«Сильные муниципалитеты — сильная Россия»"));
        assertThat(page("perm", "/meetings/" + august.id())).contains("Эмблема Ассоциации");
    }

    @Test
    void theProtocolComesAsPdfAndDocxAndTheImageIsSandboxed() throws Exception {
        long emblem = api.demoVote("symbols-emblem-2020").orElseThrow();
        MvcResult pdf = mvc.perform(get("/votes/" + emblem + "/protocol.pdf").with(actors.as("expert")))
                .andReturn();
        assertThat(pdf.getResponse().getStatus()).isEqualTo(200);
        assertThat(pdf.getResponse().getContentAsByteArray()).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/vote-protocol.pdf"), pdf.getResponse().getContentAsByteArray());
        MvcResult docx = mvc.perform(get("/votes/" + emblem + "/protocol.docx").with(actors.as("perm")))
                .andReturn();
        assertThat(docx.getResponse().getContentAsByteArray()).startsWith("PK".getBytes(StandardCharsets.US_ASCII));
        long option = api.vote(emblem).orElseThrow().options().get(0).id();
        MvcResult image = mvc.perform(get("/votes/" + emblem + "/options/" + option + "/image")
                        .with(actors.as("perm")))
                .andReturn();
        assertThat(image.getResponse().getContentType()).isEqualTo("image/svg+xml");
        assertThat(image.getResponse().getHeader("Content-Security-Policy")).contains("sandbox");
    }

    @Test
    void badInputKeepsWhatWasTypedAndTheSecretariatAloneMakesVotes() throws Exception {
        MvcResult r = mvc.perform(post("/votes")
                        .with(actors.as("admin"))
                        .with(csrf())
                        .param("question", "")
                        .param("options", "Первый вариант\nВторой")
                        .param("closesAt", "31.02.2026 18:00"))
                .andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        assertThat(r.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("Дата и время — в виде дд.мм.гггг чч:мм", "Первый вариант");
        assertThat(mvc.perform(get("/votes/new").with(actors.as("perm")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(mvc.perform(get("/votes")).andReturn().getResponse().getStatus())
                .isEqualTo(302);
    }

    @Test
    void anUnsafeSvgIsRefusedWithARussianMessageAndNothingChanges() throws Exception {
        long id = votes.create(
                actors.actor("admin"),
                NewVote.of("Логотип", OffsetDateTime.now().plusDays(1), List.of("Синий", "Красный")));
        long option = votes.vote(actors.actor("admin"), id).options().get(0).id();
        byte[] bad = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
                .getBytes(StandardCharsets.UTF_8);
        mvc.perform(multipart("/votes/" + id + "/options/" + option + "/image")
                        .file(new MockMultipartFile("file", "logo.svg", "image/svg+xml", bad))
                        .with(actors.as("admin"))
                        .with(csrf()))
                .andReturn();
        assertThat(votes.vote(actors.actor("admin"), id).options().get(0).hasImage())
                .isFalse();
        String page = page("admin", "/votes/" + id);
        assertThat(page).contains("Открыть голосование", "Загрузить изображение");
    }

    @Test
    void theSecretariatChangesADraftsSettingsAndAnOpenVoteNoLonger() throws Exception {
        long id = votes.create(
                actors.actor("admin"),
                NewVote.of("Логотипы", OffsetDateTime.now().plusDays(1), List.of("Синий", "Красный", "Зелёный")));
        assertThat(page("admin", "/votes/" + id + "/edit")).contains("Логотипы", "Окончание (МСК)");
        mvc.perform(post("/votes/" + id + "/settings")
                        .with(actors.as("admin"))
                        .with(csrf())
                        .param("version", "0")
                        .param("question", "Логотипы Ассоциации")
                        .param("kind", "MULTIPLE")
                        .param("maxChoices", "2")
                        .param("secret", "on")
                        .param("quorum", "TWO_THIRDS")
                        .param("majority", "SIMPLE")
                        .param("closesAt", "01.12.2099 18:00"))
                .andReturn();
        VoteView v = votes.vote(actors.actor("admin"), id);
        assertThat(v.question()).isEqualTo("Логотипы Ассоциации");
        assertThat(v.kind()).isEqualTo(VoteTypes.Kind.MULTIPLE);
        assertThat(v.secret()).isTrue();
        assertThat(v.quorum()).isEqualTo(VoteTypes.Quorum.TWO_THIRDS);
        assertThat(mvc.perform(get("/votes/" + id + "/edit").with(actors.as("perm")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        votes.open(actors.actor("admin"), id);
        assertThat(mvc.perform(get("/votes/" + id + "/edit").with(actors.as("admin")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(409);
    }

    @Test
    void aCouncilRanksOnThePageAndASecretBallotShowsItsCodeOnce() throws Exception {
        long ranking = votes.create(
                actors.actor("admin"),
                new NewVote(
                        "Порядок слоганов",
                        null,
                        VoteTypes.Kind.RANKING,
                        null,
                        true,
                        null,
                        null,
                        null,
                        OffsetDateTime.now().plusDays(1),
                        List.of("Первый", "Второй", "Третий")));
        votes.open(actors.actor("admin"), ranking);
        List<VoteView.Option> o = votes.vote(actors.actor("admin"), ranking).options();
        assertThat(page("perm", "/votes/" + ranking)).contains("Расставьте варианты по местам");
        MvcResult cast = mvc.perform(post("/votes/" + ranking + "/ballot")
                        .with(actors.as("perm"))
                        .with(csrf())
                        .param("rank_" + o.get(2).id(), "1")
                        .param("rank_" + o.get(0).id(), "2")
                        .param("rank_" + o.get(1).id(), ""))
                .andReturn();
        String code = (String) cast.getFlashMap().get("receipt");
        assertThat(code).matches("[A-Z2-9]{4}(-[A-Z2-9]{4}){3}");
        assertThat(cast.getFlashMap().get("notice")).isEqualTo("votes.ballotCounted");
        // the code goes to the next page only (a flash attribute) and is never stored: a later visit lacks it
        assertThat(page("perm", "/votes/" + ranking)).doesNotContain(code).contains("Код бюллетеня");
        // two places for one option are refused with a Russian message
        MvcResult twice = mvc.perform(post("/votes/" + ranking + "/ballot")
                        .with(actors.as("tatarstan"))
                        .with(csrf())
                        .param("rank_" + o.get(0).id(), "1")
                        .param("rank_" + o.get(1).id(), "1"))
                .andReturn();
        assertThat(twice.getFlashMap().get("problem")).isEqualTo("Каждое место можно отдать только одному варианту");
        votes.close(actors.actor("admin"), ranking);
        VoteView closed = votes.vote(actors.actor("admin"), ranking);
        // Borda with 3 options: first place 2 points, second 1
        assertThat(closed.options()).extracting(VoteView.Option::points).containsExactly(1, 0, 2);
    }
}
