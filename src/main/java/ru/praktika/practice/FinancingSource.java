package ru.praktika.practice;

/** Sources of money: federal, regional, local budget, extra-budgetary. */
public enum FinancingSource {
    FEDERAL,
    REGIONAL,
    LOCAL,
    EXTRA_BUDGETARY
}
