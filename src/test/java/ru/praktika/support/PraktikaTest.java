package ru.praktika.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The one test configuration every integration test shares, so Spring caches one context and one embedded
 * PostgreSQL (a throw-away database with fsync off) serves the whole suite. Demo mode is on.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "praktika.demo=true",
            "praktika.embedded.ephemeral=true",
            "praktika.embedded.fsync=false",
            "spring.datasource.url="
        })
@AutoConfigureMockMvc
public @interface PraktikaTest {}
