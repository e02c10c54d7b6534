package ru.praktika.practice.domain;

import ru.praktika.shared.ConflictException;

/** A workflow step that the card's state does not allow (409). */
class WorkflowException extends ConflictException {
    WorkflowException(String message) {
        super(message);
    }
}
