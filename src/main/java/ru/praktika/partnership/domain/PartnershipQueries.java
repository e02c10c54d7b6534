package ru.praktika.partnership.domain;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import ru.praktika.partnership.AgreementState;
import ru.praktika.partnership.AgreementSummary;
import ru.praktika.partnership.AgreementView;
import ru.praktika.partnership.PartnerView;
import ru.praktika.partnership.ProgrammeSummary;
import ru.praktika.partnership.ProgrammeView;
import ru.praktika.shared.Actor;

/** Reads of partners, agreements and programmes, in SQL; the callers check who may read them. */
@Component
class PartnershipQueries {

    /** The agreement's row, before its parties, history, files and obligations are added. */
    record AgreementRow(
            long id,
            String number,
            String title,
            String subject,
            AgreementState state,
            LocalDate agreedOn,
            LocalDate signedOn,
            LocalDate effectiveFrom,
            LocalDate validUntil,
            int reminderDays,
            String terminationReason,
            Long instructionId,
            String instructionLabel,
            long version) {}

    private final JdbcClient jdbc;

    PartnershipQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<PartnerView> partners(Actor viewer) {
        return jdbc.sql(PARTNER_SELECT + " order by p.name")
                .params(PartnershipPermissions.viewer(viewer))
                .query(PartnershipQueries::partner)
                .list();
    }

    Optional<PartnerView> partner(long id, Actor viewer) {
        return jdbc.sql(PARTNER_SELECT + " where p.id = :id")
                .param("id", id)
                .params(PartnershipPermissions.viewer(viewer))
                .query(PartnershipQueries::partner)
                .optional();
    }

    private static final String PARTNER_SELECT = """
            select p.*, (select count(*) from partnership.agreement_parties ap
                         join partnership.agreements a on a.id = ap.agreement_id
                         where ap.partner_id = p.id and """ + PartnershipPermissions.READABLE + """
            ) as agreements
            from partnership.partners p
            """;

    private static PartnerView partner(ResultSet rs, int row) throws SQLException {
        return new PartnerView(
                rs.getLong("id"),
                (Long) rs.getObject("organization_id"),
                rs.getString("name"),
                rs.getString("short_name"),
                rs.getString("kind"),
                rs.getString("inn"),
                rs.getString("site"),
                rs.getString("address"),
                rs.getString("contact_person"),
                rs.getString("contact_position"),
                rs.getString("phone"),
                rs.getString("email"),
                rs.getBoolean("demo"),
                rs.getLong("agreements"),
                rs.getLong("version"));
    }

    /** The agreements the viewer may read, newest first; of one partner or state when given. */
    List<AgreementSummary> agreements(Actor viewer, AgreementState state, Long partnerId) {
        StringBuilder sql = new StringBuilder("""
                select a.id, a.number, a.title, a.state, a.signed_on, a.valid_until,
                       (select string_agg(ap.party_name, '; ' order by ap.position) from partnership.agreement_parties ap
                        where ap.agreement_id = a.id and ap.partner_id is not null) as partners
                from partnership.agreements a
                where """).append(PartnershipPermissions.READABLE);
        Map<String, Object> params = new LinkedHashMap<>(PartnershipPermissions.viewer(viewer));
        if (state != null) {
            sql.append(" and a.state = :state");
            params.put("state", state.name());
        }
        if (partnerId != null) {
            sql.append(" and exists (select 1 from partnership.agreement_parties x where x.agreement_id = a.id"
                    + " and x.partner_id = :partner)");
            params.put("partner", partnerId);
        }
        sql.append(" order by coalesce(a.signed_on, a.created_at::date) desc, a.id desc");
        return jdbc.sql(sql.toString())
                .params(params)
                .query((rs, i) -> {
                    String number = rs.getString("number");
                    String partners = rs.getString("partners");
                    return new AgreementSummary(
                            rs.getLong("id"),
                            number,
                            rs.getString("title"),
                            AgreementState.valueOf(rs.getString("state")),
                            partners,
                            rs.getObject("signed_on", LocalDate.class),
                            rs.getObject("valid_until", LocalDate.class),
                            AgreementLabels.label(
                                    number, partners == null ? List.of() : List.of(partners.split("; "))));
                })
                .list();
    }

    Optional<AgreementRow> agreement(long id) {
        return jdbc.sql("select * from partnership.agreements where id = :id")
                .param("id", id)
                .query((rs, i) -> new AgreementRow(
                        rs.getLong("id"),
                        rs.getString("number"),
                        rs.getString("title"),
                        rs.getString("subject"),
                        AgreementState.valueOf(rs.getString("state")),
                        rs.getObject("agreed_on", LocalDate.class),
                        rs.getObject("signed_on", LocalDate.class),
                        rs.getObject("effective_from", LocalDate.class),
                        rs.getObject("valid_until", LocalDate.class),
                        rs.getInt("reminder_days"),
                        rs.getString("termination_reason"),
                        (Long) rs.getObject("instruction_id"),
                        rs.getString("instruction_label"),
                        rs.getLong("version")))
                .optional();
    }

    List<AgreementView.Party> parties(long agreementId) {
        return jdbc.sql("select partner_id, party_name, signatory_name, signatory_position"
                        + " from partnership.agreement_parties where agreement_id = :a order by position")
                .param("a", agreementId)
                .query((rs, i) -> new AgreementView.Party(
                        (Long) rs.getObject(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    List<AgreementView.Transition> history(long agreementId) {
        return jdbc.sql("select from_state, to_state, actor, at, comment from partnership.agreement_history"
                        + " where agreement_id = :a order by at, id")
                .param("a", agreementId)
                .query((rs, i) -> new AgreementView.Transition(
                        rs.getString(1) == null ? null : AgreementState.valueOf(rs.getString(1)),
                        AgreementState.valueOf(rs.getString(2)),
                        rs.getString(3),
                        rs.getTimestamp(4).toInstant(),
                        rs.getString(5)))
                .list();
    }

    List<AgreementView.AgreementFile> files(long agreementId) {
        return jdbc.sql("select id, kind, file_name, content_type, size_bytes, uploaded_by, uploaded_at"
                        + " from partnership.agreement_files where agreement_id = :a order by id")
                .param("a", agreementId)
                .query((rs, i) -> new AgreementView.AgreementFile(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getLong(5),
                        rs.getString(6),
                        rs.getTimestamp(7).toInstant()))
                .list();
    }

    /** The programmes the viewer may read (their agreement readable); of one agreement when given. */
    List<ProgrammeSummary> programmes(Actor viewer, Long agreementId) {
        String sql = """
                select g.id, g.agreement_id, g.title, g.first_year, g.last_year,
                       (select count(*) from partnership.programme_regions r where r.programme_id = g.id) as regions
                from partnership.programmes g join partnership.agreements a on a.id = g.agreement_id
                where """ + PartnershipPermissions.READABLE
                + (agreementId == null ? "" : " and g.agreement_id = :agreement")
                + " order by g.first_year desc, g.title";
        Map<String, Object> params = new LinkedHashMap<>(PartnershipPermissions.viewer(viewer));
        if (agreementId != null) {
            params.put("agreement", agreementId);
        }
        return jdbc.sql(sql)
                .params(params)
                .query((rs, i) -> new ProgrammeSummary(
                        rs.getLong("id"),
                        rs.getLong("agreement_id"),
                        label(rs.getLong("agreement_id")),
                        rs.getString("title"),
                        rs.getInt("first_year"),
                        rs.getInt("last_year"),
                        rs.getLong("regions")))
                .list();
    }

    /** The agreement's label, «Соглашение № 3 с Ассоциацией волонтерских центров». */
    String label(long agreementId) {
        String number = jdbc.sql("select number from partnership.agreements where id = :a")
                .param("a", agreementId)
                .query(String.class)
                .single();
        List<String> partners = jdbc.sql("select party_name from partnership.agreement_parties"
                        + " where agreement_id = :a and partner_id is not null order by position")
                .param("a", agreementId)
                .query(String.class)
                .list();
        return AgreementLabels.label(number, partners);
    }

    Optional<ProgrammeView> programme(long id) {
        return jdbc.sql("""
                        select g.*, a.state as agreement_state from partnership.programmes g
                        join partnership.agreements a on a.id = g.agreement_id where g.id = :id
                        """).param("id", id).query((rs, i) -> programme(rs)).optional();
    }

    private ProgrammeView programme(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        long agreement = rs.getLong("agreement_id");
        List<String> regions = jdbc.sql("select region_code from partnership.programme_regions where programme_id = :p"
                        + " order by region_code")
                .param("p", id)
                .query(String.class)
                .list();
        List<ProgrammeView.Activity> activities = jdbc.sql("""
                        select id, title, starts_on, ends_on, responsible, status from partnership.programme_activities
                        where programme_id = :p order by starts_on nulls last, id
                        """)
                .param("p", id)
                .query((r, n) -> new ProgrammeView.Activity(
                        r.getLong(1),
                        r.getString(2),
                        r.getObject(3, LocalDate.class),
                        r.getObject(4, LocalDate.class),
                        r.getString(5),
                        ProgrammeView.ActivityStatus.valueOf(r.getString(6))))
                .list();
        Map<Long, ProgrammeView.Kpi> kpis = new LinkedHashMap<>();
        jdbc.sql("select id, name, unit from partnership.programme_kpis where programme_id = :p order by position, id")
                .param("p", id)
                .query((r, n) -> new ProgrammeView.Kpi(r.getLong(1), r.getString(2), r.getString(3), new TreeMap<>()))
                .list()
                .forEach(k -> kpis.put(k.id(), k));
        if (!kpis.isEmpty()) {
            jdbc.sql("select kpi_id, year, target, actual from partnership.kpi_values where kpi_id in (:k)")
                    .param("k", kpis.keySet())
                    .query((r, n) -> {
                        kpis.get(r.getLong(1))
                                .values()
                                .put(
                                        r.getInt(2),
                                        new ProgrammeView.Value(strip(r.getBigDecimal(3)), strip(r.getBigDecimal(4))));
                        return 0;
                    })
                    .list();
        }
        List<ProgrammeView.Report> reports = jdbc.sql("""
                        select id, year, text, file_name, created_by, created_at from partnership.programme_reports
                        where programme_id = :p order by year desc, id desc
                        """)
                .param("p", id)
                .query((r, n) -> new ProgrammeView.Report(
                        r.getLong(1),
                        r.getInt(2),
                        r.getString(3),
                        r.getString(4),
                        r.getString(5),
                        r.getTimestamp(6).toInstant()))
                .list();
        List<ProgrammeView.Link> links = jdbc.sql("""
                        select id, kind, target_id, title, region_code, added_by from partnership.programme_links
                        where programme_id = :p order by kind, title
                        """)
                .param("p", id)
                .query((r, n) -> new ProgrammeView.Link(
                        r.getLong(1),
                        ProgrammeView.LinkKind.valueOf(r.getString(2)),
                        r.getLong(3),
                        r.getString(4),
                        r.getString(5),
                        r.getString(6)))
                .list();
        return new ProgrammeView(
                id,
                agreement,
                label(agreement),
                AgreementState.valueOf(rs.getString("agreement_state")),
                rs.getString("title"),
                rs.getString("description"),
                rs.getInt("first_year"),
                rs.getInt("last_year"),
                regions,
                activities,
                new ArrayList<>(kpis.values()),
                reports,
                links,
                rs.getLong("version"));
    }

    private static BigDecimal strip(BigDecimal v) {
        if (v == null) {
            return null;
        }
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
