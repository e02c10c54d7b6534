/**
 * Review: automated quality checks of practices (named rules with weights and Russian explanations, versioned), the
 * campaign's status board with average quality, and the regional ranking with its reasons.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Качество и рейтинг")
package ru.praktika.review;
