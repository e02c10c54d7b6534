package ru.praktika.vote;

/**
 * A vote closed and was tallied (once). A meeting whose agenda item carries the vote writes {@code decision} as the
 * item's decision.
 *
 * @param voteId the vote
 * @param meetingId the meeting that put it to the vote, or null
 * @param agendaItemId that meeting's agenda item, or null
 * @param decision the result as a decision of the minutes, in Russian
 * @param decided whether something passed (false: no quorum, a tie or no majority)
 */
public record VoteClosed(long voteId, Long meetingId, Long agendaItemId, String decision, boolean decided) {}
