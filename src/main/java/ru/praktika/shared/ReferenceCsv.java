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

/** Reads the reference CSV files shipped in {@code src/main/resources/reference} (see docs/data-sources.md). */
public final class ReferenceCsv {

    private ReferenceCsv() {}

    /** The records of {@code reference/<name>} (a {@code .gz} name is unpacked), by header. */
    public static List<CSVRecord> read(String name) {
        ClassPathResource resource = new ClassPathResource("reference/" + name);
        try (InputStream raw = resource.getInputStream();
                InputStream in = name.endsWith(".gz") ? new GZIPInputStream(raw) : raw;
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(reader)
                    .getRecords();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read reference data " + name, e);
        }
    }
}
