package ru.praktika.vote.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import ru.praktika.shared.CurrentActor;
import ru.praktika.shared.NotFoundException;
import ru.praktika.vote.NewVote;
import ru.praktika.vote.VoteTypes;
import ru.praktika.vote.VoteView;
import ru.praktika.vote.domain.Ballots;
import ru.praktika.vote.domain.VoteResults;
import ru.praktika.vote.domain.Votes;

/** The votes' JSON API: the same services and permissions as the pages. */
@RestController
@RequestMapping("/api/v1/votes")
@Tag(
        name = "Голосования",
        description = "Голосования членов ассоциации: варианты с изображениями, бюллетени советов (поимённые и"
                + " тайные), доверенности, кворум, итоги, протокол")
@ApiResponse(responseCode = "401", description = "Нужен вход", content = @Content)
class VoteRestController {

    private final Votes votes;
    private final Ballots ballots;
    private final VoteResults results;

    VoteRestController(Votes votes, Ballots ballots, VoteResults results) {
        this.votes = votes;
        this.ballots = ballots;
        this.results = results;
    }

    record Settings(
            String question,
            String description,
            VoteTypes.Kind kind,
            Integer maxChoices,
            Boolean secret,
            VoteTypes.Quorum quorum,
            VoteTypes.Majority majority,
            OffsetDateTime opensAt,
            OffsetDateTime closesAt,
            List<String> options,
            Long version) {

        NewVote toNewVote() {
            return new NewVote(
                    question, description, kind, maxChoices, secret, quorum, majority, opensAt, closesAt, options);
        }
    }

    record Option(String label) {}

    record Ballot(Long council, List<Long> choices, String receipt) {}

    record Proxy(Long holderId) {}

    @GetMapping
    @Operation(summary = "Голосования: открытые, предстоящие, завершённые (черновики — только секретариату)")
    List<VoteView> list() {
        return votes.votes(CurrentActor.get());
    }

    @PostMapping
    @Operation(summary = "Создать голосование (черновик) с вариантами ответа (секретариат)")
    @ApiResponse(responseCode = "201", description = "Создано")
    @ApiResponse(responseCode = "400", description = "Поля заполнены с ошибками", content = @Content)
    @ApiResponse(responseCode = "403", description = "Только секретариат", content = @Content)
    ResponseEntity<VoteView> create(@RequestBody Settings body) {
        long id = votes.create(CurrentActor.get(), body == null ? empty() : body.toNewVote());
        return ResponseEntity.created(URI.create("/api/v1/votes/" + id)).body(votes.vote(CurrentActor.get(), id));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Голосование: вопрос, правила, варианты, явка; цифры вариантов — после завершения")
    @ApiResponse(responseCode = "404", description = "Нет такого (или черновик не секретариату)", content = @Content)
    VoteView vote(@PathVariable long id) {
        return votes.vote(CurrentActor.get(), id);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Изменить черновик голосования: вопрос, правила, сроки (секретариат, до открытия)")
    @ApiResponse(responseCode = "400", description = "Поля заполнены с ошибками", content = @Content)
    @ApiResponse(responseCode = "403", description = "Только секретариат", content = @Content)
    @ApiResponse(responseCode = "409", description = "Уже открыто или изменено другим", content = @Content)
    VoteView amend(@PathVariable long id, @RequestBody Settings body) {
        Settings s = body == null ? new Settings(null, null, null, null, null, null, null, null, null, null, 0L) : body;
        votes.amend(CurrentActor.get(), id, s.toNewVote(), s.version() == null ? -1 : s.version());
        return votes.vote(CurrentActor.get(), id);
    }

    @PostMapping("/{id}/options")
    @Operation(summary = "Добавить вариант ответа (секретариат, до открытия)")
    @ApiResponse(responseCode = "400", description = "Пустой или длинный вариант", content = @Content)
    @ApiResponse(responseCode = "403", description = "Только секретариат", content = @Content)
    @ApiResponse(responseCode = "409", description = "Уже открыто", content = @Content)
    VoteView addOption(@PathVariable long id, @RequestBody Option body) {
        votes.addOption(CurrentActor.get(), id, body == null ? null : body.label());
        return votes.vote(CurrentActor.get(), id);
    }

    @DeleteMapping("/{id}/options/{optionId}")
    @Operation(summary = "Убрать вариант ответа (секретариат, до открытия)")
    @ApiResponse(responseCode = "403", description = "Только секретариат", content = @Content)
    @ApiResponse(responseCode = "409", description = "Уже открыто", content = @Content)
    VoteView removeOption(@PathVariable long id, @PathVariable long optionId) {
        votes.removeOption(CurrentActor.get(), id, optionId);
        return votes.vote(CurrentActor.get(), id);
    }

    @PostMapping(value = "/{id}/options/{optionId}/image", consumes = "multipart/form-data")
    @Operation(summary = "Изображение варианта: PNG, JPG или SVG без скриптов, до 2 МБ (секретариат, до открытия)")
    @ApiResponse(
            responseCode = "400",
            description = "Не PNG/JPG/SVG, небезопасный SVG или больше 2 МБ",
            content = @Content)
    @ApiResponse(responseCode = "403", description = "Только секретариат", content = @Content)
    @ApiResponse(responseCode = "409", description = "Уже открыто", content = @Content)
    VoteView attachImage(@PathVariable long id, @PathVariable long optionId, @RequestPart("file") MultipartFile file)
            throws IOException {
        votes.attachImage(CurrentActor.get(), id, optionId, file.getBytes());
        return votes.vote(CurrentActor.get(), id);
    }

    @GetMapping("/{id}/options/{optionId}/image")
    @Operation(summary = "Изображение варианта (SVG — с Content-Security-Policy: sandbox)")
    @ApiResponse(responseCode = "404", description = "Нет изображения", content = @Content)
    ResponseEntity<byte[]> image(@PathVariable long id, @PathVariable long optionId) {
        return VotePageController.imageResponse(votes.image(CurrentActor.get(), id, optionId));
    }

    @PostMapping("/{id}/actions/{action}")
    @Operation(summary = "Открыть (open) или завершить (close) голосование; завершение подводит итог (секретариат)")
    @ApiResponse(responseCode = "400", description = "Мало вариантов, время прошло", content = @Content)
    @ApiResponse(responseCode = "403", description = "Только секретариат", content = @Content)
    @ApiResponse(responseCode = "409", description = "Не в том состоянии", content = @Content)
    VoteView act(@PathVariable long id, @PathVariable String action) {
        switch (action) {
            case "open" -> votes.open(CurrentActor.get(), id);
            case "close" -> votes.close(CurrentActor.get(), id);
            default -> throw new NotFoundException("Действия «" + action + "» нет: open или close");
        }
        return votes.vote(CurrentActor.get(), id);
    }

    @PostMapping("/{id}/ballots")
    @Operation(
            summary = "Бюллетень совета (региональный оператор): подать или изменить; council — совет, давший"
                    + " доверенность; receipt — код изменения тайного бюллетеня (выдаётся один раз)")
    @ApiResponse(responseCode = "400", description = "Выбор не по правилам голосования", content = @Content)
    @ApiResponse(responseCode = "403", description = "Совет не голосует или нет доверенности", content = @Content)
    @ApiResponse(
            responseCode = "409",
            description = "Голосование закрыто; нужен код; голос передан",
            content = @Content)
    Ballots.Cast cast(@PathVariable long id, @RequestBody Ballot body) {
        Ballot b = body == null ? new Ballot(null, null, null) : body;
        return ballots.cast(CurrentActor.get(), id, b.council(), b.choices(), b.receipt());
    }

    @GetMapping("/{id}/ballots/mine")
    @Operation(summary = "Учтён ли бюллетень моего совета, доверенности выданные и полученные")
    @ApiResponse(
            responseCode = "404",
            description = "Нет такого голосования или вы не голосуете за совет",
            content = @Content)
    Ballots.Standing mine(@PathVariable long id) {
        return ballots.standing(CurrentActor.get(), id)
                .orElseThrow(() -> new NotFoundException("Вы не голосуете от имени совета"));
    }

    @PostMapping("/{id}/proxies")
    @Operation(summary = "Передать голос своего совета другому совету на это голосование (региональный оператор)")
    @ApiResponse(responseCode = "400", description = "Совет не участвует", content = @Content)
    @ApiResponse(responseCode = "403", description = "Ваш совет не голосует", content = @Content)
    @ApiResponse(responseCode = "409", description = "Уже проголосовали, цепочка, уже выдана", content = @Content)
    Map<String, Object> giveProxy(@PathVariable long id, @RequestBody Proxy body) {
        Long holder = body == null ? null : body.holderId();
        ballots.giveProxy(CurrentActor.get(), id, holder);
        return Map.of("holderId", holder);
    }

    @DeleteMapping("/{id}/proxies/mine")
    @Operation(summary = "Отозвать доверенность своего совета, пока по ней не проголосовали")
    @ApiResponse(responseCode = "403", description = "Ваш совет не голосует", content = @Content)
    @ApiResponse(responseCode = "409", description = "Нет доверенности или по ней проголосовали", content = @Content)
    ResponseEntity<Void> revokeProxy(@PathVariable long id) {
        ballots.revokeProxy(CurrentActor.get(), id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/result")
    @Operation(
            summary = "Итоги: явка по федеральным округам; после завершения — голоса, принятые варианты, решение,"
                    + " поимённый список (только для открытого голосования)")
    @ApiResponse(responseCode = "404", description = "Нет такого голосования", content = @Content)
    VoteResults.Result result(@PathVariable long id) {
        return results.result(CurrentActor.get(), id);
    }

    @GetMapping("/{id}/protocol")
    @Operation(summary = "Протокол голосования, format=DOCX или PDF (после завершения)")
    @ApiResponse(responseCode = "404", description = "Нет такого голосования", content = @Content)
    @ApiResponse(responseCode = "409", description = "Голосование ещё не завершено", content = @Content)
    ResponseEntity<byte[]> protocol(@PathVariable long id, @RequestParam(defaultValue = "PDF") String format) {
        return VotePageController.protocolResponse(results, id, format);
    }

    private static NewVote empty() {
        return new NewVote(null, null, null, null, null, null, null, null, null, null);
    }
}
