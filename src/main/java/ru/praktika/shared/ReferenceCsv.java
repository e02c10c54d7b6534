package ru.praktika.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.core.io.ClassPathResource;

/**
 * Reads the CSV files shipped on the class path: reference data in {@code src/main/resources/reference} (see
 * docs/data-sources.md), demo data, linkage lexicons.
 */
public final class ReferenceCsv {

    private ReferenceCsv() {}

    /** The records of {@code reference/<name>} (a {@code .gz} name is unpacked), by header. */
    public static List<CSVRecord> read(String name) {
        return resource("reference/" + name);
    }

    /** The records of any CSV file on the class path (a {@code .gz} name is unpacked), by header. */
    public static List<CSVRecord> resource(String path) {
        ClassPathResource resource = new ClassPathResource(path);
        try (InputStream raw = resource.getInputStream();
                InputStream in = path.endsWith(".gz") ? new GZIPInputStream(raw) : raw;
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(reader)
                    .getRecords();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + path, e);
        }
    }
}
