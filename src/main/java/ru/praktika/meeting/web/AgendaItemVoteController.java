package ru.praktika.meeting.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.praktika.meeting.domain.AgendaItemVotes;
import ru.praktika.shared.ConflictException;
import ru.praktika.shared.CurrentActor;
import ru.praktika.shared.InvalidRequestException;

/** «Поставить на голосование» on an agenda item: the page's button and its API twin (ADR 0018). */
@Controller
@Tag(name = "Совещания", description = "Совещания, перекличка, повестка, решения, поручения, протокол, пресс-релиз")
class AgendaItemVoteController {

    private final AgendaItemVotes itemVotes;

    AgendaItemVoteController(AgendaItemVotes itemVotes) {
        this.itemVotes = itemVotes;
    }

    @PostMapping("/meetings/{id}/items/{itemId}/vote")
    String putToVote(@PathVariable long id, @PathVariable long itemId, RedirectAttributes redirect) {
        try {
            long vote = itemVotes.putToVote(CurrentActor.get(), id, itemId);
            redirect.addFlashAttribute("notice", "votes.createdFromMeeting");
            return "redirect:/votes/" + vote;
        } catch (InvalidRequestException | ConflictException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
            return "redirect:/meetings/" + id;
        }
    }

    @PostMapping("/api/v1/meetings/{id}/items/{itemId}/vote")
    @ResponseBody
    @Operation(
            summary = "Поставить вопрос повестки на голосование советов — участников совещания (секретариат):"
                    + " черновик голосования, итог которого станет решением по вопросу")
    @ApiResponse(responseCode = "201", description = "Голосование создано (черновик)")
    @ApiResponse(responseCode = "400", description = "На совещании нет советов", content = @Content)
    @ApiResponse(responseCode = "401", description = "Нужен вход", content = @Content)
    @ApiResponse(responseCode = "403", description = "Только секретариат", content = @Content)
    @ApiResponse(responseCode = "404", description = "Нет такого совещания или вопроса", content = @Content)
    @ApiResponse(responseCode = "409", description = "Совещание закрыто", content = @Content)
    ResponseEntity<Map<String, Long>> putToVoteApi(@PathVariable long id, @PathVariable long itemId) {
        long vote = itemVotes.putToVote(CurrentActor.get(), id, itemId);
        return ResponseEntity.created(URI.create("/api/v1/votes/" + vote)).body(Map.of("voteId", vote));
    }
}
