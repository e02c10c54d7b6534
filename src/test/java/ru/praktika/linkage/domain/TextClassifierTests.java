package ru.praktika.linkage.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.praktika.nationalproject.ProjectRef;

/**
 * The classifier that reads a whole text: trained on labelled texts, it tells their classes apart in a text it has not
 * seen, shows the words that spoke for a class as the author wrote them, and lets the model suggest a project and say
 * «no national project» where the lexicon knows none of the words.
 */
class TextClassifierTests {

    private final RussianText russian = new RussianText(Map.of());

    private TextClassifier.Text text(String title, String description, String label) {
        return new TextClassifier.Text(russian.stems(title), russian.stems(description), label);
    }

    private List<TextClassifier.Text> texts() {
        return List.of(
                text(
                        "Кружки для школьников",
                        "Педагоги ведут кружки робототехники для школьников после уроков",
                        "NP19-03"),
                text("Учителя для сёл", "Молодые педагоги приехали в сельские школы, школьники занимаются", "NP19-03"),
                text("Школьный технопарк", "В школе открыли технопарк, кружки посещают школьники района", "NP19-03"),
                text(
                        "Ремонт дороги к селу",
                        "Дорожное покрытие уложили заново, асфальт на трассе и обочины",
                        "NP19-06"),
                text("Тротуары и освещение", "Вдоль трассы уложили асфальт тротуара, дорожное освещение", "NP19-06"),
                text("Мост через реку", "Дорожники отремонтировали мост и подъезды, асфальт и ограждения", "NP19-06"),
                text("Переезд архива", "Архив района сверил описи дел и ответил на запросы о стаже", "NONE"),
                text("Почётные граждане", "Дума утвердила положение о звании почётного гражданина района", "NONE"),
                text("Герб района", "Геральдический совет утвердил герб и флаг, положение о символах района", "NONE"));
    }

    @Test
    void tellsTheClassesApartInATextItHasNotSeen() {
        TextClassifier classifier = TextClassifier.train(texts());

        Map<String, Double> p = classifier.probabilities(
                russian.stems("Кружки в школе"), russian.stems("Школьники района и педагоги: робототехника"));

        assertThat(p.values().stream().mapToDouble(Double::doubleValue).sum())
                .isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(p.get("NP19-03")).isGreaterThan(p.get("NP19-06")).isGreaterThan(0.5);
        assertThat(classifier.probabilities(russian.stems("Асфальт"), russian.stems("Дорожное покрытие трассы")))
                .satisfies(q -> assertThat(q.get("NP19-06")).isGreaterThan(0.5));
        // training is counting: the same texts, the same model
        assertThat(TextClassifier.train(texts()).probabilities(List.of(), russian.stems("педагоги и асфальт")))
                .isEqualTo(classifier.probabilities(List.of(), russian.stems("педагоги и асфальт")));
        assertThat(TextClassifier.train(texts().subList(0, 3))).isNull();
    }

    @Test
    void showsTheWordsThatSpokeForAClassAsWritten() {
        TextClassifier classifier = TextClassifier.train(texts());
        RussianText.Analysed title = russian.analyse("Кружки в школе");
        RussianText.Analysed description = russian.analyse("Школьники района ходят в кружки робототехники");

        List<String> evidence = classifier.evidence(title, description, "NP19-03", 6);

        assertThat(evidence).contains("школьники").doesNotContain("района");
        assertThat(evidence)
                .allSatisfy(w -> assertThat((title.words() + " " + description.words()).contains(w.split(" ")[0]))
                        .isTrue());
        assertThat(classifier.evidence(title, description, "NP19-99", 6)).isEmpty();
    }

    @Test
    void theModelSuggestsAndAbstainsWhereTheLexiconKnowsNoWord() {
        Map<String, ProjectRef> projects = Map.of(
                "NP19-03", new ProjectRef("NP19-03", "Образование"),
                "NP19-06", new ProjectRef("NP19-06", "Безопасные качественные дороги"));
        TextClassifier classifier = TextClassifier.train(texts());
        LinkageModel model = new LinkageModel("2019–2024", projects, List.of(), classifier, classifier);

        var roads = model.suggest(
                russian.analyse("Асфальт до села"), russian.analyse("Уложили дорожное покрытие и обочины трассы"));
        var heraldry = model.suggest(
                russian.analyse("Флаг района"), russian.analyse("Геральдический совет утвердил положение о флаге"));

        assertThat(roads.suggestions().get(0).nationalProject().code()).isEqualTo("NP19-06");
        assertThat(roads.suggestions().get(0).evidence()).isNotEmpty().contains("асфальт");
        assertThat(heraldry.unlinked()).isTrue();
        // a text with no word anyone knows gets no suggestion, not three at the uniform share
        assertThat(model.suggest(russian.analyse("Ъ"), russian.analyse("Эээ")).suggestions())
                .isEmpty();
    }

    @Test
    void theClassifiersNoneOverrulesTheLexiconAndItsSurenessOverrulesTheLexiconsSilence() {
        Map<String, ProjectRef> projects = Map.of(
                "NP19-03", new ProjectRef("NP19-03", "Образование"),
                "NP19-06", new ProjectRef("NP19-06", "Безопасные качественные дороги"));
        // the lexicon finds a specific phrase of roads in the heraldry text («флаг» as a lexicon term of roads)
        List<Knowledge> lexicon = List.of(
                new Knowledge("NP19-06", "NP19-06", russian.stems("флаг"), 1.0, "флаг", "lexicon"),
                new Knowledge("NP19-06", "NP19-06", russian.stems("положение"), 1.0, "положение", "lexicon"));
        TextClassifier classifier = TextClassifier.train(texts());
        LinkageModel lexiconOnly = new LinkageModel("2019–2024", projects, lexicon);
        LinkageModel both = new LinkageModel("2019–2024", projects, lexicon, classifier, classifier);
        RussianText.Analysed title = russian.analyse("Флаг района");
        RussianText.Analysed text = russian.analyse("Геральдический совет утвердил положение о флаге и флаг района");

        assertThat(lexiconOnly.suggest(title, text).unlinked()).isFalse();
        assertThat(classifier.probabilities(title.stems(), text.stems()).get("NONE"))
                .isGreaterThanOrEqualTo(LinkageModel.NONE_PROBABILITY);
        assertThat(both.suggest(title, text).unlinked()).isTrue();

        // the lexicon knows nothing of this text; the classifier is sure of schools, so it is linked
        RussianText.Analysed school = russian.analyse("Кружки для школьников");
        RussianText.Analysed lessons =
                russian.analyse("Педагоги школы ведут кружки робототехники, школьники района занимаются после уроков");
        assertThat(classifier.probabilities(school.stems(), lessons.stems()).get("NP19-03"))
                .isGreaterThanOrEqualTo(LinkageModel.SURE);
        assertThat(lexiconOnly.suggest(school, lessons).unlinked()).isTrue();
        assertThat(both.suggest(school, lessons).unlinked()).isFalse();
        assertThat(both.suggest(school, lessons)
                        .suggestions()
                        .get(0)
                        .nationalProject()
                        .code())
                .isEqualTo("NP19-03");
    }
}
