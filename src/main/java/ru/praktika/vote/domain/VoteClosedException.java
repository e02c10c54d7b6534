package ru.praktika.vote.domain;

import ru.praktika.shared.ConflictException;

/** The vote is not open: a ballot, a proxy or a change comes too early or too late. */
public class VoteClosedException extends ConflictException {
    public VoteClosedException(String message) {
        super(message);
    }
}
