package ru.praktika.vote;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import ru.praktika.shared.Actor;
import ru.praktika.vote.domain.VoteQueries;
import ru.praktika.vote.domain.Votes;

/** What other modules may ask of votes: put a question to the vote, read a vote's state and result. */
@Service
public class VoteApi {

    private final Votes votes;
    private final VoteQueries queries;

    VoteApi(Votes votes, VoteQueries queries) {
        this.votes = votes;
        this.queries = queries;
    }

    /**
     * A draft vote on a meeting's agenda item, its electorate the councils given (the meeting's participants), with the
     * options «За», «Против», «Воздержался»; the secretariat changes them and opens it on the vote's page.
     *
     * @return the vote's id
     */
    public long putToVote(
            Actor actor, String question, long meetingId, long itemId, List<Long> councils, OffsetDateTime closesAt) {
        return votes.create(
                actor,
                new NewVote(
                        question,
                        null,
                        VoteTypes.Kind.SINGLE,
                        1,
                        false,
                        VoteTypes.Quorum.MORE_THAN_HALF,
                        VoteTypes.Majority.SIMPLE,
                        null,
                        closesAt,
                        List.of("За", "Против", "Воздержался")),
                meetingId,
                itemId,
                councils);
    }

    /** Links an existing vote to a meeting's agenda item (the back link of its page). */
    public void linkToMeeting(Actor actor, long voteId, long meetingId, long itemId) {
        votes.linkToMeeting(actor, voteId, meetingId, itemId);
    }

    /** The vote, without a permission check: the caller shows only what its own permissions allow. */
    public Optional<VoteView> vote(long id) {
        return queries.vote(id);
    }

    /** The vote the demo loaded under that key («symbols-emblem-2020»), if any. */
    public Optional<Long> demoVote(String key) {
        return queries.demoVote(key);
    }
}
