package ru.praktika.territory;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.stereotype.Component;
import ru.praktika.shared.Actor;
import ru.praktika.shared.SystemContext;
import ru.praktika.territory.domain.OktmoImporter;

/** {@code java -jar praktika.jar import-oktmo FILE}: loads a newer OKTMO file from the command line. */
@Component
public class OktmoImportCommand {

    public static final String NAME = "import-oktmo";

    private final OktmoImporter importer;

    OktmoImportCommand(OktmoImporter importer) {
        this.importer = importer;
    }

    /** @return the process exit code: 0 imported, 1 rejected, 2 unreadable */
    public int run(String file, PrintStream out, PrintStream err) {
        Path path = Path.of(file);
        byte[] content;
        try {
            if (Files.size(path) > OktmoImporter.MAX_BYTES) {
                err.println("Файл больше " + OktmoImporter.MAX_BYTES / 1024 / 1024 + " МБ: " + path);
                return 1;
            }
            content = Files.readAllBytes(path);
        } catch (IOException e) {
            err.println("Не удалось прочитать файл " + path + ": " + e.getMessage());
            return 2;
        }
        long started = System.nanoTime();
        OktmoImportResult result = SystemContext.run(
                () -> importer.importFile(Actor.SYSTEM, path.getFileName().toString(), content));
        double seconds = (System.nanoTime() - started) / 1e9;
        if (!result.accepted()) {
            err.println("Файл отклонён, изменений нет:");
            result.errors().forEach(e -> err.println("  " + e));
            return 1;
        }
        out.printf(
                "ОКТМО загружен: прочитано %d, добавлено %d, переименовано %d, сменили вид %d, упразднено %d,"
                        + " восстановлено %d (%s с)%n",
                result.rowsRead(),
                result.added(),
                result.renamed(),
                result.retyped(),
                result.abolished(),
                result.restored(),
                String.format(java.util.Locale.forLanguageTag("ru"), "%.1f", seconds));
        return 0;
    }
}
