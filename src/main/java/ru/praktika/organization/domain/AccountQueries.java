package ru.praktika.organization.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import ru.praktika.organization.OrganizationKind;
import ru.praktika.organization.OrganizationView;
import ru.praktika.organization.PraktikaPrincipal;
import ru.praktika.organization.UserView;
import ru.praktika.shared.Actor;
import ru.praktika.shared.Role;

/** Reads of accounts and organizations, in SQL. */
@Component
public class AccountQueries {

    private static final String USER_SELECT = """
            select u.id, u.username, u.full_name, u.email, u.position, u.region_code, u.oktmo, u.organization_id,
                   u.active, u.demo, u.last_login_at, u.version, u.password_hash, u.locked_until,
                   coalesce((select string_agg(r.role, ',') from organization.user_roles r where r.user_id = u.id), '')
                       as roles
            from organization.users u
            """;
    private static final String ORGANIZATION_SELECT = """
            select id, kind, name, short_name, region_code, head_name, head_position, email, phone, website, address,
                   version
            from organization.organizations
            """;

    private final JdbcClient jdbc;

    AccountQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<UserView> user(long id) {
        return jdbc.sql(USER_SELECT + " where u.id = :id")
                .param("id", id)
                .query((rs, i) -> userView(rs))
                .optional();
    }

    public Optional<UserView> user(String username) {
        return jdbc.sql(USER_SELECT + " where lower(u.username) = lower(:u)")
                .param("u", username)
                .query((rs, i) -> userView(rs))
                .optional();
    }

    /** Users the actor may manage: all for the secretariat, those of the own region for a regional operator. */
    public List<UserView> users(String regionCode, String text) {
        StringBuilder where = new StringBuilder(" where true");
        Map<String, Object> params = new LinkedHashMap<>();
        if (regionCode != null) {
            where.append(" and u.region_code = :region");
            params.put("region", regionCode);
        }
        if (text != null && !text.isBlank()) {
            where.append(" and (u.username ilike :t or u.full_name ilike :t or u.email ilike :t)");
            params.put("t", "%" + text.strip().replace("%", "\\%").replace("_", "\\_") + "%");
        }
        return jdbc.sql(USER_SELECT + where + " order by u.active desc, u.username")
                .params(params)
                .query((rs, i) -> userView(rs))
                .list();
    }

    /** The principal for sign-in, by login. */
    public Optional<PraktikaPrincipal> principal(String username) {
        return jdbc.sql(USER_SELECT + " where lower(u.username) = lower(:u)")
                .param("u", username)
                .query((rs, i) -> principal(rs))
                .optional();
    }

    /** The principal behind a personal access token (by its hash), if the token is valid. */
    public Optional<PraktikaPrincipal> principalByToken(String tokenHash) {
        return jdbc.sql(USER_SELECT + """
                         join organization.access_tokens t on t.user_id = u.id
                         where t.token_hash = :h and t.revoked_at is null
                           and (t.expires_at is null or t.expires_at > now())
                        """)
                .param("h", tokenHash)
                .query((rs, i) -> principal(rs))
                .optional();
    }

    public List<OrganizationView> organizations(OrganizationKind kind) {
        return jdbc.sql(ORGANIZATION_SELECT + (kind == null ? "" : " where kind = :kind")
                        + " order by case kind when 'ASSOCIATION' then 0 when 'FEDERAL_BODY' then 1"
                        + " when 'PARTNER' then 2 else 3 end, region_code nulls first, name")
                .params(kind == null ? Map.of() : Map.of("kind", kind.name()))
                .query(OrganizationView.class)
                .list();
    }

    public Optional<OrganizationView> organization(long id) {
        return jdbc.sql(ORGANIZATION_SELECT + " where id = :id")
                .param("id", id)
                .query(OrganizationView.class)
                .optional();
    }

    public Optional<OrganizationView> councilOf(String regionCode) {
        return jdbc.sql(ORGANIZATION_SELECT + " where kind = 'REGIONAL_COUNCIL' and region_code = :r")
                .param("r", regionCode)
                .query(OrganizationView.class)
                .optional();
    }

    private static PraktikaPrincipal principal(ResultSet rs) throws SQLException {
        Timestamp lockedUntil = rs.getTimestamp("locked_until");
        boolean locked = lockedUntil != null && lockedUntil.toInstant().isAfter(java.time.Instant.now());
        Actor actor = new Actor(
                rs.getLong("id"),
                rs.getString("username"),
                roles(rs),
                rs.getString("region_code"),
                rs.getString("oktmo"));
        return new PraktikaPrincipal(
                actor, rs.getString("full_name"), rs.getString("password_hash"), rs.getBoolean("active"), locked);
    }

    private static UserView userView(ResultSet rs) throws SQLException {
        Timestamp last = rs.getTimestamp("last_login_at");
        return new UserView(
                rs.getLong("id"),
                rs.getString("username"),
                rs.getString("full_name"),
                rs.getString("email"),
                rs.getString("position"),
                roles(rs),
                rs.getString("region_code"),
                rs.getString("oktmo"),
                (Long) rs.getObject("organization_id"),
                rs.getBoolean("active"),
                rs.getBoolean("demo"),
                last == null ? null : last.toInstant(),
                rs.getLong("version"));
    }

    private static Set<Role> roles(ResultSet rs) throws SQLException {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream(rs.getString("roles").split(","))
                .filter(s -> !s.isBlank())
                .forEach(s -> roles.add(Role.valueOf(s)));
        return roles;
    }

    /** E-mail addresses of active accounts: one user by login, or everyone of a role (within a region when given). */
    public List<String> mailboxes(String username, String role, String regionCode) {
        return jdbc.sql("""
                        select distinct u.email from organization.users u
                        where u.active and u.email is not null and u.email like '%_@_%'
                          and (cast(:u as text) is null or lower(u.username) = lower(:u))
                          and (cast(:role as text) is null
                               or exists (select 1 from organization.user_roles r where r.user_id = u.id and r.role = :role))
                          and (cast(:region as text) is null or u.region_code = :region)
                        order by u.email
                        """)
                .param("u", username)
                .param("role", role)
                .param("region", regionCode)
                .query(String.class)
                .list();
    }
}
