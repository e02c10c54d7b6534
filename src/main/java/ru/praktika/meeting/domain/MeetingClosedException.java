package ru.praktika.meeting.domain;

import ru.praktika.shared.ConflictException;

/**
 * The record of a closed meeting does not change: its minutes were signed on the day. Instructions are still reported
 * on, and the press release is still drafted and published.
 */
class MeetingClosedException extends ConflictException {

    MeetingClosedException() {
        super(
                "Совещание закрыто: его запись (участники, перекличка, повестка, выступления, решения, поручения, итоги и"
                        + " материалы) больше не меняется. Отчитываться о поручениях и готовить пресс-релиз по-прежнему можно.");
    }
}
