package ru.praktika.linkage.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.praktika.nationalproject.ProjectRef;

/** The model's ranking on hand-made knowledge: what a longer phrase found in a text does to the words inside it. */
class LinkageModelTests {

    private final RussianText russian = new RussianText(Map.of());

    private Knowledge term(String code, String phrase, double weight) {
        return new Knowledge(code, code, russian.stems(phrase), weight, phrase, "lexicon");
    }

    @Test
    void aLongerPhraseOutweighsTheWordsInsideIt() {
        LinkageModel model = new LinkageModel(
                "2019–2024",
                Map.of(
                        "NP19-03", new ProjectRef("NP19-03", "Образование"),
                        "NP19-06", new ProjectRef("NP19-06", "Безопасные качественные дороги")),
                List.of(
                        term("NP19-03", "школьный", 1.0),
                        term("NP19-03", "учащиеся", 0.8),
                        term("NP19-06", "школьный автобус", 1.0)));
        List<String> text = russian.stems("Новый школьный автобус возит учащихся");

        var suggestions = model.suggest(List.of(), text).suggestions();

        // «школьный автобус» (1.5 for two words) against «учащиеся» (0.8) and the «школьный» inside the phrase:
        // counted whole, schools would win (1.8 against 1.5); inside the phrase the word counts half (1.3)
        assertThat(suggestions.get(0).nationalProject().code()).isEqualTo("NP19-06");
        assertThat(suggestions.get(1).nationalProject().code()).isEqualTo("NP19-03");
    }

    @Test
    void aPhraseFoundInTheTitleAndTheTextInTwoFormsIsShownOnce() {
        LinkageModel model = new LinkageModel(
                "2025–2030",
                Map.of("NP25-16", new ProjectRef("NP25-16", "Беспилотные авиационные системы")),
                List.of(term("NP25-16", "беспилотник", 1.0)));

        var suggestion = model.suggest(
                        russian.analyse("Беспилотники для теплотрасс"),
                        russian.analyse("Округ закупил два беспилотника с тепловизорами"))
                .suggestions()
                .get(0);

        assertThat(suggestion.evidence()).containsExactly("беспилотники");
    }
}
