package ru.praktika.meeting.domain;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.praktika.meeting.MeetingTypes;
import ru.praktika.meeting.MeetingView;
import ru.praktika.shared.Actor;
import ru.praktika.shared.AuditedAction;
import ru.praktika.shared.InvalidRequestException;
import ru.praktika.vote.VoteApi;
import ru.praktika.vote.VoteClosed;
import ru.praktika.vote.VoteView;

/**
 * Agenda items put to a member vote (ADR 0018): «Поставить на голосование» creates the vote through {@link VoteApi}
 * with the meeting's councils as its electorate; when the vote closes its result becomes the item's decision, once, so
 * the minutes and the press release carry it. The vote module knows nothing of meetings.
 */
@Service
public class AgendaItemVotes {

    private static final Logger log = LoggerFactory.getLogger(AgendaItemVotes.class);

    private final MeetingService meetings;
    private final VoteApi votes;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    AgendaItemVotes(MeetingService meetings, VoteApi votes, JdbcClient jdbc, ApplicationEventPublisher events) {
        this.meetings = meetings;
        this.votes = votes;
        this.jdbc = jdbc;
        this.events = events;
    }

    /** Puts the item to the vote of the meeting's councils; the vote is a draft the secretariat completes and opens. */
    @Transactional
    public long putToVote(Actor actor, long meetingId, long itemId) {
        MeetingView m = meetings.requireOpen(actor, meetingId);
        MeetingView.Item item = m.items().stream()
                .filter(i -> i.id() == itemId)
                .findFirst()
                .orElseThrow(() -> new ru.praktika.shared.NotFoundException(
                        "Вопрос повестки №" + itemId + " не относится к этому совещанию"));
        List<Long> councils = m.participants().stream()
                .filter(p -> p.kind() == MeetingTypes.ParticipantKind.COUNCIL && p.organizationId() != null)
                .map(MeetingView.Participant::organizationId)
                .toList();
        if (councils.isEmpty()) {
            throw new InvalidRequestException(
                    "Голосуют советы — участники совещания: сначала пригласите советы регионов");
        }
        OffsetDateTime from = m.startsAt().isAfter(OffsetDateTime.now()) ? m.startsAt() : OffsetDateTime.now();
        long voteId = votes.putToVote(actor, item.title(), meetingId, itemId, councils, from.plusDays(1));
        link(itemId, voteId);
        events.publishEvent(AuditedAction.by(
                actor, "meeting.putToVote", "meeting", meetingId, Map.of("item", itemId, "vote", voteId)));
        return voteId;
    }

    /** Links an existing vote to an item and, if it is closed, writes its result as the decision (the demo's way). */
    @Transactional
    public void attach(Actor actor, long meetingId, long itemId, long voteId) {
        meetings.requireOpen(actor, meetingId);
        votes.linkToMeeting(actor, voteId, meetingId, itemId);
        link(itemId, voteId);
        votes.vote(voteId)
                .filter(VoteView::closed)
                .ifPresent(v -> writeDecision(actor, meetingId, itemId, voteId, v.outcome()));
    }

    /** The votes of a meeting's items: item → its votes, in the order they were put (drafts to the secretariat only). */
    public Map<Long, List<VoteView>> votesOf(Actor actor, long meetingId) {
        Map<Long, List<VoteView>> out = new LinkedHashMap<>();
        jdbc.sql("""
                        select v.item_id, v.vote_id from meeting.agenda_item_votes v
                        join meeting.agenda_items i on i.id = v.item_id
                        where i.meeting_id = :m order by v.vote_id
                        """)
                .param("m", meetingId)
                .query((rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .list()
                .forEach(link -> votes.vote(link[1])
                        .filter(v -> actor.isAdmin() || v.state() != ru.praktika.vote.VoteTypes.State.DRAFT)
                        .ifPresent(v -> out.computeIfAbsent(link[0], k -> new ArrayList<>())
                                .add(v)));
        return out;
    }

    /** The result of a closed vote becomes the decision of the item that carries it, unless the meeting is closed. */
    @ApplicationModuleListener
    void on(VoteClosed closed) {
        record Link(long meetingId, long itemId, Long decisionId, String state) {}
        jdbc.sql("""
                        select i.meeting_id, v.item_id, v.decision_id, m.state
                        from meeting.agenda_item_votes v
                        join meeting.agenda_items i on i.id = v.item_id
                        join meeting.meetings m on m.id = i.meeting_id
                        where v.vote_id = :vote
                        """)
                .param("vote", closed.voteId())
                .query((rs, i) -> new Link(rs.getLong(1), rs.getLong(2), (Long) rs.getObject(3), rs.getString(4)))
                .optional()
                .ifPresent(l -> {
                    if (l.decisionId() != null) {
                        return;
                    }
                    if (MeetingTypes.State.CLOSED.name().equals(l.state())) {
                        log.info(
                                "Голосование №{} закрыто, но совещание №{} уже закрыто: решение не записано",
                                closed.voteId(),
                                l.meetingId());
                        return;
                    }
                    writeDecision(Actor.SYSTEM, l.meetingId(), l.itemId(), closed.voteId(), closed.decision());
                });
    }

    private void writeDecision(Actor actor, long meetingId, long itemId, long voteId, String text) {
        long decisionId = jdbc.sql("""
                        insert into meeting.decisions (item_id, text, ordinal)
                        values (:i, :t, (select coalesce(max(ordinal), 0) + 1 from meeting.decisions where item_id = :i))
                        returning id
                        """)
                .param("i", itemId)
                .param("t", text)
                .query(Long.class)
                .single();
        jdbc.sql("update meeting.agenda_item_votes set decision_id = :d where item_id = :i and vote_id = :v")
                .param("d", decisionId)
                .param("i", itemId)
                .param("v", voteId)
                .update();
        events.publishEvent(AuditedAction.by(
                actor,
                "meeting.adoptDecision",
                "meeting",
                meetingId,
                Map.of("decision", decisionId, "item", itemId, "vote", voteId)));
    }

    private void link(long itemId, long voteId) {
        jdbc.sql("insert into meeting.agenda_item_votes (item_id, vote_id) values (:i, :v) on conflict do nothing")
                .param("i", itemId)
                .param("v", voteId)
                .update();
    }
}
