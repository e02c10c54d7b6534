/**
 * Meetings of the association: participants and the roll call by region, the agenda with speakers, decisions that
 * become tracked instructions, the minutes (DOCX, PDF) and a press release drafted from the record and published on the
 * news page and in an Atom feed.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Совещания")
package ru.praktika.meeting;
