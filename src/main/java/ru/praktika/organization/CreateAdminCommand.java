package ru.praktika.organization;

import java.io.PrintStream;
import org.springframework.stereotype.Component;
import ru.praktika.organization.domain.UserAdministration;
import ru.praktika.shared.ConflictException;
import ru.praktika.shared.InvalidRequestException;
import ru.praktika.shared.SystemContext;

/**
 * {@code java -jar praktika.jar create-admin --login LOGIN [--name "ФИО"]}: opens the first secretariat account of
 * a real installation (or recovers a lost administrator password) and prints a one-time password.
 */
@Component
public class CreateAdminCommand {

    public static final String NAME = "create-admin";
    public static final String USAGE =
            "java -jar praktika.jar create-admin --login ЛОГИН [--name \"Фамилия Имя\"]" + " [--praktika.data-dir=…]";

    private final UserAdministration users;

    CreateAdminCommand(UserAdministration users) {
        this.users = users;
    }

    /** @return the process exit code: 0 opened, 1 refused, 2 wrong arguments */
    public int run(String[] args, PrintStream out, PrintStream err) {
        String login = ru.praktika.shared.CommandLine.option(args, "--login");
        String name = ru.praktika.shared.CommandLine.option(args, "--name");
        if (login == null || login.isBlank()) {
            err.println("Укажите логин: " + USAGE);
            return 2;
        }
        try {
            UserAdministration.Credentials created =
                    SystemContext.run(() -> users.openAdministrator(login, name, null));
            out.println("Администратор «" + created.user().username() + "» может войти на /login.");
            out.println("Одноразовый пароль: " + created.password());
            out.println("Смените его после первого входа (раздел «Мой кабинет»).");
            return 0;
        } catch (InvalidRequestException | ConflictException e) {
            err.println("Администратор не создан: " + e.getMessage());
            return 1;
        }
    }
}
