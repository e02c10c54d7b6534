package ru.praktika.report;

/**
 * What report to make.
 *
 * @param year the campaign year
 * @param kind CONSOLIDATED or COLLECTION
 * @param format DOCX or PDF
 * @param regionCode only this region (2 digits), or all
 * @param federalDistrict only this federal district (e.g. «Приволжский»), or all
 * @param nationalProject only practices linked to this national project (e.g. {@code NP19-04}), or all
 * @param groupBy the collection's grouping: FEDERAL_DISTRICT (default) or NATIONAL_PROJECT
 */
public record ReportRequest(
        Integer year,
        ReportKind kind,
        ReportFormat format,
        String regionCode,
        String federalDistrict,
        String nationalProject,
        Grouping groupBy) {

    /** How the collection groups its practices. */
    public enum Grouping {
        FEDERAL_DISTRICT,
        NATIONAL_PROJECT
    }
}
