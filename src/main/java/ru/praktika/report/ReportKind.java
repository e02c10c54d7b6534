package ru.praktika.report;

/** What a report is. */
public enum ReportKind {
    /** The consolidated report on a campaign year («доклад»). */
    CONSOLIDATED,
    /** The collection of best practices («сборник»), one practice per page or two. */
    COLLECTION
}
