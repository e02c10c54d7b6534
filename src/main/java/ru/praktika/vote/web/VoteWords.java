package ru.praktika.vote.web;

import ru.praktika.shared.RussianNumbers;
import ru.praktika.vote.VoteTypes;
import ru.praktika.vote.VoteView;

/** The rules of a vote in words, as its page states them. */
final class VoteWords {

    private VoteWords() {}

    static String rules(VoteView v) {
        String kind = switch (v.kind()) {
            case SINGLE -> "один вариант";
            case MULTIPLE -> "не более " + RussianNumbers.count(v.maxChoices(), "варианта", "вариантов", "вариантов");
            case RANKING -> "ранжирование (подсчёт по Борда: первое место — больше всего баллов)";
        };
        String quorum = switch (v.quorum()) {
            case NONE -> "кворум не требуется";
            case MORE_THAN_HALF -> "кворум — более половины советов";
            case TWO_THIRDS -> "кворум — не менее двух третей советов";
        };
        String majority = switch (v.majority()) {
            case RELATIVE ->
                "побеждает набравший больше " + (v.kind() == VoteTypes.Kind.RANKING ? "баллов" : "голосов");
            case SIMPLE -> "нужно более половины голосов проголосовавших";
            case ABSOLUTE -> "нужно более половины голосов всех советов";
            case QUALIFIED -> "нужно не менее двух третей голосов проголосовавших";
        };
        return "Выбор: " + kind + "; " + (v.secret() ? "тайное" : "открытое (поимённое)") + "; " + quorum + "; "
                + majority + ".";
    }
}
