package ru.praktika.nationalproject.domain;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.praktika.nationalproject.IndicatorView;
import ru.praktika.nationalproject.NewIndicator;
import ru.praktika.nationalproject.NewRegionalProject;
import ru.praktika.nationalproject.ProjectRef;
import ru.praktika.shared.AccessDeniedException;
import ru.praktika.shared.Actor;
import ru.praktika.shared.AuditedAction;
import ru.praktika.shared.ConflictException;
import ru.praktika.shared.InvalidRequestException;
import ru.praktika.shared.NotFoundException;
import ru.praktika.shared.Role;

/**
 * Changes to the catalogue. The secretariat corrects national and federal projects (codes never change, so links
 * survive renames) and adds federal projects and their indicators; a regional operator creates the regional projects
 * of their own region and their indicators. Every change is audited.
 */
@Service
public class Catalogue {

    private final JdbcClient jdbc;
    private final CatalogueQueries queries;
    private final ApplicationEventPublisher events;

    Catalogue(JdbcClient jdbc, CatalogueQueries queries, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.queries = queries;
        this.events = events;
    }

    public static boolean canManageRegion(Actor actor, String regionCode) {
        return actor.isAdmin() || (actor.has(Role.REGIONAL_OPERATOR) && regionCode.equals(actor.regionCode()));
    }

    @Transactional
    public void renameNationalProject(Actor actor, String code, String name, long version) {
        requireAdmin(actor);
        ru.praktika.shared.Versions.requireSeen(version);
        String before = queries.nationalProject(code)
                .orElseThrow(() -> new NotFoundException("Национальный проект «" + code + "» не найден"))
                .name();
        int changed = jdbc.sql("""
                        update nationalproject.national_projects
                        set name = :name, version = version + 1, updated_at = now()
                        where code = :code and version = :version
                        """)
                .param("name", requireName(name))
                .param("code", code)
                .param("version", version)
                .update();
        if (changed == 0) {
            throw new ConflictException("Национальный проект уже изменил другой пользователь. Обновите страницу.");
        }
        audit(
                actor,
                "nationalProject.rename",
                "national_project",
                code,
                Map.of("before", before, "after", name.strip()));
    }

    @Transactional
    public void renameFederalProject(Actor actor, String code, String name) {
        requireAdmin(actor);
        String before = queries.federalProject(code)
                .orElseThrow(() -> new NotFoundException("Федеральный проект «" + code + "» не найден"))
                .name();
        jdbc.sql("update nationalproject.federal_projects set name = :name, version = version + 1, updated_at = now()"
                        + " where code = :code")
                .param("name", requireName(name))
                .param("code", code)
                .update();
        audit(actor, "federalProject.rename", "federal_project", code, Map.of("before", before, "after", name.strip()));
    }

    /** Adds a federal project with the next free code ({@code NP25-06-FP08}). */
    @Transactional
    public ProjectRef addFederalProject(Actor actor, String nationalCode, String name) {
        requireAdmin(actor);
        queries.nationalProject(nationalCode)
                .orElseThrow(() -> new NotFoundException("Национальный проект «" + nationalCode + "» не найден"));
        int next = jdbc.sql("""
                        select coalesce(max(cast(substring(code from '-FP(\\d+)$') as integer)), 0) + 1
                        from nationalproject.federal_projects where national_code = :n
                        """).param("n", nationalCode).query(Integer.class).single();
        String code = nationalCode + "-FP" + (next < 10 ? "0" : "") + next;
        jdbc.sql("""
                        insert into nationalproject.federal_projects (code, national_code, name, position, confidence)
                        values (:code, :n, :name,
                                (select coalesce(max(position), 0) + 1 from nationalproject.federal_projects),
                                'добавлен секретариатом')
                        """)
                .param("code", code)
                .param("n", nationalCode)
                .param("name", requireName(name))
                .update();
        audit(actor, "federalProject.add", "federal_project", code, Map.of("name", name.strip()));
        return new ProjectRef(code, name.strip());
    }

    @Transactional
    public long addFederalIndicator(Actor actor, String federalCode, NewIndicator indicator) {
        requireAdmin(actor);
        queries.federalProject(federalCode)
                .orElseThrow(() -> new NotFoundException("Федеральный проект «" + federalCode + "» не найден"));
        long id = insertIndicator(federalCode, null, indicator);
        audit(actor, "indicator.add", "indicator", id, Map.of("federalProject", federalCode, "name", indicator.name()));
        return id;
    }

    @Transactional
    public long createRegionalProject(Actor actor, String regionCode, NewRegionalProject project) {
        if (!canManageRegion(actor, regionCode)) {
            throw new AccessDeniedException("Региональные проекты региона ведёт оператор его совета или секретариат");
        }
        if (queries.federalProject(project.federalProject()).isEmpty()) {
            throw new InvalidRequestException("Федеральный проект «" + project.federalProject() + "» не найден");
        }
        long id = jdbc.sql("""
                        insert into nationalproject.regional_projects (region_code, federal_code, name, description,
                                                                      created_by)
                        values (:r, :f, :n, :d, :by) returning id
                        """)
                .param("r", regionCode)
                .param("f", project.federalProject())
                .param("n", requireName(project.name()))
                .param("d", project.description())
                .param("by", actor.username())
                .query(Long.class)
                .single();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("region", regionCode);
        details.put("federalProject", project.federalProject());
        details.put("name", project.name());
        audit(actor, "regionalProject.create", "regional_project", id, details);
        return id;
    }

    @Transactional
    public long addRegionalIndicator(Actor actor, long regionalProjectId, NewIndicator indicator) {
        var project = queries.regionalProject(regionalProjectId)
                .orElseThrow(() -> new NotFoundException("Региональный проект №" + regionalProjectId + " не найден"));
        if (!canManageRegion(actor, project.regionCode())) {
            throw new AccessDeniedException("Показатели регионального проекта ведёт оператор совета этого региона");
        }
        long id = insertIndicator(null, regionalProjectId, indicator);
        audit(
                actor,
                "indicator.add",
                "indicator",
                id,
                Map.of("regionalProject", regionalProjectId, "name", indicator.name()));
        return id;
    }

    private long insertIndicator(String federalCode, Long regionalProjectId, NewIndicator indicator) {
        if (indicator.baseYear() != null && (indicator.baseYear() < 2000 || indicator.baseYear() > 2035)) {
            throw new InvalidRequestException("Год базового значения — от 2000 до 2035");
        }
        long id = jdbc.sql("""
                        insert into nationalproject.indicators (federal_code, regional_project_id, kind, name, unit,
                                                                base_value, base_year)
                        values (:f, :r, :k, :n, :u, :bv, :by) returning id
                        """)
                .param("f", federalCode)
                .param("r", regionalProjectId)
                .param("k", indicator.kind() == null ? "INDICATOR" : indicator.kind())
                .param("n", requireName(indicator.name()))
                .param("u", requireName(indicator.unit()))
                .param("bv", indicator.baseValue())
                .param("by", indicator.baseYear())
                .query(Long.class)
                .single();
        if (indicator.values() != null) {
            for (IndicatorView.Value v : indicator.values()) {
                if (v.year() < 2000 || v.year() > 2035) {
                    throw new InvalidRequestException("Год значения показателя — от 2000 до 2035");
                }
                jdbc.sql("insert into nationalproject.indicator_values (indicator_id, year, target, actual)"
                                + " values (:i, :y, :t, :a) on conflict (indicator_id, year) do update"
                                + " set target = excluded.target, actual = excluded.actual")
                        .param("i", id)
                        .param("y", v.year())
                        .param("t", v.target())
                        .param("a", v.actual())
                        .update();
            }
        }
        return id;
    }

    private void audit(Actor actor, String action, String type, Object id, Map<String, ?> details) {
        events.publishEvent(AuditedAction.by(actor, action, type, id, details));
    }

    private static void requireAdmin(Actor actor) {
        if (!actor.isAdmin()) {
            throw new AccessDeniedException("Исправлять каталог национальных проектов может только секретариат");
        }
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank() || name.length() > 500) {
            throw new InvalidRequestException("Наименование не может быть пустым (до 500 знаков)");
        }
        return name.strip();
    }
}
