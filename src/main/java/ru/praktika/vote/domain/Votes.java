package ru.praktika.vote.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import ru.praktika.organization.OrganizationApi;
import ru.praktika.organization.OrganizationKind;
import ru.praktika.organization.OrganizationView;
import ru.praktika.shared.AccessDeniedException;
import ru.praktika.shared.Actor;
import ru.praktika.shared.AuditedAction;
import ru.praktika.shared.ConflictException;
import ru.praktika.shared.InvalidRequestException;
import ru.praktika.shared.NotFoundException;
import ru.praktika.territory.RegionView;
import ru.praktika.territory.TerritoryApi;
import ru.praktika.vote.NewVote;
import ru.praktika.vote.VoteClosed;
import ru.praktika.vote.VoteTypes;
import ru.praktika.vote.VoteView;

/**
 * The secretariat's side of votes: set up (only while a draft), open, close; and the clock that opens and closes them
 * by their times. A vote is tallied once, by whichever closes it first, and announces {@link VoteClosed}.
 */
@Service
public class Votes {

    static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    static final int SHORT = 500;
    static final int LONG = 5000;

    private final JdbcClient jdbc;
    private final VoteQueries queries;
    private final ApplicationEventPublisher events;
    private final OrganizationApi organizations;
    private final TerritoryApi territory;
    private final TransactionTemplate tx;

    Votes(
            JdbcClient jdbc,
            VoteQueries queries,
            ApplicationEventPublisher events,
            OrganizationApi organizations,
            TerritoryApi territory,
            TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.queries = queries;
        this.events = events;
        this.organizations = organizations;
        this.territory = territory;
        this.tx = tx;
    }

    public static boolean canManage(Actor actor) {
        return VotePermissions.canManage(actor);
    }

    /** The vote, if the actor may read it; a draft is the secretariat's only (404 to others). */
    public VoteView vote(Actor actor, long id) {
        requireSignedIn(actor);
        VoteView v = queries.vote(id).orElseThrow(() -> notFound(id));
        if (!VotePermissions.canRead(actor, v.state())) {
            throw notFound(id);
        }
        return v;
    }

    public List<VoteView> votes(Actor actor) {
        requireSignedIn(actor);
        return queries.votes(actor.isAdmin());
    }

    @Transactional
    public long create(Actor actor, NewVote v) {
        return create(actor, v, null, null, null);
    }

    /**
     * A draft vote; with a meeting and item, put to the vote by that meeting, the councils given being its electorate.
     */
    @Transactional
    public long create(Actor actor, NewVote v, Long meetingId, Long itemId, List<Long> councils) {
        requireManage(actor);
        Settings s = settings(v, true);
        List<String> labels = new ArrayList<>();
        if (v.options() != null) {
            v.options().stream()
                    .map(o -> o == null ? "" : o.strip())
                    .filter(o -> !o.isEmpty())
                    .forEach(labels::add);
        }
        labels.forEach(l -> requireLength(l, "options", SHORT, "Вариант — не длиннее 500 знаков"));
        long id = jdbc.sql("""
                        insert into vote.votes (question, description, kind, max_choices, secret, quorum, majority,
                                                electorate_kind, opens_at, closes_at, meeting_id, agenda_item_id, created_by)
                        values (:q, :d, :k, :n, :s, :quorum, :majority, :ek, :opens, :closes, :m, :i, :by)
                        returning id
                        """)
                .param("q", s.question)
                .param("d", s.description)
                .param("k", s.kind.name())
                .param("n", s.maxChoices)
                .param("s", s.secret)
                .param("quorum", s.quorum.name())
                .param("majority", s.majority.name())
                .param("ek", councils == null ? "COUNCILS" : "LIST")
                .param("opens", s.opensAt)
                .param("closes", s.closesAt)
                .param("m", meetingId)
                .param("i", itemId)
                .param("by", actor.username())
                .query(Long.class)
                .single();
        for (String label : labels) {
            insertOption(id, label);
        }
        if (councils != null) {
            for (Long council : councils.stream().distinct().toList()) {
                OrganizationView o = organizations.organization(council);
                if (o.kind() == OrganizationKind.REGIONAL_COUNCIL) {
                    addElector(id, o);
                }
            }
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("question", s.question);
        details.put("options", labels.size());
        details.put("secret", s.secret);
        if (meetingId != null) {
            details.put("meeting", meetingId);
            details.put("item", itemId);
        }
        audit(actor, "vote.create", id, details);
        return id;
    }

    /** Changes the settings of a draft (the options are changed one by one). */
    @Transactional
    public void amend(Actor actor, long id, NewVote v, long version) {
        requireDraft(actor, id);
        Settings s = settings(v, true);
        int changed = jdbc.sql("""
                        update vote.votes set question = :q, description = :d, kind = :k, max_choices = :n, secret = :s,
                               quorum = :quorum, majority = :majority, opens_at = :opens, closes_at = :closes,
                               version = version + 1
                        where id = :id and version = :version and state = 'DRAFT'
                        """)
                .param("q", s.question)
                .param("d", s.description)
                .param("k", s.kind.name())
                .param("n", s.maxChoices)
                .param("s", s.secret)
                .param("quorum", s.quorum.name())
                .param("majority", s.majority.name())
                .param("opens", s.opensAt)
                .param("closes", s.closesAt)
                .param("id", id)
                .param("version", version)
                .update();
        if (changed == 0) {
            throw new ConflictException("Голосование уже изменил кто-то другой; откройте его заново");
        }
        audit(actor, "vote.amend", id, Map.of("question", s.question));
    }

    @Transactional
    public long addOption(Actor actor, long id, String label) {
        requireDraft(actor, id);
        String l = label == null ? "" : label.strip();
        if (l.isEmpty()) {
            throw InvalidRequestException.ofFields(Map.of("label", "Напишите вариант ответа"));
        }
        requireLength(l, "label", SHORT, "Вариант — не длиннее 500 знаков");
        long optionId = insertOption(id, l);
        audit(actor, "vote.addOption", id, Map.of("option", optionId, "label", l));
        return optionId;
    }

    @Transactional
    public void removeOption(Actor actor, long id, long optionId) {
        requireDraft(actor, id);
        int n = jdbc.sql("delete from vote.options where id = :o and vote_id = :v")
                .param("o", optionId)
                .param("v", id)
                .update();
        if (n == 0) {
            throw new NotFoundException("Вариант №" + optionId + " не найден в этом голосовании");
        }
        audit(actor, "vote.removeOption", id, Map.of("option", optionId));
    }

    /** Attaches an image (PNG, JPG or SVG, checked) to an option of a draft. */
    @Transactional
    public void attachImage(Actor actor, long id, long optionId, byte[] content) {
        requireDraft(actor, id);
        String type = VoteImages.check(content);
        int n = jdbc.sql("update vote.options set image = :img, image_type = :t where id = :o and vote_id = :v")
                .param("img", content)
                .param("t", type)
                .param("o", optionId)
                .param("v", id)
                .update();
        if (n == 0) {
            throw new NotFoundException("Вариант №" + optionId + " не найден в этом голосовании");
        }
        audit(
                actor,
                "vote.attachImage",
                id,
                Map.of("option", optionId, "type", type, "sha256", ru.praktika.shared.FileTypes.sha256(content)));
    }

    /**
     * @param content the bytes
     * @param type the content type
     */
    public record Image(byte[] content, String type) {}

    public Image image(Actor actor, long id, long optionId) {
        vote(actor, id);
        return jdbc.sql(
                        "select image, image_type from vote.options where id = :o and vote_id = :v and image is not null")
                .param("o", optionId)
                .param("v", id)
                .query((rs, i) -> new Image(rs.getBytes(1), rs.getString(2)))
                .optional()
                .orElseThrow(() -> new NotFoundException("У варианта №" + optionId + " нет изображения"));
    }

    /** Opens a draft: now, or at its opening time (then it waits as scheduled). */
    @Transactional
    public void open(Actor actor, long id) {
        VoteView v = requireDraft(actor, id);
        if (v.options().size() < 2) {
            throw new InvalidRequestException("Для голосования нужно не меньше двух вариантов");
        }
        if (v.kind() == VoteTypes.Kind.MULTIPLE && v.maxChoices() >= v.options().size()) {
            throw new InvalidRequestException("Можно выбрать не больше " + v.maxChoices()
                    + ", а вариантов столько же или меньше: добавьте варианты или уменьшите число");
        }
        OffsetDateTime now = OffsetDateTime.now();
        if (!v.closesAt().isAfter(now)) {
            throw new InvalidRequestException("Время окончания уже прошло: перенесите его");
        }
        if (v.opensAt() != null && v.opensAt().isAfter(now)) {
            jdbc.sql("update vote.votes set state = 'SCHEDULED', version = version + 1 where id = :id")
                    .param("id", id)
                    .update();
            audit(actor, "vote.schedule", id, Map.of("opensAt", v.opensAt().toString()));
            return;
        }
        start(actor, id, v.electorateKind());
    }

    /** Closes an open vote now and tallies it (the secretariat's «Завершить голосование»). */
    @Transactional
    public void close(Actor actor, long id) {
        requireManage(actor);
        VoteView v = vote(actor, id);
        if (!closeNow(actor, v.id())) {
            throw new ConflictException("Голосование не открыто: завершить можно только открытое");
        }
    }

    /** The clock: opens the scheduled votes whose time came and closes the open ones whose time passed. */
    public int tick() {
        int done = 0;
        for (Long id : jdbc.sql("select id from vote.votes where state = 'SCHEDULED' and opens_at <= now()")
                .query(Long.class)
                .list()) {
            done += tx.execute(s -> {
                VoteView v = queries.vote(id).orElseThrow();
                int n = jdbc.sql("update vote.votes set state = 'DRAFT' where id = :id and state = 'SCHEDULED'")
                        .param("id", id)
                        .update();
                if (n == 0) {
                    return 0;
                }
                start(Actor.SYSTEM, id, v.electorateKind());
                return 1;
            });
        }
        for (Long id : jdbc.sql("select id from vote.votes where state = 'OPEN' and closes_at <= now()")
                .query(Long.class)
                .list()) {
            done += Objects.requireNonNull(tx.execute(s -> closeNow(Actor.SYSTEM, id) ? 1 : 0));
        }
        return done;
    }

    private void start(Actor actor, long id, VoteTypes.Electorate kind) {
        if (kind == VoteTypes.Electorate.COUNCILS) {
            jdbc.sql("delete from vote.electorate where vote_id = :v")
                    .param("v", id)
                    .update();
            for (OrganizationView council : councilsOn(LocalDate.now(MOSCOW))) {
                addElector(id, council);
            }
        }
        long electorate = jdbc.sql("select count(*) from vote.electorate where vote_id = :v")
                .param("v", id)
                .query(Long.class)
                .single();
        if (electorate == 0) {
            throw new InvalidRequestException("Некому голосовать: в списке голосующих нет ни одного совета");
        }
        jdbc.sql("""
                        update vote.votes set state = 'OPEN', opened_at = now(), opens_at = coalesce(opens_at, now()),
                               version = version + 1
                        where id = :id and state = 'DRAFT'
                        """).param("id", id).update();
        audit(actor, "vote.open", id, Map.of("electorate", electorate));
    }

    /** The regional councils of the subjects of the RF of that day. */
    List<OrganizationView> councilsOn(LocalDate day) {
        java.util.Set<String> regions = new java.util.HashSet<>();
        territory.regionsOn(day).stream().map(RegionView::code).forEach(regions::add);
        return organizations.organizations(OrganizationKind.REGIONAL_COUNCIL).stream()
                .filter(o -> o.regionCode() != null && regions.contains(o.regionCode()))
                .toList();
    }

    /** Closes and tallies, once: false when the vote was not open (closed already by someone else). */
    boolean closeNow(Actor actor, long id) {
        // read while open: the electorate counted now (a closed vote shows the stored figures)
        VoteView v = queries.vote(id).orElseThrow(() -> notFound(id));
        int n = jdbc.sql("""
                        update vote.votes set state = 'CLOSED', closed_at = now(), closed_by = :by, version = version + 1
                        where id = :id and state = 'OPEN'
                        """).param("id", id).param("by", actor.username()).update();
        if (n == 0) {
            return false;
        }
        Tally.Result r = Tally.count(
                v.kind(),
                v.maxChoices(),
                v.quorum(),
                v.majority(),
                v.electorateSize(),
                v.options().stream()
                        .map(o -> new Tally.Option(o.id(), o.label()))
                        .toList(),
                queries.ballots(id, v.secret()));
        store(id, r);
        if (v.secret()) {
            reshuffle(id);
        }
        audit(actor, "vote.close", id, Map.of("ballots", r.ballots(), "decided", r.decided()));
        events.publishEvent(new VoteClosed(id, v.meetingId(), v.agendaItemId(), r.outcome(), r.decided()));
        return true;
    }

    void store(long id, Tally.Result r) {
        jdbc.sql("""
                        update vote.votes set electorate_size = :e, ballots_counted = :b, quorum_reached = :q,
                               decided = :d, outcome = :o
                        where id = :id
                        """)
                .param("e", r.electorate())
                .param("b", r.ballots())
                .param("q", r.quorumReached())
                .param("d", r.decided())
                .param("o", r.outcome())
                .param("id", id)
                .update();
        r.votes()
                .forEach((option, votes) -> jdbc.sql(
                                "update vote.options set votes = :n, points = :p, passed = :passed where id = :o")
                        .param("n", votes)
                        .param("p", r.points().get(option))
                        .param("passed", r.passed().contains(option))
                        .param("o", option)
                        .update());
    }

    /**
     * Rewrites the secret contents of a closed vote in the order of their random keys, so the physical order of the
     * rows no longer follows the order of casting (ADR 0018).
     */
    void reshuffle(long id) {
        record Row(UUID id, Long[] choices, String hash) {}
        List<Row> rows = jdbc.sql(
                        "select id, choices, receipt_hash from vote.secret_ballots where vote_id = :v order by id")
                .param("v", id)
                .query((rs, i) -> new Row(
                        rs.getObject(1, UUID.class),
                        VoteQueries.ids(rs.getArray(2)).toArray(Long[]::new),
                        rs.getString(3)))
                .list();
        jdbc.sql("delete from vote.secret_ballots where vote_id = :v")
                .param("v", id)
                .update();
        for (Row r : rows) {
            jdbc.sql("insert into vote.secret_ballots (id, vote_id, choices, receipt_hash) values (:id, :v, :c, :h)")
                    .param("id", r.id())
                    .param("v", id)
                    .param("c", r.choices())
                    .param("h", r.hash())
                    .update();
        }
    }

    void addElector(long voteId, OrganizationView council) {
        jdbc.sql("""
                        insert into vote.electorate (vote_id, organization_id, region_code, name) values (:v, :o, :r, :n)
                        on conflict do nothing
                        """)
                .param("v", voteId)
                .param("o", council.id())
                .param("r", council.regionCode())
                .param("n", council.name())
                .update();
    }

    private long insertOption(long voteId, String label) {
        return jdbc.sql("""
                        insert into vote.options (vote_id, position, label)
                        values (:v, (select coalesce(max(position), 0) + 1 from vote.options where vote_id = :v), :l)
                        returning id
                        """)
                .param("v", voteId)
                .param("l", label)
                .query(Long.class)
                .single();
    }

    /** Links a vote to a meeting's agenda item (the meeting module calls it through the API). */
    @Transactional
    public void linkToMeeting(Actor actor, long id, long meetingId, long itemId) {
        requireManage(actor);
        queries.vote(id).orElseThrow(() -> notFound(id));
        jdbc.sql("update vote.votes set meeting_id = :m, agenda_item_id = :i where id = :id")
                .param("m", meetingId)
                .param("i", itemId)
                .param("id", id)
                .update();
        audit(actor, "vote.linkToMeeting", id, Map.of("meeting", meetingId, "item", itemId));
    }

    VoteView requireDraft(Actor actor, long id) {
        requireManage(actor);
        VoteView v = vote(actor, id);
        if (v.state() != VoteTypes.State.DRAFT) {
            throw new ConflictException("Голосование уже открыто: изменить его нельзя");
        }
        return v;
    }

    static void requireSignedIn(Actor actor) {
        if (!actor.isAuthenticated()) {
            throw new AccessDeniedException("Войдите, чтобы увидеть голосования");
        }
    }

    static void requireManage(Actor actor) {
        if (!VotePermissions.canManage(actor)) {
            throw new AccessDeniedException("Голосования готовит и проводит секретариат ассоциации");
        }
    }

    static NotFoundException notFound(long id) {
        return new NotFoundException("Голосование №" + id + " не найдено");
    }

    void audit(Actor actor, String action, long voteId, Map<String, ?> details) {
        events.publishEvent(AuditedAction.by(actor, action, "vote", voteId, details));
    }

    private record Settings(
            String question,
            String description,
            VoteTypes.Kind kind,
            int maxChoices,
            boolean secret,
            VoteTypes.Quorum quorum,
            VoteTypes.Majority majority,
            OffsetDateTime opensAt,
            OffsetDateTime closesAt) {}

    /** Checks what was typed; all field problems at once, in Russian. */
    private static Settings settings(NewVote v, boolean future) {
        Map<String, String> errors = new LinkedHashMap<>();
        String question = v.question() == null ? "" : v.question().strip();
        if (question.isEmpty()) {
            errors.put("question", "Сформулируйте вопрос");
        } else if (question.length() > SHORT) {
            errors.put("question", "Вопрос — не длиннее 500 знаков");
        }
        String description = v.description() == null || v.description().isBlank()
                ? null
                : v.description().strip();
        if (description != null && description.length() > LONG) {
            errors.put("description", "Описание — не длиннее 5 000 знаков");
        }
        VoteTypes.Kind kind = v.kind() == null ? VoteTypes.Kind.SINGLE : v.kind();
        int max = kind == VoteTypes.Kind.MULTIPLE ? (v.maxChoices() == null ? 2 : v.maxChoices()) : 1;
        if (kind == VoteTypes.Kind.MULTIPLE && (max < 2 || max > 50)) {
            errors.put("maxChoices", "Сколько вариантов можно выбрать — от 2 до 50");
        }
        VoteTypes.Majority majority = v.majority() == null ? VoteTypes.Majority.RELATIVE : v.majority();
        if (kind == VoteTypes.Kind.RANKING && majority != VoteTypes.Majority.RELATIVE) {
            errors.put("majority", "Ранжирование считается по Борда: побеждает набравший больше баллов");
        }
        OffsetDateTime closes = v.closesAt();
        OffsetDateTime opens = v.opensAt();
        if (closes == null) {
            errors.put("closesAt", "Укажите, когда голосование закончится");
        } else if (closes.getYear() < 2000 || closes.getYear() > 2100) {
            errors.put("closesAt", "Дата — между 2000 и 2100 годом");
        } else if (future && !closes.isAfter(OffsetDateTime.now())) {
            errors.put("closesAt", "Окончание — в будущем");
        } else if (opens != null && !opens.isBefore(closes)) {
            errors.put("opensAt", "Начало — раньше окончания");
        }
        if (opens != null && (opens.getYear() < 2000 || opens.getYear() > 2100)) {
            errors.put("opensAt", "Дата — между 2000 и 2100 годом");
        }
        if (!errors.isEmpty()) {
            throw InvalidRequestException.ofFields(errors);
        }
        return new Settings(
                question,
                description,
                kind,
                max,
                Boolean.TRUE.equals(v.secret()),
                v.quorum() == null ? VoteTypes.Quorum.MORE_THAN_HALF : v.quorum(),
                majority,
                opens,
                closes);
    }

    private static void requireLength(String value, String field, int max, String message) {
        if (value.length() > max) {
            throw InvalidRequestException.ofFields(Map.of(field, message));
        }
    }
}
