package ru.praktika.partnership;

import java.time.LocalDate;

/**
 * An active agreement's term ends soon: published once per agreement, threshold and term, the secretariat is told.
 *
 * @param agreementId the agreement
 * @param label «Соглашение № 3 с Ассоциацией волонтерских центров»
 * @param validUntil the last day of its term
 * @param daysLeft days from today to that day
 */
public record AgreementExpiring(long agreementId, String label, LocalDate validUntil, long daysLeft) {}
