/**
 * Reports: the consolidated report on a campaign year and the collection of best practices, as DOCX and PDF (and an
 * HTML preview), with charts and a map of Russia, generated as background jobs and kept with who asked, when, the
 * parameters and a checksum.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Доклады и сборники")
package ru.praktika.report;
