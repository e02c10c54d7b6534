/**
 * Partnerships of the association: partners with contacts, agreements with their parties, signatories, lifecycle
 * (draft → agreed → signed → active → expired / terminated) and signed scan, obligations kept in the meetings' one
 * register of instructions, and joint programmes with participating regions, activities, KPIs by year, reports and
 * links to practices and competition applications (ADR 0019).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Партнёрства")
package ru.praktika.partnership;
