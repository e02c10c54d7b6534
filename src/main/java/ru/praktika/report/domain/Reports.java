package ru.praktika.report.domain;

import java.io.IOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntConsumer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import ru.praktika.jobs.Jobs;
import ru.praktika.nationalproject.NationalProjectApi;
import ru.praktika.nationalproject.Period;
import ru.praktika.practice.PracticeApi;
import ru.praktika.practice.PracticeCard;
import ru.praktika.report.ReportFormat;
import ru.praktika.report.ReportKind;
import ru.praktika.report.ReportRequest;
import ru.praktika.report.ReportView;
import ru.praktika.review.ReviewApi;
import ru.praktika.shared.AccessDeniedException;
import ru.praktika.shared.Actor;
import ru.praktika.shared.AuditedAction;
import ru.praktika.shared.InvalidRequestException;
import ru.praktika.shared.NotFoundException;
import ru.praktika.territory.RegionMap;
import ru.praktika.territory.RegionView;
import ru.praktika.territory.TerritoryApi;

/**
 * Makes reports: checks the request and who asks, records it, and runs the writing as a job with progress; the file
 * is kept with its checksum. Reports of the same data have the same content (stable order, no random parts).
 */
@Service
public class Reports implements ru.praktika.jobs.JobHandler {

    static final String JOB_KIND = "report";

    private final JdbcClient jdbc;
    private final org.springframework.jdbc.core.JdbcTemplate jdbcTemplate;
    private final Jobs jobs;
    private final PracticeApi practices;
    private final ReviewApi review;
    private final TerritoryApi territory;
    private final NationalProjectApi catalogue;
    private final RegionMap map;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;

    Reports(
            JdbcClient jdbc,
            org.springframework.jdbc.core.JdbcTemplate jdbcTemplate,
            Jobs jobs,
            PracticeApi practices,
            ReviewApi review,
            TerritoryApi territory,
            NationalProjectApi catalogue,
            RegionMap map,
            MessageSource messages,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.jobs = jobs;
        this.practices = practices;
        this.review = review;
        this.territory = territory;
        this.catalogue = catalogue;
        this.map = map;
        this.messages = messages;
        this.events = events;
    }

    /** How many unfinished reports one person may have at a time. */
    static final int RUNNING_PER_USER = 3;

    /**
     * Records the request and starts the job; a request the data cannot satisfy is refused at once. The report and its
     * job are written in one transaction: the job never runs for a report that is not there.
     */
    @org.springframework.transaction.annotation.Transactional
    public ReportView request(Actor actor, ReportRequest request) {
        ReportRequest r = check(actor, request);
        long running = jdbc.sql("select count(*) from report.reports where requested_by = :me and status = 'QUEUED'")
                .param("me", actor.username())
                .query(Long.class)
                .single();
        if (running >= RUNNING_PER_USER) {
            throw new ru.praktika.shared.ConflictException(
                    "Уже формируются ваши доклады (" + running + "); дождитесь их окончания и запросите снова");
        }
        long count = practices.countAccepted(
                r.year(), scope(r).stream().map(RegionView::code).toList(), r.nationalProject());
        if (count == 0) {
            throw new InvalidRequestException(
                    "За " + r.year() + " год нет принятых практик" + (scopeIsAll(r) ? "" : " в выбранном охвате")
                            + ": доклад не из чего составить. Примите практики в отчётной кампании или выберите"
                            + " другой год.");
        }
        long id = jdbc.sql("""
                        insert into report.reports (kind, format, year, region_code, federal_district,
                                                    national_project, group_by, scope, requested_by)
                        values (:kind, :format, :year, :region, :district, :np, :groupBy, :scope, :by) returning id
                        """)
                .param("kind", r.kind().name())
                .param("format", r.format().name())
                .param("year", r.year())
                .param("region", r.regionCode())
                .param("district", r.federalDistrict())
                .param("np", r.nationalProject())
                .param("groupBy", r.groupBy() == null ? null : r.groupBy().name())
                .param("scope", scopeName(r))
                .param("by", actor.username())
                .query(Long.class)
                .single();
        events.publishEvent(AuditedAction.by(actor, "report.request", "report", id, parameters(r)));
        UUID job = jobs.submit(actor, JOB_KIND, Map.of("reportId", String.valueOf(id)), null);
        jdbc.sql("update report.reports set job_id = :job where id = :id")
                .param("job", job)
                .param("id", id)
                .update();
        return view(actor, id);
    }

    /**
     * The benchmark: makes a report of the whole 2024 campaign through the job, as the site does, and says how long it
     * took, the peak heap and the file's size.
     */
    public String benchmark(ReportKind kind, ReportFormat format) throws InterruptedException {
        Actor admin = new Actor(0L, "benchmark", java.util.Set.of(ru.praktika.shared.Role.ADMIN), null, null);
        var pools = java.lang.management.ManagementFactory.getMemoryPoolMXBeans();
        System.gc();
        pools.forEach(java.lang.management.MemoryPoolMXBean::resetPeakUsage);
        long t0 = System.nanoTime();
        ReportView v = request(admin, new ReportRequest(2024, kind, format, null, null, null, null));
        ru.praktika.jobs.JobView job = jobs.job(admin, v.jobId());
        while (!job.finished()) {
            Thread.sleep(100); // a benchmark polls the job as the page does
            job = jobs.job(admin, v.jobId());
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        long peak = pools.stream()
                .filter(p -> p.getType() == java.lang.management.MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed())
                .sum();
        ReportView done = view(admin, v.id());
        return String.format(
                Locale.ROOT,
                "%s %s: %s, практик %d, %.1f с, пик кучи %d МБ (макс. %d МБ), файл %.1f МБ",
                kind,
                format,
                job.status(),
                done.practices() == null ? 0 : done.practices(),
                seconds,
                peak >> 20,
                Runtime.getRuntime().maxMemory() >> 20,
                done.sizeBytes() == null ? 0 : done.sizeBytes() / 1048576.0);
    }

    @Override
    public String kind() {
        return JOB_KIND;
    }

    /** The job, on whichever instance runs it: the request is read back from the report's row. */
    @Override
    public Map<String, Object> run(ru.praktika.jobs.JobRun job, Jobs.Progress progress) {
        long id = Long.parseLong(job.param("reportId"));
        return make(id, stored(id), progress);
    }

    @Override
    public void gaveUp(ru.praktika.jobs.JobRun job, String message) {
        fail(Long.parseLong(job.param("reportId")), message);
    }

    private ReportRequest stored(long id) {
        return jdbc.sql("select year, kind, format, region_code, federal_district, national_project, group_by"
                        + " from report.reports where id = :id")
                .param("id", id)
                .query((rs, i) -> new ReportRequest(
                        rs.getInt(1),
                        ReportKind.valueOf(rs.getString(2)),
                        ReportFormat.valueOf(rs.getString(3)),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7) == null ? null : ReportRequest.Grouping.valueOf(rs.getString(7))))
                .single();
    }

    /**
     * A report's file is written to {@code praktika-reports/report-<id>.<ext>} in the temporary directory while it is
     * made; a run started again writes the same file anew. At start, files of reports no longer in work (a crash cut
     * their run off after the file was stored, or they failed) are removed.
     */
    @org.springframework.context.event.EventListener(org.springframework.boot.context.event.ApplicationReadyEvent.class)
    public void removeLeftoverFiles() {
        java.nio.file.Path dir = TEMP_DIR;
        if (!java.nio.file.Files.isDirectory(dir)) {
            return;
        }
        List<Long> inWork = jdbc.sql("select id from report.reports where status = 'QUEUED'")
                .query(Long.class)
                .list();
        try (var files = java.nio.file.Files.list(dir)) {
            files.filter(f -> {
                        java.util.regex.Matcher m =
                                TEMP_NAME.matcher(f.getFileName().toString());
                        return m.matches() && !inWork.contains(Long.valueOf(m.group(1)));
                    })
                    .forEach(f -> {
                        try {
                            java.nio.file.Files.deleteIfExists(f);
                        } catch (IOException e) {
                            org.slf4j.LoggerFactory.getLogger(Reports.class).warn("Cannot remove {}", f, e);
                        }
                    });
        } catch (IOException e) {
            org.slf4j.LoggerFactory.getLogger(Reports.class).warn("Cannot list {}", dir, e);
        }
    }

    static final java.nio.file.Path TEMP_DIR =
            java.nio.file.Path.of(System.getProperty("java.io.tmpdir"), "praktika-reports");
    private static final java.util.regex.Pattern TEMP_NAME = java.util.regex.Pattern.compile("report-(\\d+)\\.\\w+");

    static java.nio.file.Path tempFile(long id, ReportFormat format) {
        return TEMP_DIR.resolve("report-" + id + "." + format.extension());
    }

    /** The same report as HTML, for the preview page (written now, not kept). */
    public String preview(Actor actor, ReportRequest request) {
        ReportRequest r = check(actor, request);
        ReportData data = data(r);
        if (data.practices().isEmpty()) {
            throw new InvalidRequestException("За " + r.year() + " год нет принятых практик"
                    + (scopeIsAll(r) ? "" : " в выбранном охвате") + ": доклад не из чего составить.");
        }
        return HtmlWriter.write(document(r, data));
    }

    /** The job: whatever goes wrong, the report is marked failed (never left «in work»). */
    private Map<String, Object> make(long id, ReportRequest r, Jobs.Progress progress) {
        try {
            return build(id, r, progress);
        } catch (RuntimeException | Error e) {
            fail(id, e instanceof Jobs.JobFailure ? e.getMessage() : "Не удалось сформировать файл");
            throw e;
        }
    }

    private Map<String, Object> build(long id, ReportRequest r, Jobs.Progress progress) {
        progress.total(100);
        ReportData data = data(r);
        if (data.practices().isEmpty()) {
            throw new Jobs.JobFailure(
                    "За " + r.year() + " год нет принятых практик: доклад не из чего составить", List.of());
        }
        progress.advance(10);
        Document doc = document(r, data);
        progress.advance(20);
        int blocks = doc.blocks().size();
        int[] last = {20};
        IntConsumer written = n -> {
            int percent = 20 + n * 75 / Math.max(1, blocks);
            if (percent > last[0]) {
                last[0] = percent;
                progress.advance(percent);
            }
        };
        String name = fileName(r, data);
        java.nio.file.Path tmp = null;
        try {
            java.nio.file.Files.createDirectories(TEMP_DIR);
            tmp = tempFile(id, r.format());
            java.security.MessageDigest sha256 = java.security.MessageDigest.getInstance("SHA-256");
            try (java.io.OutputStream out = new java.security.DigestOutputStream(
                    new java.io.BufferedOutputStream(java.nio.file.Files.newOutputStream(tmp), 1 << 16), sha256)) {
                write(doc, r.format(), out, written);
            }
            String sha = java.util.HexFormat.of().formatHex(sha256.digest());
            store(id, r, data, name, sha, tmp);
            progress.advance(100);
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("message", message(data) + " Файл «" + name + "» готов.");
            result.put("reportId", id);
            result.put("resultUrl", "/api/v1/reports/" + id + "/file");
            result.put("fileName", name);
            result.put("sha256", sha);
            return result;
        } catch (IOException | java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("Не удалось записать файл доклада", e);
        } finally {
            if (tmp != null) {
                try {
                    java.nio.file.Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the temporary directory is cleaned by the system
                }
            }
        }
    }

    /** Streams the written file from disk into the database: the report never sits whole in the heap. */
    private void store(long id, ReportRequest r, ReportData data, String name, String sha, java.nio.file.Path file)
            throws IOException {
        long size = java.nio.file.Files.size(file);
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
            jdbcTemplate.update("""
                    update report.reports set status = 'DONE', file_name = ?, content_type = ?, size_bytes = ?,
                        sha256 = ?, practices = ?, content = ?, message = ?, finished_at = now()
                    where id = ?
                    """, ps -> {
                ps.setString(1, name);
                ps.setString(2, r.format().contentType());
                ps.setLong(3, size);
                ps.setString(4, sha);
                ps.setInt(5, data.practices().size());
                ps.setBinaryStream(6, in, size);
                ps.setString(7, message(data));
                ps.setLong(8, id);
            });
        }
    }

    static void write(Document doc, ReportFormat format, java.io.OutputStream out, IntConsumer progress)
            throws IOException {
        if (format == ReportFormat.DOCX) {
            int blocks = doc.blocks().size(); // the layout is the first half of the work, the DOCX the second
            List<Integer> pages = headingPages(doc, n -> progress.accept(n / 2));
            new DocxWriter(pages).write(doc, out, n -> progress.accept((blocks + n) / 2));
        } else {
            new PdfDocumentWriter().write(doc, out, progress);
        }
    }

    /**
     * The page of each heading in the PDF layout of the document (same sizes, metric-compatible font), written into no
     * file: the DOCX contents show them. The layout is dropped before the DOCX is written.
     */
    private static List<Integer> headingPages(Document doc, IntConsumer progress) {
        PdfDocumentWriter layout = new PdfDocumentWriter();
        layout.write(doc, java.io.OutputStream.nullOutputStream(), progress);
        return layout.headingPages();
    }

    private static String message(ReportData data) {
        return "Практик: " + data.practices().size() + ".";
    }

    private void fail(long id, String message) {
        jdbc.sql("update report.reports set status = 'FAILED', message = :m, finished_at = now() where id = :id")
                .param("m", message)
                .param("id", id)
                .update();
    }

    static Document document(ReportRequest r, ReportData data) {
        return r.kind() == ReportKind.CONSOLIDATED ? ConsolidatedReport.build(data) : CollectionReport.build(data);
    }

    ReportData data(ReportRequest r) {
        List<RegionView> scope = scope(r);
        List<PracticeCard> accepted = practices.accepted(
                r.year(),
                scopeIsAll(r) ? List.of() : scope.stream().map(RegionView::code).toList(),
                r.nationalProject());
        Map<String, RegionView> regions = new LinkedHashMap<>();
        territory.regions().forEach(region -> regions.put(region.code(), region));
        return new ReportData(
                r.year(),
                scopeName(r),
                scope,
                regions,
                accepted,
                review.scores(r.year()),
                review.returns(r.year()),
                catalogue.nationalProjects(Period.ofYear(r.year()).label()).stream()
                        .filter(np -> r.nationalProject() == null || np.code().equals(r.nationalProject()))
                        .toList(),
                map.outlines(),
                map.size(),
                key -> messages.getMessage(key, null, key, Locale.forLanguageTag("ru")),
                r.nationalProject() != null,
                r.groupBy() == null ? ReportRequest.Grouping.FEDERAL_DISTRICT : r.groupBy(),
                LocalDate.now());
    }

    /** Checks the parameters (Russian messages per field) and who may ask; a council's operator gets its region. */
    private ReportRequest check(Actor actor, ReportRequest request) {
        if (!actor.isAdmin() && !actor.has(ru.praktika.shared.Role.REGIONAL_OPERATOR)) {
            throw new AccessDeniedException("Доклады и сборники формирует секретариат ассоциации или совет"
                    + " муниципальных образований своего субъекта");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        if (request.year() == null || request.year() < 2015 || request.year() > 2035) {
            errors.put("year", "Укажите год отчётной кампании (2015–2035)");
        }
        if (request.kind() == null) {
            errors.put("kind", "Выберите вид: доклад (CONSOLIDATED) или сборник (COLLECTION)");
        }
        if (request.format() == null) {
            errors.put("format", "Выберите формат: DOCX или PDF");
        }
        String region = ru.praktika.shared.Texts.strippedOrNull(request.regionCode());
        String district = ru.praktika.shared.Texts.strippedOrNull(request.federalDistrict());
        String np = ru.praktika.shared.Texts.strippedOrNull(request.nationalProject());
        if (region != null && territory.region(region).isEmpty()) {
            errors.put("regionCode", "Нет субъекта с кодом «" + region + "»");
        }
        if (district != null && !ReportData.DISTRICTS.contains(district)) {
            errors.put("federalDistrict", "Нет федерального округа «" + district + "»");
        } else if (district != null
                && region != null
                && errors.get("regionCode") == null
                && !district.equals(territory.requireRegion(region).federalDistrict())) {
            errors.put(
                    "federalDistrict",
                    territory.requireRegion(region).fullName() + " не входит в " + district
                            + " федеральный округ; выберите одно из двух");
        }
        if (np != null
                && request.year() != null
                && errors.get("year") == null
                && catalogue.nationalProjects(Period.ofYear(request.year()).label()).stream()
                        .noneMatch(p -> p.code().equals(np))) {
            errors.put(
                    "nationalProject",
                    "Национального проекта «" + np + "» нет среди проектов "
                            + Period.ofYear(request.year()).label());
        }
        if (!actor.isAdmin()) {
            if (actor.regionCode() == null) {
                throw new AccessDeniedException("Ваша учётная запись не привязана к субъекту");
            }
            if (region != null && !region.equals(actor.regionCode())) {
                throw new AccessDeniedException("Совет формирует доклады и сборники только по своему субъекту");
            }
            region = actor.regionCode();
            district = null;
        }
        if (!errors.isEmpty()) {
            throw InvalidRequestException.ofFields(errors);
        }
        return new ReportRequest(
                request.year(), request.kind(), request.format(), region, district, np, request.groupBy());
    }

    private List<RegionView> scope(ReportRequest r) {
        return territory.regions().stream()
                .filter(region -> r.regionCode() == null || region.code().equals(r.regionCode()))
                .filter(region ->
                        r.federalDistrict() == null || region.federalDistrict().equals(r.federalDistrict()))
                .toList();
    }

    private static boolean scopeIsAll(ReportRequest r) {
        return r.regionCode() == null && r.federalDistrict() == null && r.nationalProject() == null;
    }

    private String scopeName(ReportRequest r) {
        String where = r.regionCode() != null
                ? territory.requireRegion(r.regionCode()).fullName()
                : r.federalDistrict() != null
                        ? r.federalDistrict() + " федеральный округ"
                        : "все субъекты Российской Федерации";
        return r.nationalProject() == null
                ? where
                : where + ", национальный проект «"
                        + catalogue.nationalProject(r.nationalProject()).name() + "»";
    }

    private String fileName(ReportRequest r, ReportData data) {
        String base = r.kind() == ReportKind.CONSOLIDATED ? "Доклад" : "Сборник";
        String scope = r.regionCode() != null
                ? territory.requireRegion(r.regionCode()).name()
                : r.federalDistrict() != null ? r.federalDistrict() + " ФО" : null;
        return (base + " " + data.year() + (scope == null ? "" : " " + scope)
                                + (r.nationalProject() == null ? "" : " " + r.nationalProject()))
                        .replaceAll("[\\\\/:*?\"<>|]", "")
                        .replace(' ', '_')
                + "." + r.format().extension();
    }

    // reads

    private static final String COLUMNS = "id, kind, format, year, region_code, federal_district, national_project,"
            + " group_by, scope, requested_by, requested_at, job_id, status, file_name, size_bytes, sha256, practices,"
            + " finished_at, message";

    /** Reports the actor may see, newest first: the secretariat sees all, others what they asked for. */
    public List<ReportView> list(Actor actor) {
        return jdbc.sql("select " + COLUMNS + " from report.reports where :all or requested_by = :me"
                        + " order by requested_at desc, id desc limit 200")
                .param("all", actor.isAdmin())
                .param("me", actor.username())
                .query((rs, i) -> view(rs))
                .list();
    }

    public ReportView view(Actor actor, long id) {
        return jdbc.sql("select " + COLUMNS + " from report.reports where id = :id and (:all or requested_by = :me)")
                .param("id", id)
                .param("all", actor.isAdmin())
                .param("me", actor.username())
                .query((rs, i) -> view(rs))
                .optional()
                .orElseThrow(() -> new NotFoundException("Доклад №" + id + " не найден"));
    }

    /**
     * The finished file.
     *
     * @param name its Russian file name
     * @param contentType its type
     * @param content its bytes
     */
    public record ReportFile(String name, String contentType, byte[] content) {}

    public ReportFile file(Actor actor, long id) {
        ReportView v = view(actor, id);
        if ("FAILED".equals(v.status())) {
            throw new NotFoundException("Файла доклада №" + id + " нет: доклад не сформирован"
                    + (v.message() == null ? "" : " (" + v.message() + ")") + ". Сформируйте его заново.");
        }
        if (!"DONE".equals(v.status())) {
            throw new ru.praktika.shared.ConflictException(
                    "Доклад №" + id + " ещё формируется; файл будет готов" + " по окончании задания");
        }
        return jdbc.sql("select file_name, content_type, content from report.reports where id = :id")
                .param("id", id)
                .query((rs, i) -> new ReportFile(rs.getString(1), rs.getString(2), rs.getBytes(3)))
                .single();
    }

    private static ReportView view(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        String status = rs.getString("status");
        return new ReportView(
                id,
                ReportKind.valueOf(rs.getString("kind")),
                ReportFormat.valueOf(rs.getString("format")),
                rs.getInt("year"),
                rs.getString("region_code"),
                rs.getString("federal_district"),
                rs.getString("national_project"),
                rs.getString("group_by"),
                rs.getString("scope"),
                rs.getString("requested_by"),
                rs.getTimestamp("requested_at").toInstant(),
                rs.getObject("job_id", UUID.class),
                status,
                rs.getString("file_name"),
                (Long) rs.getObject("size_bytes"),
                rs.getString("sha256"),
                (Integer) rs.getObject("practices"),
                rs.getTimestamp("finished_at") == null
                        ? null
                        : rs.getTimestamp("finished_at").toInstant(),
                rs.getString("message"),
                "DONE".equals(status) ? "/api/v1/reports/" + id + "/file" : null);
    }

    private static Map<String, Object> parameters(ReportRequest r) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("year", r.year());
        p.put("kind", r.kind().name());
        p.put("format", r.format().name());
        if (r.regionCode() != null) {
            p.put("regionCode", r.regionCode());
        }
        if (r.federalDistrict() != null) {
            p.put("federalDistrict", r.federalDistrict());
        }
        if (r.nationalProject() != null) {
            p.put("nationalProject", r.nationalProject());
        }
        return p;
    }
}
