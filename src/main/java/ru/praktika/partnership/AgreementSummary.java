package ru.praktika.partnership;

import java.time.LocalDate;

/**
 * An agreement in a list.
 *
 * @param id its id
 * @param number number
 * @param title title
 * @param state state
 * @param partners the partners' names
 * @param signedOn signed
 * @param validUntil last day, or null when open-ended
 * @param label «Соглашение № 3 с Ассоциацией волонтерских центров»
 */
public record AgreementSummary(
        long id,
        String number,
        String title,
        AgreementState state,
        String partners,
        LocalDate signedOn,
        LocalDate validUntil,
        String label) {}
