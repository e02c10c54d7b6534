package ru.praktika.practice.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;
import ru.praktika.practice.FinancingSource;
import ru.praktika.practice.Mechanism;
import ru.praktika.practice.PracticeAction;
import ru.praktika.practice.PracticeStatus;

/**
 * A practice card. It keeps its derived fields true (inter-municipal, total money, extra-budgetary share) and its
 * workflow: each verb checks the state it starts from and returns the transition it made.
 */
@Table(schema = "practice", name = "practices")
class Practice {

    @Id
    private Long id;

    private int year;
    private String regionCode;
    private String leadOktmo;
    private String title;
    private String problem;
    private String goals;
    private String description;
    private LocalDate periodFrom;
    private LocalDate periodTo;
    private Mechanism mechanism;
    private String partners;
    private String beneficiaries;
    private Integer beneficiariesCount;
    private String practiceUrl;
    private String replicability;
    private String lessons;
    private String contactName;
    private String contactPosition;
    private String contactPhone;
    private String contactEmail;
    private PracticeStatus status;
    private boolean interMunicipal;
    private BigDecimal totalFinancing;
    private BigDecimal extraBudgetaryShare;
    private String externalId;
    private boolean demo;
    /** The author agreed that the contact person is shown on the public card (changed by SQL, not a revision). */
    @org.springframework.data.annotation.ReadOnlyProperty
    private boolean contactsPublic;

    private String createdBy;
    private Instant createdAt;
    private Instant updatedAt;

    @MappedCollection(idColumn = "practice_id", keyColumn = "position")
    private List<MunicipalityRef> municipalities = new ArrayList<>();

    @MappedCollection(idColumn = "practice_id", keyColumn = "position")
    private List<Financing> financing = new ArrayList<>();

    @MappedCollection(idColumn = "practice_id", keyColumn = "position")
    private List<Result> results = new ArrayList<>();

    @MappedCollection(idColumn = "practice_id", keyColumn = "position")
    private List<LegalAct> legalActs = new ArrayList<>();

    @MappedCollection(idColumn = "practice_id", keyColumn = "position")
    private List<Link> links = new ArrayList<>();

    @Version
    private Long version;

    Practice() {}

    /** A new draft of a region's practice. */
    static Practice draft(int year, String regionCode, Content content, String createdBy) {
        Practice p = new Practice();
        p.year = year;
        p.regionCode = regionCode;
        p.status = PracticeStatus.DRAFT;
        p.createdBy = createdBy;
        p.createdAt = Instant.now();
        p.apply(content);
        return p;
    }

    /** Changes the content; only drafts and returned cards change. */
    void revise(int year, Content content) {
        if (!isEditable()) {
            throw new WorkflowException("Карточку в состоянии «" + status.label()
                    + "» изменить нельзя: правится черновик или" + " возвращённая на доработку");
        }
        this.year = year;
        apply(content);
    }

    boolean contactsPublic() {
        return contactsPublic;
    }

    boolean isEditable() {
        return isEditable(status);
    }

    /** Only a draft and a card returned for revision change. */
    static boolean isEditable(PracticeStatus status) {
        return status == PracticeStatus.DRAFT || status == PracticeStatus.RETURNED;
    }

    Transition submit() {
        return move(PracticeAction.SUBMIT, PracticeStatus.SUBMITTED, PracticeStatus.DRAFT, PracticeStatus.RETURNED);
    }

    Transition forward() {
        return move(PracticeAction.FORWARD, PracticeStatus.FORWARDED, PracticeStatus.SUBMITTED);
    }

    Transition returnForRevision() {
        return move(PracticeAction.RETURN, PracticeStatus.RETURNED, PracticeStatus.SUBMITTED, PracticeStatus.FORWARDED);
    }

    Transition accept() {
        return move(PracticeAction.ACCEPT, PracticeStatus.ACCEPTED, PracticeStatus.FORWARDED);
    }

    Transition publish() {
        return move(PracticeAction.PUBLISH, PracticeStatus.PUBLISHED, PracticeStatus.ACCEPTED);
    }

    /** The states each action starts from. */
    static boolean allows(PracticeAction action, PracticeStatus from) {
        return switch (action) {
            case SUBMIT -> from == PracticeStatus.DRAFT || from == PracticeStatus.RETURNED;
            case FORWARD -> from == PracticeStatus.SUBMITTED;
            case RETURN -> from == PracticeStatus.SUBMITTED || from == PracticeStatus.FORWARDED;
            case ACCEPT -> from == PracticeStatus.FORWARDED;
            case PUBLISH -> from == PracticeStatus.ACCEPTED;
        };
    }

    private Transition move(PracticeAction action, PracticeStatus to, PracticeStatus... from) {
        if (!allows(action, status)) {
            throw new WorkflowException(
                    "Действие «" + action.label() + "» недоступно карточке в состоянии «" + status.label() + "»");
        }
        PracticeStatus was = status;
        status = to;
        updatedAt = Instant.now();
        return new Transition(action, was, to);
    }

    private void apply(Content c) {
        this.leadOktmo = c.leadOktmo();
        List<String> all = participants(c);
        this.municipalities = all.stream().map(MunicipalityRef::new).collect(java.util.stream.Collectors.toList());
        this.interMunicipal = all.size() >= 2;
        this.title = c.title();
        this.problem = c.problem();
        this.goals = c.goals();
        this.description = c.description();
        this.periodFrom = c.periodFrom();
        this.periodTo = c.periodTo();
        this.mechanism = c.mechanism();
        this.partners = c.partners();
        this.beneficiaries = c.beneficiaries();
        this.beneficiariesCount = c.beneficiariesCount();
        this.practiceUrl = c.practiceUrl();
        this.replicability = c.replicability();
        this.lessons = c.lessons();
        this.contactName = c.contactName();
        this.contactPosition = c.contactPosition();
        this.contactPhone = c.contactPhone();
        this.contactEmail = c.contactEmail();
        this.financing = new ArrayList<>(c.financing());
        this.results = new ArrayList<>(c.results());
        this.legalActs = new ArrayList<>(c.legalActs());
        this.links = new ArrayList<>(c.links());
        this.totalFinancing = total(financing);
        this.extraBudgetaryShare = extraBudgetaryShare(financing);
        this.updatedAt = Instant.now();
    }

    /** All the money of a card. */
    static BigDecimal total(List<Financing> financing) {
        return financing.stream().map(Financing::amountRub).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Extra-budgetary money / all money, 0..1 with four digits; null without money. */
    static BigDecimal extraBudgetaryShare(List<Financing> financing) {
        BigDecimal total = total(financing);
        BigDecimal extra = financing.stream()
                .filter(f -> f.source() == FinancingSource.EXTRA_BUDGETARY)
                .map(Financing::amountRub)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return total.signum() == 0 ? null : extra.divide(total, 4, RoundingMode.HALF_UP);
    }

    /** The lead first, then the other participants, each once. */
    static List<String> participants(Content c) {
        Set<String> all = new LinkedHashSet<>();
        all.add(c.leadOktmo());
        all.addAll(c.municipalities());
        return new ArrayList<>(all);
    }

    void markDemo() {
        this.demo = true;
    }

    Long id() {
        return id;
    }

    long version() {
        return version == null ? 0 : version;
    }

    int year() {
        return year;
    }

    String regionCode() {
        return regionCode;
    }

    String leadOktmo() {
        return leadOktmo;
    }

    String title() {
        return title;
    }

    PracticeStatus status() {
        return status;
    }

    List<String> municipalityCodes() {
        return municipalities.stream().map(MunicipalityRef::oktmo).toList();
    }

    /** All editable content of a card, already checked. */
    record Content(
            String leadOktmo,
            List<String> municipalities,
            String title,
            String problem,
            String goals,
            String description,
            LocalDate periodFrom,
            LocalDate periodTo,
            Mechanism mechanism,
            String partners,
            String beneficiaries,
            Integer beneficiariesCount,
            String replicability,
            String lessons,
            String practiceUrl,
            String contactName,
            String contactPosition,
            String contactPhone,
            String contactEmail,
            List<Financing> financing,
            List<Result> results,
            List<LegalAct> legalActs,
            List<Link> links) {}

    /** A step of the workflow that happened. */
    record Transition(PracticeAction action, PracticeStatus from, PracticeStatus to) {}

    @Table(schema = "practice", name = "practice_municipalities")
    record MunicipalityRef(String oktmo) {}

    @Table(schema = "practice", name = "financing")
    record Financing(FinancingSource source, BigDecimal amountRub) {}

    @Table(schema = "practice", name = "results")
    record Result(
            String indicator,
            String unit,
            BigDecimal baseValue,
            Integer baseYear,
            BigDecimal targetValue,
            BigDecimal actualValue,
            Integer actualYear) {}

    @Table(schema = "practice", name = "legal_acts")
    record LegalAct(String type, String number, LocalDate date, String title) {}

    @Table(schema = "practice", name = "links")
    record Link(
            String nationalCode, String federalCode, Long regionalProjectId, Long indicatorId, String contribution) {}
}
