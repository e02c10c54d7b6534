package ru.praktika.library.domain;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The full downloads, kept per change generation of the library: with 100,000 practices a download takes half a
 * minute to write (measured in docs/modules/library.md), so the first visitor after a change writes it to the client
 * and to a file at once, and everyone after gets the file until the library changes. While one request writes a
 * format, another request of the same format is written directly, uncached (never waiting, never two writers of one
 * file). One file is kept per format: a file of an older generation (or written for another address of the site) is
 * removed when the new one is complete, and all of them when the instance stops.
 */
@Component
public class OpenDataFiles implements org.springframework.beans.factory.DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(OpenDataFiles.class);

    /** Writes an export to a stream. */
    @FunctionalInterface
    public interface Export {
        void writeTo(OutputStream out) throws IOException;
    }

    private final OpenData data;
    private final Path dir;
    private final Map<String, ReentrantLock> writers = new ConcurrentHashMap<>();

    OpenDataFiles(OpenData data) throws IOException {
        this.data = data;
        this.dir = Files.createTempDirectory("praktika-opendata-");
    }

    /**
     * Sends the export of a format for the site's address given: the kept file of the current generation when there
     * is one, else the export written now (and kept, unless another request is writing this format already).
     *
     * @return the bytes sent
     */
    public long send(String format, String baseUrl, Export export, OutputStream out) throws IOException {
        long generation = data.generation().generation();
        // one kept file per format: a request with another Host header replaces it, it never adds one
        String prefix = format + "-";
        Path file = dir.resolve(prefix + generation + "-" + hash(baseUrl) + "." + format);
        if (Files.isRegularFile(file)) {
            return Files.copy(file, out);
        }
        ReentrantLock lock = writers.computeIfAbsent(prefix, k -> new ReentrantLock());
        if (!lock.tryLock()) {
            Counting counting = new Counting(out);
            export.writeTo(counting);
            counting.flush();
            return counting.count;
        }
        Path partial = dir.resolve(prefix + generation + "-" + hash(baseUrl) + ".partial");
        try {
            if (Files.isRegularFile(file)) {
                return Files.copy(file, out);
            }
            Tee tee;
            try (OutputStream copy = Files.newOutputStream(partial)) {
                tee = new Tee(out, copy);
                export.writeTo(tee);
                tee.flush();
            }
            if (!tee.copyFailed) {
                try {
                    Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                    removeOlder(prefix, file);
                } catch (IOException e) {
                    log.warn("An open-data file was not kept in {}", dir, e);
                }
            }
            return tee.count;
        } finally {
            Files.deleteIfExists(partial);
            lock.unlock();
        }
    }

    /** The kept files go with the instance. */
    @Override
    public void destroy() {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.toList()) {
                Files.deleteIfExists(p);
            }
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            log.warn("The open-data files in {} were not removed", dir, e);
        }
    }

    /** How many complete files are kept now. */
    public long kept() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> !p.toString().endsWith(".partial")).count();
        }
    }

    private void removeOlder(String prefix, Path keep) {
        try (Stream<Path> files = Files.list(dir)) {
            files.filter(p -> p.getFileName().toString().startsWith(prefix) && !p.equals(keep))
                    .filter(p -> !p.toString().endsWith(".partial"))
                    .forEach(p -> {
                        try {
                            Files.deleteIfExists(p);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
        } catch (IOException | UncheckedIOException e) {
            log.warn("An old open-data file was not removed from {}", dir, e);
        }
    }

    private static String hash(String text) {
        try {
            byte[] digest =
                    java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Counts what passes to the client. */
    private static class Counting extends FilterOutputStream {

        long count;

        Counting(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    /**
     * Writes to the client and to the file; a failure of the file only stops the copy, a failure of the client stops
     * both (the partial file is then removed).
     */
    private static final class Tee extends Counting {

        private final OutputStream copy;
        boolean copyFailed;

        Tee(OutputStream out, OutputStream copy) {
            super(out);
            this.copy = copy;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
            if (!copyFailed) {
                try {
                    copy.write(b, off, len);
                } catch (IOException e) {
                    copyFailed = true;
                    log.warn("An open-data file could not be written; the download goes on uncached", e);
                }
            }
        }

        @Override
        public void flush() throws IOException {
            out.flush();
            if (!copyFailed) {
                try {
                    copy.flush();
                } catch (IOException e) {
                    copyFailed = true;
                }
            }
        }
    }
}
