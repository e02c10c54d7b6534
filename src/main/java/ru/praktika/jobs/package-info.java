/**
 * Jobs: long work (imports, reports) runs in the background with its progress, errors and result stored in the
 * database, so the request returns at once and any page can show a progress bar.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Фоновые задания",
        type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package ru.praktika.jobs;
