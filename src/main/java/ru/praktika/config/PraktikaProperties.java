package ru.praktika.config;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of Praktika itself.
 *
 * @param dataDir where the embedded PostgreSQL keeps its files ({@code ./data} unless moved)
 * @param demo whether demo users are active
 * @param embedded settings of the embedded PostgreSQL
 */
@ConfigurationProperties("praktika")
public record PraktikaProperties(Path dataDir, boolean demo, Embedded embedded) {

    public PraktikaProperties {
        dataDir = dataDir == null ? Path.of("data") : dataDir;
        embedded = embedded == null ? new Embedded(false, true, 0) : embedded;
    }

    /**
     * @param ephemeral a throw-away database in a temporary folder (tests)
     * @param fsync keep fsync on (real data); tests turn it off for speed
     * @param port a fixed port, or 0 for any free one
     */
    public record Embedded(boolean ephemeral, boolean fsync, int port) {}
}
