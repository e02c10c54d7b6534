package ru.praktika.practice.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import ru.praktika.nationalproject.NationalProjectApi;
import ru.praktika.nationalproject.RegionalProjectView;
import ru.praktika.practice.CardCatalogue;
import ru.praktika.practice.CardTexts;
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
        return check(d, regionCode, year, new Lookups(territory, catalogue, false));
    }

    /** Lookups that remember every answer: an import checks thousands of rows against the same reference data. */
    Lookups remembering() {
        return new Lookups(territory, catalogue, true);
    }

    /**
     * The reference data a check looks up (municipalities, the national-project catalogue), asked directly or
     * remembered for the length of one import.
     */
    static final class Lookups {
        private final TerritoryApi territory;
        private final NationalProjectApi catalogue;
        private final boolean remember;
        // concurrent: an import checks its cards on every core
        private final Map<String, java.util.Optional<MunicipalityView>> municipalities =
                new java.util.concurrent.ConcurrentHashMap<>();
        private final Map<List<Object>, Object> links = new java.util.concurrent.ConcurrentHashMap<>();
        private final Map<Long, Object> regional = new java.util.concurrent.ConcurrentHashMap<>();
        private final Map<String, String> federalNames = new java.util.concurrent.ConcurrentHashMap<>();

        Lookups(TerritoryApi territory, NationalProjectApi catalogue, boolean remember) {
            this.territory = territory;
            this.catalogue = catalogue;
            this.remember = remember;
        }

        java.util.Optional<MunicipalityView> municipality(String oktmo) {
            return remember
                    ? municipalities.computeIfAbsent(oktmo, territory::municipality)
                    : territory.municipality(oktmo);
        }

        ru.praktika.nationalproject.LinkView resolveLink(
                String region, int year, String np, String fp, Long rp, Long indicator) {
            if (!remember) {
                return catalogue.resolveLink(region, year, np, fp, rp, indicator);
            }
            Object v = links.computeIfAbsent(java.util.Arrays.asList(region, year, np, fp, rp, indicator), k -> {
                try {
                    return catalogue.resolveLink(region, year, np, fp, rp, indicator);
                } catch (InvalidRequestException e) {
                    return e;
                }
            });
            if (v instanceof InvalidRequestException e) {
                throw new InvalidRequestException(e.getMessage());
            }
            return (ru.praktika.nationalproject.LinkView) v;
        }

        RegionalProjectView regionalProject(long id) {
            if (!remember) {
                return catalogue.regionalProject(id);
            }
            Object v = regional.computeIfAbsent(id, k -> {
                try {
                    return catalogue.regionalProject(k);
                } catch (NotFoundException e) {
                    return e;
                }
            });
            if (v instanceof NotFoundException e) {
                throw e;
            }
            return (RegionalProjectView) v;
        }

        String federalProjectName(String code) {
            java.util.function.Function<String, String> find = c ->
                    catalogue.federalProject(c).map(fp -> "«" + fp.name() + "»").orElse("«" + c + "»");
            return remember ? federalNames.computeIfAbsent(code, find) : find.apply(code);
        }
    }

    Practice.Content check(PracticeDraft d, String regionCode, int year, Lookups lookups) {
        Map<String, String> errors = new LinkedHashMap<>();
        String title = text(errors, "title", d.title(), 300);
        if (title == null) {
            errors.put("title", "Укажите название практики");
        }
        String lead = blankToNull(d.leadMunicipality());
        if (lead == null) {
            errors.put("leadMunicipality", "Укажите ведущее муниципальное образование (ОКТМО)");
        } else {
            checkMunicipality(errors, "leadMunicipality", lead, regionCode, lookups);
        }
        List<String> municipalities = new ArrayList<>();
        List<String> given = d.municipalities() == null ? List.of() : d.municipalities();
        rows(errors, "municipalities", given);
        for (int i = 0; i < given.size() && i < MAX_ROWS; i++) {
            String oktmo = blankToNull(given.get(i));
            if (oktmo != null && checkMunicipality(errors, "municipalities[" + i + "]", oktmo, regionCode, lookups)) {
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
            String mismatch = regionalOfAnotherFederal(l, lookups);
            if (mismatch != null) {
                errors.put(key + ".regionalProject", mismatch);
                continue;
            }
            try {
                var link = lookups.resolveLink(
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
        Map<String, Object> values = new java.util.HashMap<>();
        for (CardCatalogue.Field f : CardCatalogue.FIELDS) {
            if (f.kind() == CardCatalogue.Kind.OKTMO) {
                continue; // the lead municipality is checked above
            }
            Object v = CardTexts.value(d, f.name());
            if (v instanceof String given5) {
                v = text(errors, f.name(), given5, f.maxLength());
            }
            if (v != null) {
                checkValue(errors, f, v);
            } else if (f.required()) {
                errors.putIfAbsent(f.name(), "Заполните поле «" + f.label() + "»");
            }
            values.put(f.name(), v);
        }
        values.put("title", title);
        values.put("leadOktmo", lead);
        values.put("municipalities", municipalities);
        values.put("financing", financing);
        values.put("results", results);
        values.put("legalActs", acts);
        values.put("links", links);
        Practice.Content content = CardTexts.create(Practice.Content.class, values);
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
    private String regionalOfAnotherFederal(PracticeParts.LinkRow link, Lookups lookups) {
        String federal = blankToNull(link.federalProject());
        if (link.regionalProject() == null || federal == null) {
            return null;
        }
        RegionalProjectView rp;
        try {
            rp = lookups.regionalProject(link.regionalProject());
        } catch (NotFoundException e) {
            return null;
        }
        if (rp.federalProject() == null || rp.federalProject().code().equals(federal)) {
            return null;
        }
        String chosen = lookups.federalProjectName(federal);
        return "Региональный проект «" + rp.name() + "» относится к федеральному проекту «"
                + rp.federalProject().name() + "», а выбран " + chosen
                + ": выберите региональный проект выбранного федерального проекта";
    }

    private boolean checkMunicipality(
            Map<String, String> errors, String key, String oktmo, String regionCode, Lookups lookups) {
        if (!oktmo.matches("\\d{8}")) {
            errors.put(key, "ОКТМО — 8 цифр, найдено «" + oktmo + "»");
            return false;
        }
        MunicipalityView mo = lookups.municipality(oktmo).orElse(null);
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

    /** The checks of a field's kind: an e-mail, a web address, a count. */
    private static void checkValue(Map<String, String> errors, CardCatalogue.Field f, Object v) {
        switch (f.kind()) {
            case EMAIL -> {
                if (!v.toString().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
                    errors.put(f.name(), "Неверный адрес электронной почты");
                }
            }
            case URL -> {
                if (!v.toString().matches("(?i)https?://[^\\s/]+\\.[^\\s]+")) {
                    errors.put(
                            f.name(),
                            "Адрес страницы начинается с http:// или https://, например https://chaikovsky.ru/praktika");
                }
            }
            case INTEGER -> {
                if (((Integer) v) < 0 || ((Integer) v) > 200_000_000) {
                    errors.put(f.name(), "Число от 0 до 200 000 000");
                }
            }
            default -> {}
        }
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
