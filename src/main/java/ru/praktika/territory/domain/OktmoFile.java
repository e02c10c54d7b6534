package ru.praktika.territory.domain;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import ru.praktika.territory.MunicipalityType;

/**
 * Reads an OKTMO file as Rosstat publishes it ({@code data-YYYYMMDD-structure-20150128.csv}): {@code ;}-separated,
 * quoted, cp1251 (UTF-8 is accepted too), thirteen fields: ter; kod1; kod2; kod3; kch; razdel; name; centrum;
 * nomdescr; nomakt; status; dateutv; datevved. Only section 1 (municipal formations, {@code kod3 = 000}) is used;
 * the group headings («Муниципальные округа Пермского края», «Сельские поселения …») name the type of the rows under
 * them; without a heading the name («… муниципальный округ») or the OKTMO coding rule decides. Every problem is collected with its line number; nothing is half-read.
 */
final class OktmoFile {

    static final int MAX_ERRORS = 200;
    static final int MAX_ROWS = 500_000;
    private static final Charset CP1251 = Charset.forName("windows-1251");

    /** A municipal formation read from the file. */
    record Row(int line, String oktmo, String name, MunicipalityType type, String regionCode, String parentOktmo) {}

    /**
     * The rows, or the errors that reject the file.
     *
     * @param editionDate the latest date of introduction ({@code datevved}) in the file, or null
     */
    record Parsed(List<Row> rows, List<String> errors, LocalDate editionDate) {
        Parsed(List<Row> rows, List<String> errors) {
            this(rows, errors, null);
        }
    }

    private static final DateTimeFormatter RUSSIAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private OktmoFile() {}

    static Parsed parse(byte[] content, RegionPrefixes regions) {
        List<String> errors = new ArrayList<>();
        if (content.length == 0) {
            return new Parsed(List.of(), List.of("Файл пуст"));
        }
        if (looksBinary(content)) {
            return new Parsed(
                    List.of(),
                    List.of("Это не текстовый файл CSV. Нужен файл ОКТМО Росстата: поля через «;», кодировка"
                            + " windows-1251"));
        }
        String text = decode(content);
        List<CSVRecord> records;
        try {
            records = CSVFormat.DEFAULT
                    .builder()
                    .setDelimiter(';')
                    .setQuote('"')
                    .setIgnoreEmptyLines(true)
                    .setTrim(true)
                    .get()
                    .parse(new StringReader(text))
                    .getRecords();
        } catch (IOException | RuntimeException e) {
            return new Parsed(List.of(), List.of("Файл не читается как CSV с разделителем «;»: " + e.getMessage()));
        }
        if (records.size() > MAX_ROWS) {
            return new Parsed(List.of(), List.of("В файле больше " + MAX_ROWS + " строк"));
        }
        List<Row> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        MunicipalityType level1Heading = null;
        MunicipalityType level2Heading = null;
        LocalDate editionDate = null;
        for (CSVRecord r : records) {
            int line = (int) r.getRecordNumber();
            if (errors.size() >= MAX_ERRORS) {
                errors.add("… и другие ошибки; показаны первые " + MAX_ERRORS);
                break;
            }
            if (line == 1 && r.size() > 0 && !r.get(0).matches("\\d+")) {
                continue; // a header line
            }
            if (r.size() < 7) {
                errors.add("Строка " + line + ": ожидалось 13 полей через «;» (как в файле Росстата), найдено "
                        + r.size());
                continue;
            }
            String ter = r.get(0), kod1 = r.get(1), kod2 = r.get(2), kod3 = r.get(3), razdel = r.get(5);
            String name = r.get(6).strip();
            if (!ter.matches("\\d{2}")
                    || !kod1.matches("\\d{3}")
                    || !kod2.matches("\\d{3}")
                    || !kod3.matches("\\d{3}")) {
                errors.add("Строка " + line + ": код ОКТМО должен состоять из цифр (2+3+3+3), найдено «" + ter + ";"
                        + kod1 + ";" + kod2 + ";" + kod3 + "»");
                continue;
            }
            if (!razdel.equals("1") && !razdel.equals("2")) {
                errors.add("Строка " + line + ": раздел должен быть 1 или 2, найдено «" + razdel + "»");
                continue;
            }
            if (razdel.equals("2") || !kod3.equals("000")) {
                continue; // settlements (section 2) are not municipal formations
            }
            if (name.isEmpty()) {
                errors.add("Строка " + line + ": пустое наименование");
                continue;
            }
            if (kod1.equals("000")) {
                continue; // «Муниципальные образования Пермского края»
            }
            if (kod2.equals("000") && kod1.endsWith("00")) {
                level1Heading = headingType(name).orElse(null);
                continue;
            }
            if (!kod2.equals("000") && kod2.endsWith("00")) {
                level2Heading = headingType(name).orElse(null);
                continue;
            }
            String oktmo = ter + kod1 + kod2;
            boolean level1 = kod2.equals("000");
            if (level1) {
                level2Heading = null;
            }
            MunicipalityType heading = level1 ? level1Heading : level2Heading;
            Optional<MunicipalityType> type = Optional.ofNullable(heading)
                    .or(() -> typeInName(name))
                    .or(() -> typeByCode(level1 ? kod1 : kod2, level1));
            Optional<String> region = regions.regionOf(oktmo);
            if (region.isEmpty()) {
                errors.add("Строка " + line + ": код " + oktmo + " не относится ни к одному из 89 субъектов РФ");
                continue;
            }
            if (type.isEmpty()) {
                errors.add("Строка " + line + ": не удалось определить вид муниципального образования «" + name + "»");
                continue;
            }
            if (!seen.add(oktmo)) {
                errors.add("Строка " + line + ": код ОКТМО " + oktmo + " встречается в файле дважды");
                continue;
            }
            rows.add(new Row(line, oktmo, name, type.get(), region.get(), level1 ? null : ter + kod1 + "000"));
            LocalDate introduced = r.size() >= 13 ? date(r.get(12)) : null;
            if (introduced != null && (editionDate == null || introduced.isAfter(editionDate))) {
                editionDate = introduced;
            }
        }
        if (errors.isEmpty() && rows.isEmpty()) {
            errors.add("В файле нет муниципальных образований (раздел 1 ОКТМО). Проверьте, что это файл ОКТМО"
                    + " Росстата с полями через «;»");
        }
        return new Parsed(errors.isEmpty() ? rows : List.of(), errors, editionDate);
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.strip(), RUSSIAN_DATE);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Rosstat publishes cp1251; a file saved again in UTF-8 is accepted too. */
    static String decode(byte[] content) {
        int start = content.length >= 3
                        && (content[0] & 0xFF) == 0xEF
                        && (content[1] & 0xFF) == 0xBB
                        && (content[2] & 0xFF) == 0xBF
                ? 3
                : 0;
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content, start, content.length - start))
                    .toString();
        } catch (CharacterCodingException e) {
            return new String(content, CP1251);
        }
    }

    private static boolean looksBinary(byte[] content) {
        int limit = Math.min(content.length, 4096);
        for (int i = 0; i < limit; i++) {
            int b = content[i] & 0xFF;
            if (b == 0 || (b < 0x09) || (b > 0x0D && b < 0x20 && b != 0x1A)) {
                return true;
            }
        }
        return false;
    }

    static Optional<MunicipalityType> typeInName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.contains("муниципальный округ")) return Optional.of(MunicipalityType.MUNICIPAL_OKRUG);
        if (n.contains("городской округ")) return Optional.of(MunicipalityType.URBAN_OKRUG);
        if (n.contains("муниципальный район")) return Optional.of(MunicipalityType.MUNICIPAL_DISTRICT);
        if (n.contains("сельское поселение") || n.endsWith("сельсовет") || n.endsWith("сомон")) {
            return Optional.of(MunicipalityType.RURAL_SETTLEMENT);
        }
        if (n.contains("городское поселение")) return Optional.of(MunicipalityType.URBAN_SETTLEMENT);
        if (n.contains("межселенная территория") || n.startsWith("межселенные территории")) {
            return Optional.of(MunicipalityType.INTER_SETTLEMENT_TERRITORY);
        }
        if (n.contains("внутригородской район")) return Optional.of(MunicipalityType.CITY_DISTRICT);
        return Optional.empty();
    }

    static Optional<MunicipalityType> headingType(String heading) {
        String h = heading.toLowerCase(Locale.ROOT);
        if (h.startsWith("муниципальные округа")) return Optional.of(MunicipalityType.MUNICIPAL_OKRUG);
        if (h.startsWith("муниципальные районы")) return Optional.of(MunicipalityType.MUNICIPAL_DISTRICT);
        if (h.startsWith("городские округа")) return Optional.of(MunicipalityType.URBAN_OKRUG);
        if (h.startsWith("городские поселения")) return Optional.of(MunicipalityType.URBAN_SETTLEMENT);
        if (h.startsWith("сельские поселения")) return Optional.of(MunicipalityType.RURAL_SETTLEMENT);
        if (h.startsWith("межселенные территории")) return Optional.of(MunicipalityType.INTER_SETTLEMENT_TERRITORY);
        if (h.startsWith("внутригородские районы")) return Optional.of(MunicipalityType.CITY_DISTRICT);
        if (h.startsWith("внутригородские муниципальные образования") || h.startsWith("внутригородские территории")) {
            return Optional.of(MunicipalityType.FEDERAL_CITY_TERRITORY);
        }
        return Optional.empty();
    }

    /** The OKTMO coding rule: the first digit of the level's code names its kind. */
    static Optional<MunicipalityType> typeByCode(String code, boolean level1) {
        char d = code.charAt(0);
        if (level1) {
            return switch (d) {
                case '3' -> Optional.of(MunicipalityType.FEDERAL_CITY_TERRITORY);
                case '5' -> Optional.of(MunicipalityType.MUNICIPAL_OKRUG);
                case '6' -> Optional.of(MunicipalityType.MUNICIPAL_DISTRICT);
                case '7' -> Optional.of(MunicipalityType.URBAN_OKRUG);
                default -> Optional.empty();
            };
        }
        return switch (d) {
            case '1' -> Optional.of(MunicipalityType.URBAN_SETTLEMENT);
            case '3' -> Optional.of(MunicipalityType.CITY_DISTRICT);
            case '4' -> Optional.of(MunicipalityType.RURAL_SETTLEMENT);
            case '7' -> Optional.of(MunicipalityType.INTER_SETTLEMENT_TERRITORY);
            default -> Optional.empty();
        };
    }
}
