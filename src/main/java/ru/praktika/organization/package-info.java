/**
 * Organization: the association (ВАРМСУ), the 89 regional councils of municipal formations, partners and federal
 * bodies; user accounts, roles, personal access tokens and sign-in.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Организации и пользователи")
package ru.praktika.organization;
