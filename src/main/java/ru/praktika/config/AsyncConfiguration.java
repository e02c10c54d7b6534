package ru.praktika.config;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;

/**
 * Listeners marked {@code @ApplicationModuleListener} run after the commit on Boot's task executor instead of in the
 * committing thread: an import's job is done when its cards are written, and linkage and quality derive their rows
 * for all its cards right after (the publication registry redoes them after a crash, ADR 0011).
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
class AsyncConfiguration {}
