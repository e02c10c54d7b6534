package ru.praktika.vote.web;

import java.io.IOException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.praktika.shared.Actor;
import ru.praktika.shared.ConflictException;
import ru.praktika.shared.CurrentActor;
import ru.praktika.shared.InvalidRequestException;
import ru.praktika.shared.OfficeDocument;
import ru.praktika.shared.web.FileResponses;
import ru.praktika.shared.web.FormActions;
import ru.praktika.territory.RegionMap;
import ru.praktika.territory.TerritoryApi;
import ru.praktika.vote.NewVote;
import ru.praktika.vote.VoteTypes;
import ru.praktika.vote.VoteView;
import ru.praktika.vote.domain.Ballots;
import ru.praktika.vote.domain.VoteQueries;
import ru.praktika.vote.domain.VoteResults;
import ru.praktika.vote.domain.Votes;

/** The votes' pages: the list, the secretariat's new vote, a vote with its ballot form, proxies and results. */
@Controller
class VotePageController {

    static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    static final DateTimeFormatter TYPED =
            DateTimeFormatter.ofPattern("d.M.uuuu H:mm").withResolverStyle(java.time.format.ResolverStyle.STRICT);
    static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private final Votes votes;
    private final Ballots ballots;
    private final VoteResults results;
    private final TerritoryApi territory;
    private final RegionMap map;

    VotePageController(Votes votes, Ballots ballots, VoteResults results, TerritoryApi territory, RegionMap map) {
        this.votes = votes;
        this.ballots = ballots;
        this.results = results;
        this.territory = territory;
        this.map = map;
    }

    @GetMapping("/votes")
    String list(Model model) {
        Actor actor = CurrentActor.get();
        Map<VoteTypes.State, List<VoteView>> byState = new LinkedHashMap<>();
        for (VoteTypes.State s : List.of(
                VoteTypes.State.OPEN, VoteTypes.State.SCHEDULED, VoteTypes.State.DRAFT, VoteTypes.State.CLOSED)) {
            byState.put(s, new ArrayList<>());
        }
        votes.votes(actor).forEach(v -> byState.get(v.state()).add(v));
        model.addAttribute("groups", byState);
        model.addAttribute("none", byState.values().stream().allMatch(List::isEmpty));
        model.addAttribute("canManage", Votes.canManage(actor));
        return "vote/list";
    }

    @GetMapping("/votes/new")
    String newVote(Model model) {
        if (!Votes.canManage(CurrentActor.get())) {
            throw new ru.praktika.shared.AccessDeniedException("Голосования готовит секретариат ассоциации");
        }
        Map<String, String> typed = new HashMap<>();
        typed.put(
                "closesAt",
                LocalDateTime.now(MOSCOW).plusDays(7).withHour(18).withMinute(0).format(SHOWN));
        typed.put("kind", "SINGLE");
        typed.put("quorum", "MORE_THAN_HALF");
        typed.put("majority", "RELATIVE");
        typed.put("maxChoices", "2");
        return form(model, typed, Map.of());
    }

    private String form(Model model, Map<String, String> typed, Map<String, String> errors) {
        for (String field : List.of(
                "question",
                "description",
                "options",
                "kind",
                "maxChoices",
                "secret",
                "quorum",
                "majority",
                "opensAt",
                "closesAt")) {
            typed.putIfAbsent(field, "");
        }
        model.addAttribute("typed", typed);
        model.addAttribute("fieldErrors", errors);
        model.addAttribute("kinds", VoteTypes.Kind.values());
        model.addAttribute("quorums", VoteTypes.Quorum.values());
        model.addAttribute("majorities", VoteTypes.Majority.values());
        return "vote/new";
    }

    /** The settings of a draft, on the same form as a new vote (the options are edited on the vote's page). */
    @GetMapping("/votes/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        VoteView v = votes.vote(CurrentActor.get(), id);
        if (!Votes.canManage(CurrentActor.get()) || v.state() != VoteTypes.State.DRAFT) {
            throw new ConflictException("Изменить можно только черновик голосования");
        }
        Map<String, String> typed = new HashMap<>();
        typed.put("question", v.question());
        typed.put("description", v.description() == null ? "" : v.description());
        typed.put("kind", v.kind().name());
        typed.put("maxChoices", String.valueOf(Math.max(2, v.maxChoices())));
        typed.put("secret", v.secret() ? "on" : "");
        typed.put("quorum", v.quorum().name());
        typed.put("majority", v.majority().name());
        typed.put(
                "opensAt",
                v.opensAt() == null ? "" : v.opensAt().atZoneSameInstant(MOSCOW).format(SHOWN));
        typed.put("closesAt", v.closesAt().atZoneSameInstant(MOSCOW).format(SHOWN));
        typed.put("version", String.valueOf(v.version()));
        model.addAttribute("editing", v);
        return form(model, typed, Map.of());
    }

    @PostMapping("/votes/{id}/settings")
    String amend(
            @PathVariable long id, @RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        Map<String, String> typed = new HashMap<>(params);
        typed.remove("_csrf");
        try {
            long version = Long.parseLong(params.getOrDefault("version", "-1"));
            votes.amend(CurrentActor.get(), id, newVote(params), version);
            redirect.addFlashAttribute("notice", "votes.saved");
            return "redirect:/votes/" + id;
        } catch (InvalidRequestException | NumberFormatException e) {
            model.addAttribute(
                    "problem", e instanceof InvalidRequestException ? e.getMessage() : "Откройте форму заново");
            model.addAttribute("editing", votes.vote(CurrentActor.get(), id));
            return form(model, typed, e instanceof InvalidRequestException invalid ? invalid.errors() : Map.of());
        } catch (ConflictException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
            return "redirect:/votes/" + id;
        }
    }

    @PostMapping("/votes")
    String create(@RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        Map<String, String> typed = new HashMap<>(params);
        typed.remove("_csrf");
        try {
            long id = votes.create(CurrentActor.get(), newVote(params));
            redirect.addFlashAttribute("notice", "votes.created");
            return "redirect:/votes/" + id;
        } catch (InvalidRequestException e) {
            model.addAttribute("problem", e.getMessage());
            return form(model, typed, e.errors());
        }
    }

    static NewVote newVote(Map<String, String> p) {
        Map<String, String> errors = new LinkedHashMap<>();
        OffsetDateTime opens = when(p.get("opensAt"), "opensAt", errors);
        OffsetDateTime closes = when(p.get("closesAt"), "closesAt", errors);
        Integer max = null;
        String maxText = p.getOrDefault("maxChoices", "").strip();
        if (!maxText.isEmpty()) {
            try {
                max = Integer.parseInt(maxText);
            } catch (NumberFormatException e) {
                errors.put("maxChoices", "Число вариантов — целое число");
            }
        }
        if (!errors.isEmpty()) {
            throw InvalidRequestException.ofFields(errors);
        }
        List<String> options = p.getOrDefault("options", "")
                .lines()
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
        return new NewVote(
                p.get("question"),
                p.get("description"),
                ru.praktika.shared.Texts.enumOrNull(VoteTypes.Kind.class, p.get("kind")),
                max,
                "on".equals(p.get("secret")) || "true".equals(p.get("secret")),
                ru.praktika.shared.Texts.enumOrNull(VoteTypes.Quorum.class, p.get("quorum")),
                ru.praktika.shared.Texts.enumOrNull(VoteTypes.Majority.class, p.get("majority")),
                opens,
                closes,
                options);
    }

    /** «07.12.2026 18:00» Moscow time as typed; blank is null; a Russian message beside the field otherwise. */
    static OffsetDateTime when(String text, String field, Map<String, String> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(text.strip().replace('T', ' ').replaceAll("(\\d)[.](\\d{2})$", "$1:$2"), TYPED)
                    .atZone(MOSCOW)
                    .toOffsetDateTime();
        } catch (DateTimeParseException e) {
            errors.put(field, "Дата и время — в виде дд.мм.гггг чч:мм");
            return null;
        }
    }

    @GetMapping("/votes/{id}")
    String vote(@PathVariable long id, Model model) {
        Actor actor = CurrentActor.get();
        VoteResults.Result r = results.result(actor, id);
        VoteView v = r.vote();
        model.addAttribute("vote", v);
        model.addAttribute("result", r);
        model.addAttribute("canManage", Votes.canManage(actor));
        model.addAttribute("standing", ballots.standing(actor, id).orElse(null));
        model.addAttribute(
                "opensAt",
                v.opensAt() == null
                        ? null
                        : v.opensAt().atZoneSameInstant(MOSCOW).format(SHOWN));
        model.addAttribute("closesAt", v.closesAt().atZoneSameInstant(MOSCOW).format(SHOWN));
        model.addAttribute("rules", VoteWords.rules(v));
        model.addAttribute(
                "maxVotes",
                v.options().stream()
                        .mapToInt(o -> v.kind() == VoteTypes.Kind.RANKING
                                ? (o.points() == null ? 0 : o.points())
                                : (o.votes() == null ? 0 : o.votes()))
                        .max()
                        .orElse(0));
        if (v.state() != VoteTypes.State.DRAFT) {
            model.addAttribute("map", turnoutMap(v, r));
        }
        return "vote/vote";
    }

    /** Named vote: each region voted or not; secret vote: each region by its district's turnout, never its own. */
    private String turnoutMap(VoteView v, VoteResults.Result r) {
        Map<String, String> classes = new HashMap<>();
        Map<String, String> titles = new HashMap<>();
        Map<String, VoteResults.DistrictTurnout> byDistrict = new HashMap<>();
        r.districts().forEach(d -> byDistrict.put(d.district(), d));
        var regions = territory.regions();
        Map<String, String> districtOf = new HashMap<>();
        regions.forEach(x -> districtOf.put(x.code(), x.federalDistrict()));
        for (VoteQueries.Member m : r.members()) {
            if (m.regionCode() == null) {
                continue;
            }
            if (v.secret()) {
                VoteResults.DistrictTurnout d = byDistrict.get(districtOf.get(m.regionCode()));
                double share = d == null || d.electorate() == 0 ? 0 : (double) d.voted() / d.electorate();
                classes.put(
                        m.regionCode(),
                        share >= 0.75 ? "region choro-5" : share >= 0.5 ? "region choro-3" : "region choro-1");
                titles.put(m.regionCode(), m.name() + " — явка по округу " + (d == null ? "—" : d.percent()));
            } else {
                classes.put(m.regionCode(), m.voted() ? "region present" : "region absent");
                titles.put(m.regionCode(), m.name() + (m.voted() ? " — бюллетень учтён" : " — не голосовал"));
            }
        }
        return map.svg(regions, classes, titles, "Явка советов по регионам");
    }

    @PostMapping("/votes/{id}/options")
    String addOption(@PathVariable long id, @RequestParam(required = false) String label, RedirectAttributes redirect) {
        return act(id, redirect, "votes.saved", () -> votes.addOption(CurrentActor.get(), id, label));
    }

    @PostMapping("/votes/{id}/options/{optionId}/remove")
    String removeOption(@PathVariable long id, @PathVariable long optionId, RedirectAttributes redirect) {
        return act(id, redirect, "votes.saved", () -> votes.removeOption(CurrentActor.get(), id, optionId));
    }

    @PostMapping("/votes/{id}/options/{optionId}/image")
    String attachImage(
            @PathVariable long id,
            @PathVariable long optionId,
            @RequestParam(required = false) MultipartFile file,
            RedirectAttributes redirect)
            throws IOException {
        byte[] content = file == null ? new byte[0] : file.getBytes();
        return act(
                id, redirect, "votes.imageSaved", () -> votes.attachImage(CurrentActor.get(), id, optionId, content));
    }

    @GetMapping("/votes/{id}/options/{optionId}/image")
    ResponseEntity<byte[]> image(@PathVariable long id, @PathVariable long optionId) {
        return imageResponse(votes.image(CurrentActor.get(), id, optionId));
    }

    /** The image with its type; an SVG opened on its own is sandboxed (no scripts, no same origin). */
    static ResponseEntity<byte[]> imageResponse(Votes.Image image) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(image.type()))
                .header("X-Content-Type-Options", "nosniff")
                .header(
                        "Content-Security-Policy",
                        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; sandbox")
                .header(HttpHeaders.CACHE_CONTROL, "private, max-age=300")
                .body(image.content());
    }

    @PostMapping("/votes/{id}/open")
    String open(@PathVariable long id, RedirectAttributes redirect) {
        return act(id, redirect, "votes.opened", () -> votes.open(CurrentActor.get(), id));
    }

    @PostMapping("/votes/{id}/close")
    String close(@PathVariable long id, RedirectAttributes redirect) {
        return act(id, redirect, "votes.closed", () -> votes.close(CurrentActor.get(), id));
    }

    @PostMapping("/votes/{id}/ballot")
    String cast(
            @PathVariable long id,
            @RequestParam Map<String, String> params,
            @RequestParam(name = "choice", required = false) List<Long> choices,
            RedirectAttributes redirect) {
        try {
            Long council =
                    params.get("council") == null || params.get("council").isBlank()
                            ? null
                            : Long.valueOf(params.get("council"));
            List<Long> chosen = choices != null ? choices : ranking(params);
            Ballots.Cast cast = ballots.cast(CurrentActor.get(), id, council, chosen, params.get("receipt"));
            redirect.addFlashAttribute("notice", cast.changed() ? "votes.ballotChanged" : "votes.ballotCounted");
            if (cast.receipt() != null) {
                redirect.addFlashAttribute("receipt", cast.receipt());
            }
        } catch (InvalidRequestException | ConflictException | NumberFormatException e) {
            redirect.addFlashAttribute(
                    "problem", e instanceof NumberFormatException ? "Выберите вариант" : e.getMessage());
        }
        return "redirect:/votes/" + id;
    }

    /** A ranking typed as place per option (rank_17=1, rank_18=2; blank: unranked). */
    static List<Long> ranking(Map<String, String> params) {
        TreeMap<Integer, Long> byPlace = new TreeMap<>();
        for (Map.Entry<String, String> e : params.entrySet()) {
            if (e.getKey().startsWith("rank_") && !e.getValue().isBlank()) {
                int place = Integer.parseInt(e.getValue().strip());
                Long option = Long.valueOf(e.getKey().substring(5));
                if (byPlace.put(place, option) != null) {
                    throw new InvalidRequestException("Каждое место можно отдать только одному варианту");
                }
            }
        }
        return new ArrayList<>(byPlace.values());
    }

    @PostMapping("/votes/{id}/proxy")
    String giveProxy(
            @PathVariable long id, @RequestParam(required = false) Long holderId, RedirectAttributes redirect) {
        return act(id, redirect, "votes.proxyGiven", () -> ballots.giveProxy(CurrentActor.get(), id, holderId));
    }

    @PostMapping("/votes/{id}/proxy/revoke")
    String revokeProxy(@PathVariable long id, RedirectAttributes redirect) {
        return act(id, redirect, "votes.proxyRevoked", () -> ballots.revokeProxy(CurrentActor.get(), id));
    }

    @GetMapping("/votes/{id}/protocol.docx")
    ResponseEntity<byte[]> protocolDocx(@PathVariable long id) {
        return protocolResponse(results, id, "DOCX");
    }

    @GetMapping("/votes/{id}/protocol.pdf")
    ResponseEntity<byte[]> protocolPdf(@PathVariable long id) {
        return protocolResponse(results, id, "PDF");
    }

    static ResponseEntity<byte[]> protocolResponse(VoteResults results, long id, String format) {
        OfficeDocument doc = results.protocol(CurrentActor.get(), id);
        String name = "Протокол голосования №" + id;
        return switch (format.toUpperCase(java.util.Locale.ROOT)) {
            case "DOCX" -> FileResponses.attachment(doc.docx(), ru.praktika.shared.FileTypes.DOCX, name + ".docx");
            case "PDF" -> FileResponses.attachment(doc.pdf(), ru.praktika.shared.FileTypes.PDF, name + ".pdf");
            default -> throw new InvalidRequestException("Формат протокола — DOCX или PDF");
        };
    }

    private static String act(long id, RedirectAttributes redirect, String notice, Runnable action) {
        return FormActions.act("/votes/" + id, redirect, notice, Map.of(), action);
    }
}
