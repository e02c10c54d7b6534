package ru.praktika.vote;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A vote as pages and the API show it. While it is open only the turnout is known; the figures of the options appear
 * when it closes.
 *
 * @param id its id
 * @param question the question
 * @param description what it is about
 * @param kind one choice, up to N, a ranking
 * @param maxChoices N of a multiple choice
 * @param secret whether ballots are secret
 * @param quorum the quorum
 * @param majority the majority rule
 * @param electorateKind the councils of the day, or a given list
 * @param state draft, scheduled, open, closed
 * @param opensAt when it opens (null until set or opened)
 * @param closesAt when it closes
 * @param meetingId the meeting that put it to the vote, or null
 * @param agendaItemId that meeting's agenda item, or null
 * @param electorateSize councils that may vote (known from the opening)
 * @param ballotsCast councils whose ballot is counted (the turnout)
 * @param quorumReached whether the quorum was reached (when closed)
 * @param decided whether something passed (when closed)
 * @param outcome the result in a sentence (when closed)
 * @param closedAt when it closed
 * @param version for optimistic locking
 * @param options the options
 */
public record VoteView(
        long id,
        String question,
        String description,
        VoteTypes.Kind kind,
        int maxChoices,
        boolean secret,
        VoteTypes.Quorum quorum,
        VoteTypes.Majority majority,
        VoteTypes.Electorate electorateKind,
        VoteTypes.State state,
        OffsetDateTime opensAt,
        OffsetDateTime closesAt,
        Long meetingId,
        Long agendaItemId,
        int electorateSize,
        int ballotsCast,
        Boolean quorumReached,
        Boolean decided,
        String outcome,
        OffsetDateTime closedAt,
        long version,
        List<Option> options) {

    public boolean closed() {
        return state == VoteTypes.State.CLOSED;
    }

    public boolean open() {
        return state == VoteTypes.State.OPEN;
    }

    /**
     * @param id its id
     * @param position its number
     * @param label the text
     * @param imageType the image's content type, or null without an image
     * @param votes ballots that chose it (first places of a ranking), when closed
     * @param points Borda points of a ranking, when closed
     * @param passed whether it passed, when closed
     */
    public record Option(
            long id, int position, String label, String imageType, Integer votes, Integer points, Boolean passed) {

        public boolean hasImage() {
            return imageType != null;
        }
    }
}
