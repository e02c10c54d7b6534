package ru.praktika.shared;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The address Praktika is reached at ({@code praktika.base-url}, e.g. {@code https://praktika.example.ru}): every
 * absolute link (the Atom feed, e-mails) is built from it, never from the request's {@code Host} header, which the
 * client chooses.
 */
@Component
public class BaseUrl {

    private final String base;

    BaseUrl(@Value("${praktika.base-url:http://localhost:8080}") String base) {
        String b = base.strip();
        this.base = b.endsWith("/") ? b.substring(0, b.length() - 1) : b;
    }

    /** The address without a trailing slash. */
    public String get() {
        return base;
    }

    /** An absolute link to a path of the site ({@code /news/3}). */
    public String of(String path) {
        return base + path;
    }
}
