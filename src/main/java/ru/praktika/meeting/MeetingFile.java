package ru.praktika.meeting;

import java.time.Instant;

/**
 * A material of an agenda item or a file of an instruction's report, without its content.
 *
 * @param id its id
 * @param meetingId the meeting, or null for a report on an agreement's obligation
 * @param itemId the agenda item, for materials
 * @param instructionId the instruction, for report files
 * @param fileName name
 * @param contentType type recognised from the content
 * @param sizeBytes size
 * @param uploadedBy who
 * @param uploadedAt when
 */
public record MeetingFile(
        long id,
        Long meetingId,
        Long itemId,
        Long instructionId,
        String fileName,
        String contentType,
        long sizeBytes,
        String uploadedBy,
        Instant uploadedAt) {}
