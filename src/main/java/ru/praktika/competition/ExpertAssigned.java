package ru.praktika.competition;

/** An expert got new applications to score (one event per expert per assignment run). */
public record ExpertAssigned(int year, String expert, int count) {}
