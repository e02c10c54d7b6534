/**
 * Practice: the practice card (what a municipality reports), its links to national → federal → regional projects and
 * indicators, its workflow (draft → submitted → forwarded → accepted → published, or returned), versions with a
 * readable diff, comments and attachments.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Практики")
package ru.praktika.practice;
