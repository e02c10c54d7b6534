package ru.praktika.practice.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import ru.praktika.nationalproject.NationalProjectApi;
import ru.praktika.nationalproject.RegionalProjectView;
import ru.praktika.practice.PracticeDraft;
import ru.praktika.practice.PracticeParts;
import ru.praktika.shared.InvalidRequestException;
import ru.praktika.shared.NotFoundException;
import ru.praktika.territory.MunicipalityView;
import ru.praktika.territory.TerritoryApi;

/**
 * Checks a draft field by field and collects every problem (not just the first) with a Russian message; turns a
 * valid draft into the content of the aggregate.
 */
@Component
class PracticeValidator {

    static final int MAX_TEXT = 20_000;
    static final int MAX_ROWS = 100;

    private final TerritoryApi territory;
    private final NationalProjectApi catalogue;

    PracticeValidator(TerritoryApi territory, NationalProjectApi catalogue) {
        this.territory = territory;
        this.catalogue = catalogue;
    }

    Practice.Content check(PracticeDraft d, String regionCode, int year) {
        Map<String, String> errors = new LinkedHashMap<>();
        String title = text(errors, "title", d.title(), 300);
        if (title == null) {
            errors.put("title", "Укажите название практики");
        }
        String lead = blankToNull(d.leadMunicipality());
        if (lead == null) {
            errors.put("leadMunicipality", "Укажите ведущее муниципальное образование (ОКТМО)");
        } else {
            checkMunicipality(errors, "leadMunicipality", lead, regionCode);
        }
        List<String> municipalities = new ArrayList<>();
        List<String> given = d.municipalities() == null ? List.of() : d.municipalities();
        rows(errors, "municipalities", given);
        for (int i = 0; i < given.size() && i < MAX_ROWS; i++) {
            String oktmo = blankToNull(given.get(i));
            if (oktmo != null && checkMunicipality(errors, "municipalities[" + i + "]", oktmo, regionCode)) {
                municipalities.add(oktmo);
            }
        }
        if (d.periodFrom() != null && d.periodTo() != null && d.periodTo().isBefore(d.periodFrom())) {
            errors.put("periodTo", "Окончание не может быть раньше начала");
        }
        List<Practice.Financing> financing = new ArrayList<>();
        List<PracticeParts.FinancingRow> money = d.financing() == null ? List.of() : d.financing();
        rows(errors, "financing", money);
        for (int i = 0; i < money.size() && i < MAX_ROWS; i++) {
            var f = money.get(i);
            if (f.source() == null) {
                errors.put("financing[" + i + "].source", "Укажите источник финансирования");
            }
            if (f.amountRub() == null || f.amountRub().signum() < 0) {
                errors.put("financing[" + i + "].amountRub", "Сумма в рублях — число не меньше нуля");
            } else if (f.amountRub().compareTo(new java.math.BigDecimal("1e15")) > 0) {
                errors.put("financing[" + i + "].amountRub", "Слишком большая сумма");
            }
            if (f.source() != null && f.amountRub() != null && f.amountRub().signum() >= 0) {
                financing.add(new Practice.Financing(f.source(), f.amountRub()));
            }
        }
        List<Practice.Result> results = new ArrayList<>();
        List<PracticeParts.ResultRow> given2 = d.results() == null ? List.of() : d.results();
        rows(errors, "results", given2);
        for (int i = 0; i < given2.size() && i < MAX_ROWS; i++) {
            var r = given2.get(i);
            String key = "results[" + i + "]";
            String indicator = text(errors, key + ".indicator", r.indicator(), 500);
            if (indicator == null) {
                errors.put(key + ".indicator", "Укажите, что измеряется");
            }
            year(errors, key + ".baseYear", r.baseYear());
            year(errors, key + ".actualYear", r.actualYear());
            if (r.actualValue() != null && r.actualYear() == null) {
                errors.put(key + ".actualYear", "Укажите год фактического значения");
            }
            results.add(new Practice.Result(
                    indicator,
                    text(errors, key + ".unit", r.unit(), 100),
                    r.baseValue(),
                    r.baseYear(),
                    r.targetValue(),
                    r.actualValue(),
                    r.actualYear()));
        }
        List<Practice.LegalAct> acts = new ArrayList<>();
        List<PracticeParts.LegalActRow> given3 = d.legalActs() == null ? List.of() : d.legalActs();
        rows(errors, "legalActs", given3);
        for (int i = 0; i < given3.size() && i < MAX_ROWS; i++) {
            var a = given3.get(i);
            String key = "legalActs[" + i + "]";
            String type = text(errors, key + ".type", a.type(), 200);
            String number = text(errors, key + ".number", a.number(), 100);
            if (type == null) errors.put(key + ".type", "Укажите вид акта (постановление, решение…)");
            if (number == null) errors.put(key + ".number", "Укажите номер акта");
            if (a.date() == null) errors.put(key + ".date", "Укажите дату акта");
            acts.add(new Practice.LegalAct(type, number, a.date(), text(errors, key + ".title", a.title(), 1000)));
        }
        List<Practice.Link> links = new ArrayList<>();
        List<PracticeParts.LinkRow> given4 = d.links() == null ? List.of() : d.links();
        rows(errors, "links", given4);
        for (int i = 0; i < given4.size() && i < MAX_ROWS; i++) {
            var l = given4.get(i);
            String key = "links[" + i + "]";
            String mismatch = regionalOfAnotherFederal(l);
            if (mismatch != null) {
                errors.put(key + ".regionalProject", mismatch);
                continue;
            }
            try {
                var link = catalogue.resolveLink(
                        regionCode,
                        year,
                        blankToNull(l.nationalProject()),
                        blankToNull(l.federalProject()),
                        l.regionalProject(),
                        l.indicator());
                links.add(new Practice.Link(
                        link.nationalProject().code(),
                        link.federalProject() == null
                                ? null
                                : link.federalProject().code(),
                        link.regionalProjectId(),
                        link.indicatorId(),
                        text(errors, key + ".contribution", l.contribution(), 2000)));
            } catch (InvalidRequestException e) {
                errors.put(key, e.getMessage());
            }
        }
        String email = text(errors, "contactEmail", d.contactEmail(), 200);
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            errors.put("contactEmail", "Неверный адрес электронной почты");
        }
        Practice.Content content = new Practice.Content(
                lead,
                municipalities,
                title,
                text(errors, "problem", d.problem(), MAX_TEXT),
                text(errors, "goals", d.goals(), MAX_TEXT),
                text(errors, "description", d.description(), MAX_TEXT),
                d.periodFrom(),
                d.periodTo(),
                d.mechanism(),
                text(errors, "partners", d.partners(), MAX_TEXT),
                text(errors, "beneficiaries", d.beneficiaries(), MAX_TEXT),
                text(errors, "replicability", d.replicability(), MAX_TEXT),
                text(errors, "lessons", d.lessons(), MAX_TEXT),
                text(errors, "contactName", d.contactName(), 200),
                text(errors, "contactPosition", d.contactPosition(), 300),
                text(errors, "contactPhone", d.contactPhone(), 100),
                email,
                financing,
                results,
                acts,
                links);
        if (!errors.isEmpty()) {
            throw InvalidRequestException.ofFields(errors);
        }
        return content;
    }

    /** What a card needs before it goes to the council: the substance and at least one link. */
    void checkReadyToSubmit(PracticeDraftView card) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (card.problem() == null) errors.put("problem", "Перед отправкой опишите проблему");
        if (card.description() == null) errors.put("description", "Перед отправкой опишите, что сделано");
        if (card.linkCount() == 0) {
            errors.put("links", "Перед отправкой свяжите практику хотя бы с одним национальным проектом");
        }
        if (!errors.isEmpty()) {
            throw InvalidRequestException.ofFields(errors);
        }
    }

    /** The few things the submit check needs. */
    record PracticeDraftView(String problem, String description, int linkCount) {}

    /**
     * Why the link's regional project does not carry its federal project, or null when it does (or either is not
     * chosen, or the regional project is unknown — the catalogue's own check names that).
     */
    private String regionalOfAnotherFederal(PracticeParts.LinkRow link) {
        String federal = blankToNull(link.federalProject());
        if (link.regionalProject() == null || federal == null) {
            return null;
        }
        RegionalProjectView rp;
        try {
            rp = catalogue.regionalProject(link.regionalProject());
        } catch (NotFoundException e) {
            return null;
        }
        if (rp.federalProject() == null || rp.federalProject().code().equals(federal)) {
            return null;
        }
        String chosen = catalogue
                .federalProject(federal)
                .map(fp -> "«" + fp.name() + "»")
                .orElse("«" + federal + "»");
        return "Региональный проект «" + rp.name() + "» относится к федеральному проекту «"
                + rp.federalProject().name() + "», а выбран " + chosen
                + ": выберите региональный проект выбранного федерального проекта";
    }

    private boolean checkMunicipality(Map<String, String> errors, String key, String oktmo, String regionCode) {
        if (!oktmo.matches("\\d{8}")) {
            errors.put(key, "ОКТМО — 8 цифр, найдено «" + oktmo + "»");
            return false;
        }
        MunicipalityView mo = territory.municipality(oktmo).orElse(null);
        if (mo == null) {
            errors.put(key, "Муниципальное образование с ОКТМО " + oktmo + " не найдено");
            return false;
        }
        if (!mo.active()) {
            errors.put(
                    key,
                    "«" + mo.name() + "» упразднено и не входит в действующий справочник ОКТМО: выберите"
                            + " муниципальное образование, в которое оно вошло");
            return false;
        }
        if (!mo.regionCode().equals(regionCode)) {
            errors.put(key, "«" + mo.name() + "» относится к другому региону");
            return false;
        }
        return true;
    }

    private static void rows(Map<String, String> errors, String key, List<?> rows) {
        if (rows.size() > MAX_ROWS) {
            errors.put(key, "Не больше " + MAX_ROWS + " строк");
        }
    }

    private static void year(Map<String, String> errors, String key, Integer year) {
        if (year != null && (year < 1990 || year > 2040)) {
            errors.put(key, "Год — от 1990 до 2040");
        }
    }

    private static String text(Map<String, String> errors, String key, String value, int max) {
        String v = blankToNull(value);
        if (v != null && v.length() > max) {
            errors.put(key, "Не длиннее " + max + " знаков");
        }
        return v;
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
