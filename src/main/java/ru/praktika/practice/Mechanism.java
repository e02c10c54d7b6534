package ru.praktika.practice;

/** How a practice is financed and organised. */
public enum Mechanism {
    /** Budget money. */
    BUDGET,
    /** Initiative budgeting (инициативное бюджетирование). */
    INITIATIVE_BUDGETING,
    /** A concession agreement (115-ФЗ). */
    CONCESSION,
    /** Public-private or municipal-private partnership (ГЧП/МЧП, 224-ФЗ). */
    PPP,
    /** A grant. */
    GRANT,
    /** Territorial public self-government (ТОС). */
    TOS,
    /** Volunteers. */
    VOLUNTEERS
}
