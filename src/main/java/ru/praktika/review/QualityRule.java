package ru.praktika.review;

/** The quality rules, each with a default weight and what it checks, in Russian. */
public enum QualityRule {
    REQUIRED_FIELDS(15, "Заполнены основные поля", "Заполните проблему, цели, описание, период и контакты"),
    LINKED_TO_PROJECTS(
            20,
            "Связь с национальным и федеральным проектом",
            "Свяжите практику с национальным и федеральным проектом"),
    LINK_SUPPORTED_BY_TEXT(
            10, "Связь подтверждается текстом", "Связь с национальным проектом не подтверждается текстом практики"),
    RESULT_WITH_NUMBERS(15, "Результат в цифрах", "Укажите результат с базовым и фактическим значением и годами"),
    LEGAL_ACT(10, "Муниципальный правовой акт", "Укажите муниципальный правовой акт (вид, номер, дата)"),
    FINANCING_BY_SOURCE(10, "Финансирование по источникам", "Укажите финансирование по источникам в рублях"),
    INTER_MUNICIPAL(5, "Межмуниципальное взаимодействие", "Практика реализована одним муниципальным образованием"),
    EXTRA_BUDGETARY(
            10, "Внебюджетные средства, концессия или ГЧП/МЧП", "Нет внебюджетных средств, концессии или ГЧП/МЧП"),
    NOT_DUPLICATE(5, "Не дублирует другую практику", "Почти совпадает с другой практикой");

    private final int defaultWeight;
    private final String title;
    private final String finding;

    QualityRule(int defaultWeight, String title, String finding) {
        this.defaultWeight = defaultWeight;
        this.title = title;
        this.finding = finding;
    }

    public int defaultWeight() {
        return defaultWeight;
    }

    public String title() {
        return title;
    }

    /** What the finding says when the rule is not met. */
    public String finding() {
        return finding;
    }
}
