package ru.praktika.practice.domain;

import java.time.LocalDate;
import ru.praktika.shared.ConflictException;

/** A region submits after the deadline of the year's campaign (409). */
class DeadlinePassedException extends ConflictException {
    DeadlinePassedException(int year, LocalDate deadline) {
        super("Срок представления практик кампании " + year + " года истёк " + deadline.getDayOfMonth() + "."
                + String.format("%02d", deadline.getMonthValue()) + "." + deadline.getYear()
                + ". Продлить срок региону может секретариат ассоциации.");
    }
}
