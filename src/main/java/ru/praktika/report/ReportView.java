package ru.praktika.report;

import java.time.Instant;
import java.util.UUID;

/**
 * A generated (or generating) report as the API and the reports page show it.
 *
 * @param id its id
 * @param kind CONSOLIDATED or COLLECTION
 * @param format DOCX or PDF
 * @param year the campaign year
 * @param regionCode the region it is limited to, or null
 * @param federalDistrict the federal district it is limited to, or null
 * @param nationalProject the national project it is limited to, or null
 * @param groupBy the collection's grouping, or null
 * @param scope what it covers, in words
 * @param requestedBy who asked
 * @param requestedAt when
 * @param jobId the job making it
 * @param status QUEUED, DONE or FAILED
 * @param fileName the file's Russian name, once made
 * @param sizeBytes its size
 * @param sha256 its checksum
 * @param practices practices in it
 * @param finishedAt when it was made
 * @param message a Russian summary or the reason it failed
 * @param fileUrl where to download it, once made
 */
public record ReportView(
        long id,
        ReportKind kind,
        ReportFormat format,
        int year,
        String regionCode,
        String federalDistrict,
        String nationalProject,
        String groupBy,
        String scope,
        String requestedBy,
        Instant requestedAt,
        UUID jobId,
        String status,
        String fileName,
        Long sizeBytes,
        String sha256,
        Integer practices,
        Instant finishedAt,
        String message,
        String fileUrl) {}
