package ru.praktika.config;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Properties;
import java.util.Set;

/**
 * The passwords of the embedded PostgreSQL: its superuser ({@code postgres}, for maintenance only) and the role the
 * application signs in with ({@code praktika}, owner of the database, not a superuser). Generated on the first start
 * into {@code postgres-credentials.properties} in the data directory, readable by its owner only (mode 600), and
 * reused on every later start.
 *
 * @param superuserPassword password of {@code postgres}
 * @param userPassword password of {@code praktika}
 */
record DatabaseCredentials(String superuserPassword, String userPassword) {

    static final String FILE_NAME = "postgres-credentials.properties";
    static final String SUPERUSER = "postgres";
    static final String USER = "praktika";
    static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    DatabaseCredentials {
        requireSafe(superuserPassword);
        requireSafe(userPassword);
    }

    static Path file(Path dataDir) {
        return dataDir.resolve(FILE_NAME);
    }

    /** Reads the file, or writes a new one with fresh passwords when there is none. */
    static DatabaseCredentials loadOrCreate(Path file) throws IOException {
        if (Files.exists(file)) {
            return load(file);
        }
        DatabaseCredentials created = new DatabaseCredentials(generate(), generate());
        created.write(file);
        return created;
    }

    static DatabaseCredentials load(Path file) throws IOException {
        restrictToOwner(file);
        Properties p = new Properties();
        p.load(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
        String superuser = p.getProperty("superuser.password");
        String user = p.getProperty("user.password");
        if (superuser == null || user == null) {
            throw new IOException("В файле " + file + " нет паролей superuser.password и user.password");
        }
        return new DatabaseCredentials(superuser.strip(), user.strip());
    }

    private void write(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        String text = """
                # Passwords of Praktika's embedded PostgreSQL, made on its first start. Keep this file private (mode 600).
                # The application signs in as "user"; "superuser" is for maintenance with psql (see README,
                # "Running it for real"): the port is on line 4 of postgres/postmaster.pid while the server runs.
                superuser=%s
                superuser.password=%s
                user=%s
                user.password=%s
                """.formatted(SUPERUSER, superuserPassword, USER, userPassword);
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } catch (UnsupportedOperationException e) {
            Files.createFile(file);
        } catch (FileAlreadyExistsException e) {
            throw new IOException("Файл " + file + " уже есть: пароли не перезаписываются", e);
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** A file copied by hand (or restored) may come back readable by others: PostgreSQL's passwords must not. */
    static void restrictToOwner(Path file) throws IOException {
        try {
            if (!Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
                Files.setPosixFilePermissions(file, OWNER_ONLY);
            }
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system (Windows): the folder's ACL protects it
        }
    }

    private static String generate() {
        StringBuilder s = new StringBuilder(32);
        for (int i = 0; i < 32; i++) {
            s.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return s.toString();
    }

    /** The passwords go into {@code alter role … password '…'}, which takes no parameters: letters and digits only. */
    private static void requireSafe(String password) {
        if (password == null || password.length() < 16 || !password.matches("[A-Za-z0-9]+")) {
            throw new IllegalArgumentException(
                    "Пароль встроенной PostgreSQL должен состоять из латинских букв и цифр, не короче 16 знаков");
        }
    }

    @Override
    public String toString() {
        return "DatabaseCredentials[***]";
    }
}
