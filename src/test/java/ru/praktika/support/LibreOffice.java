package ru.praktika.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * Headless LibreOffice Calc, as an official who opens a file and saves it again: a conversion to XLSX or ODS in a
 * profile of its own. Missing in CI is a failure; missing on a developer's machine skips the test.
 */
public final class LibreOffice {

    private LibreOffice() {}

    /** The soffice command: a failure in CI when it is missing, a skipped test elsewhere. */
    public static String soffice() {
        for (String part : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(part, "soffice");
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        String message = "LibreOffice (soffice) is not on the PATH: apt-get install -y libreoffice-calc-nogui";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail(message);
        }
        Assumptions.abort(message);
        return null;
    }

    /** A file's content saved by LibreOffice in another format ({@code xlsx}, {@code ods}). */
    public static byte[] convert(byte[] content, String extension, String format) throws Exception {
        Path dir = Files.createTempDirectory("lo-input-");
        try {
            Path input = dir.resolve("book." + extension);
            Files.write(input, content);
            return convert(input, format);
        } finally {
            deleteTree(dir);
        }
    }

    /** A file saved by LibreOffice in another format, converted in a fresh profile within two minutes. */
    public static byte[] convert(Path input, String format) throws Exception {
        String soffice = soffice();
        Path out = Files.createTempDirectory("lo-" + format + "-");
        Path profile = Files.createTempDirectory("lo-profile-" + UUID.randomUUID());
        Path log = out.resolve("soffice.log");
        try {
            Process process = new ProcessBuilder(
                            soffice,
                            "-env:UserInstallation=" + profile.toUri(),
                            "--headless",
                            "--convert-to",
                            format,
                            "--outdir",
                            out.toString(),
                            input.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail("soffice did not convert " + input.getFileName() + " to " + format + " within 120 s");
            }
            String name = input.getFileName().toString().replaceAll("\\.[^.]+$", "") + "." + format;
            Path converted = out.resolve(name);
            assertThat(converted)
                    .as("soffice exit %d: %s", process.exitValue(), Files.readString(log))
                    .exists();
            return Files.readAllBytes(converted);
        } finally {
            deleteTree(profile);
            deleteTree(out);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
