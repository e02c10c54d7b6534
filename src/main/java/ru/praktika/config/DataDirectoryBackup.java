package ru.praktika.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A cold copy of the stopped data directory (ADR 0013): every file of the embedded PostgreSQL, its credentials and
 * anything else kept there, with a manifest and a SHA-256 of each file. The database holds every stored file
 * (attachments, meeting files, reports), so this copy holds them too.
 */
final class DataDirectoryBackup {

    static final String FORMAT = "praktika-backup/1";
    static final String MANIFEST = "manifest.properties";
    static final String CHECKSUMS = "SHA256SUMS";
    static final String DATA = "data";

    /** Files a running server leaves behind; a copy must not carry them to the next start. */
    private static final Set<String> SKIPPED = Set.of("postmaster.pid", "epg-lock");

    private DataDirectoryBackup() {}

    /** What a backup or a restore did. */
    record Summary(int files, long bytes, String created, Path setAside) {}

    /** A refusal with a message for the operator (Russian, then English). */
    static final class Refused extends Exception {
        Refused(String message) {
            super(message);
        }
    }

    static Summary backup(Path dataDir, Path target) throws IOException, Refused {
        dataDir = dataDir.toAbsolutePath().normalize();
        target = target.toAbsolutePath().normalize();
        if (!Files.exists(dataDir.resolve(EmbeddedDatabase.PGDATA).resolve("PG_VERSION"))) {
            throw new Refused(
                    "В " + dataDir + " нет данных Praktika (папки postgres) / no Praktika data in " + dataDir);
        }
        requireStopped(dataDir);
        if (target.startsWith(dataDir)) {
            throw new Refused(
                    "Копию нельзя класть внутрь папки данных / the backup cannot go inside the data directory");
        }
        if (Files.exists(target) && !isEmpty(target)) {
            throw new Refused("Папка " + target + " не пуста: укажите новую / " + target + " is not empty");
        }
        Files.createDirectories(target);
        ownerOnly(target, "rwx------");
        Map<String, String> sums = copyTree(dataDir, target.resolve(DATA), null);
        long bytes = 0;
        StringBuilder lines = new StringBuilder();
        for (Map.Entry<String, String> e : sums.entrySet()) {
            lines.append(e.getValue())
                    .append("  ")
                    .append(DATA)
                    .append('/')
                    .append(e.getKey())
                    .append('\n');
            bytes += Files.size(target.resolve(DATA).resolve(e.getKey()));
        }
        Path checksums = target.resolve(CHECKSUMS);
        Files.writeString(checksums, lines, StandardCharsets.UTF_8);
        String created = DateTimeFormatter.ISO_INSTANT.format(Instant.now());
        String manifest = """
                # Резервная копия Praktika / Praktika backup. Restore: java -jar praktika.jar restore --from <this folder>
                format=%s
                praktika.version=%s
                postgresql.version=%s
                created=%s
                source=%s
                files=%d
                bytes=%d
                checksums=%s
                checksums.sha256=%s
                """.formatted(
                FORMAT,
                version(),
                Files.readString(dataDir.resolve(EmbeddedDatabase.PGDATA).resolve("PG_VERSION"))
                        .strip(),
                created,
                dataDir,
                sums.size(),
                bytes,
                CHECKSUMS,
                sha256(checksums));
        // the manifest comes last: a folder without it is an interrupted backup, and restore refuses it
        Files.writeString(target.resolve(MANIFEST), manifest, StandardCharsets.UTF_8);
        return new Summary(sums.size(), bytes, created, null);
    }

    static Summary restore(Path source, Path dataDir, boolean force) throws IOException, Refused {
        source = source.toAbsolutePath().normalize();
        dataDir = dataDir.toAbsolutePath().normalize();
        Properties manifest = manifest(source);
        Map<String, String> expected = verify(source, manifest);
        requireStopped(dataDir);
        boolean occupied = Files.exists(dataDir) && !isEmpty(dataDir);
        if (occupied && !force) {
            throw new Refused("Папка данных " + dataDir + " не пуста. Остановите Praktika и повторите с --force:"
                    + " нынешние данные будут отложены рядом / the data directory is not empty; repeat with --force"
                    + " to set the current data aside");
        }
        String stamp = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
                .withZone(ZoneOffset.UTC)
                .format(Instant.now());
        Path staging = dataDir.resolveSibling(dataDir.getFileName() + ".restoring-" + stamp);
        Map<String, String> copied = copyTree(source.resolve(DATA), staging, expected);
        if (!copied.equals(expected)) {
            deleteRecursively(staging);
            throw new Refused(
                    "Копия изменилась во время восстановления / the backup changed while it was read: " + staging);
        }
        Path pgdata = staging.resolve(EmbeddedDatabase.PGDATA);
        ownerOnly(pgdata, "rwx------");
        Path credentials = DatabaseCredentials.file(staging);
        if (Files.exists(credentials)) {
            DatabaseCredentials.restrictToOwner(credentials);
        }
        Path aside = null;
        if (occupied) {
            aside = dataDir.resolveSibling(dataDir.getFileName() + ".before-restore-" + stamp);
            try {
                Files.move(dataDir, aside);
            } catch (IOException e) {
                deleteRecursively(staging);
                throw new Refused("Не удалось отложить " + dataDir + " (точка монтирования?): перенесите её содержимое"
                        + " сами и повторите без --force / could not move the data directory aside (a mount point?):"
                        + " move its contents away yourself and repeat without --force (" + e + ")");
            }
        } else {
            Files.deleteIfExists(dataDir);
        }
        Files.move(staging, dataDir);
        return new Summary(
                copied.size(),
                Long.parseLong(manifest.getProperty("bytes", "0")),
                manifest.getProperty("created"),
                aside);
    }

    private static Properties manifest(Path source) throws IOException, Refused {
        Path file = source.resolve(MANIFEST);
        if (!Files.exists(file)) {
            throw new Refused("В " + source + " нет " + MANIFEST + ": это не (законченная) резервная копия Praktika"
                    + " / not a complete Praktika backup");
        }
        Properties p = new Properties();
        p.load(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
        if (!FORMAT.equals(p.getProperty("format"))) {
            throw new Refused("Неизвестный формат копии / unknown backup format: " + p.getProperty("format"));
        }
        return p;
    }

    /** Every file of the list is there with its checksum, and the list is the one the manifest names. */
    private static Map<String, String> verify(Path source, Properties manifest) throws IOException, Refused {
        Path checksums = source.resolve(CHECKSUMS);
        if (!Files.exists(checksums) || !sha256(checksums).equals(manifest.getProperty("checksums.sha256"))) {
            throw new Refused("Список контрольных сумм повреждён / " + CHECKSUMS + " does not match the manifest");
        }
        Map<String, String> expected = new LinkedHashMap<>();
        for (String line : Files.readAllLines(checksums, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            String sum = line.substring(0, 64);
            String path = line.substring(66);
            if (!path.startsWith(DATA + "/") || path.contains("..")) {
                throw new Refused("Недопустимый путь в " + CHECKSUMS + " / bad path: " + path);
            }
            Path file = source.resolve(path);
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                throw new Refused("В копии нет файла / missing from the backup: " + path);
            }
            if (!sha256(file).equals(sum)) {
                throw new Refused("Копия повреждена: не сходится контрольная сумма / checksum mismatch: " + path);
            }
            expected.put(path.substring(DATA.length() + 1), sum);
        }
        if (expected.size() != Integer.parseInt(manifest.getProperty("files", "-1"))) {
            throw new Refused("Число файлов не сходится с манифестом / file count does not match the manifest");
        }
        return expected;
    }

    /**
     * Copies a tree (directories too: PostgreSQL needs its empty ones), keeping POSIX permissions, and returns each
     * copied file's SHA-256 by its path relative to {@code from}. With {@code only}, copies just those files.
     */
    private static Map<String, String> copyTree(Path from, Path to, Map<String, String> only) throws IOException {
        Map<String, String> sums = new LinkedHashMap<>();
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(from)) {
            paths = new ArrayList<>(walk.sorted().toList());
        }
        for (Path path : paths) {
            String relative = from.relativize(path).toString().replace('\\', '/');
            Path copy = to.resolve(from.relativize(path).toString());
            if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                Files.createDirectories(copy);
                keepPermissions(path, copy);
                continue;
            }
            if (!Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)
                    || SKIPPED.contains(path.getFileName().toString())
                    || (only != null && !only.containsKey(relative))) {
                continue;
            }
            MessageDigest digest = sha256();
            try (InputStream in = new DigestInputStream(Files.newInputStream(path), digest);
                    OutputStream out = Files.newOutputStream(copy)) {
                in.transferTo(out);
            }
            keepPermissions(path, copy);
            sums.put(relative, HexFormat.of().formatHex(digest.digest()));
        }
        return sums;
    }

    /** A stopped server leaves no live postmaster; a running one (or its orphan) would make a torn copy. */
    private static void requireStopped(Path dataDir) throws IOException, Refused {
        Path pid = dataDir.resolve(EmbeddedDatabase.PGDATA).resolve("postmaster.pid");
        if (!Files.exists(pid)) {
            return;
        }
        List<String> lines = Files.readAllLines(pid);
        if (!lines.isEmpty() && lines.get(0).strip().matches("\\d+")) {
            boolean alive = ProcessHandle.of(Long.parseLong(lines.get(0).strip()))
                    .filter(ProcessHandle::isAlive)
                    .isPresent();
            if (alive) {
                throw new Refused("Встроенная PostgreSQL работает (" + pid + "): остановите Praktika и повторите"
                        + " / the embedded PostgreSQL is running: stop Praktika first");
            }
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    private static void keepPermissions(Path from, Path to) throws IOException {
        try {
            Files.setPosixFilePermissions(to, Files.getPosixFilePermissions(from, LinkOption.NOFOLLOW_LINKS));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system
        }
    }

    private static void ownerOnly(Path path, String permissions) throws IOException {
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system
        }
    }

    static String sha256(Path file) throws IOException {
        MessageDigest digest = sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String version() {
        String v = DataDirectoryBackup.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
