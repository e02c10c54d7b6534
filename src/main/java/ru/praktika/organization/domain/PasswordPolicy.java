package ru.praktika.organization.domain;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import ru.praktika.shared.InvalidRequestException;

/**
 * What a password chosen by a person must be: at least {@value #MIN_LENGTH} characters, at most {@value #MAX_BYTES}
 * bytes in UTF-8 (bcrypt reads no further: a longer password would be cut silently or refused by the encoder), and
 * not one of the passwords every guesser tries first.
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = UserAdministration.MIN_PASSWORD;
    static final int MAX_BYTES = 72;

    /** The most common passwords of 8+ characters in published leak lists, Russian keyboard habits included. */
    private static final Set<String> COMMON = Set.of(
            "12345678",
            "123456789",
            "1234567890",
            "12345678910",
            "123123123",
            "11111111",
            "00000000",
            "87654321",
            "password",
            "password1",
            "password123",
            "passw0rd",
            "qwertyui",
            "qwertyuiop",
            "qwerty123",
            "qwerty12",
            "1q2w3e4r",
            "1q2w3e4r5t",
            "1qaz2wsx",
            "zaq12wsx",
            "q1w2e3r4",
            "1234qwer",
            "asdfghjk",
            "iloveyou",
            "sunshine",
            "superman",
            "letmein1",
            "welcome1",
            "admin123",
            "administrator",
            "abc12345",
            "йцукенгш",
            "йцукенгшщз",
            "пароль12",
            "пароль123",
            "praktika",
            "praktika1",
            "практика");

    private PasswordPolicy() {}

    /** Throws a Russian message naming the broken rule; {@code what} is «Пароль» or «Новый пароль». */
    static void check(String password, String what) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new InvalidRequestException(what + " — не короче " + MIN_LENGTH + " знаков");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new InvalidRequestException(what + " слишком длинный: не больше " + MAX_BYTES
                    + " байт (72 латинские буквы или цифры, 36 русских букв)");
        }
        if (COMMON.contains(password.toLowerCase(Locale.ROOT))) {
            throw new InvalidRequestException(
                    what + " из числа самых распространённых, его подбирают первым; выберите другой");
        }
    }
}
