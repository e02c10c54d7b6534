/**
 * Infrastructure that wires the modules together: the embedded PostgreSQL, security filter chains, web settings.
 * Nothing here holds domain rules.
 */
package ru.praktika.config;
