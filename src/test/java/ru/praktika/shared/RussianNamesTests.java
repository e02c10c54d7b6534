package ru.praktika.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import ru.praktika.shared.RussianNames.Case;
import ru.praktika.shared.RussianNames.Gender;

/** Names as a Russian protocol and a press release print them. */
class RussianNamesTests {

    @Test
    void aNameIsReadInEveryUsualOrder() {
        for (String record : new String[] {
            "Иван Николаевич Цецерский",
            "Цецерский Иван Николаевич",
            "И. Н. Цецерский",
            "Цецерский И. Н.",
            "Цецерский И.Н."
        }) {
            assertThat(RussianNames.initialsFirst(record)).as(record).isEqualTo("И. Н. Цецерский");
            assertThat(RussianNames.gender(record)).as(record).isEqualTo(Gender.MALE);
        }
        assertThat(RussianNames.initialsFirst("Екатерина Шугрина")).isEqualTo("Е. Шугрина");
        assertThat(RussianNames.initialsFirst("Шугрина Екатерина")).isEqualTo("Е. Шугрина");
        assertThat(RussianNames.initialsFirst("Александр В. Русанов")).isEqualTo("А. В. Русанов");
        assertThat(RussianNames.initialsFirst("Мазур")).isEqualTo("Мазур");
        assertThat(RussianNames.firstNameAndSurname("Цецерский Иван Николаевич"))
                .isEqualTo("Иван Цецерский");
        assertThat(RussianNames.firstNameAndSurname("Александр В. Русанов")).isEqualTo("Александр Русанов");
        assertThat(RussianNames.firstNameAndSurname("А. В. Русанов")).isEqualTo("А. В. Русанов");
    }

    @Test
    void theGenderComesFromThePatronymicThenTheFirstNameThenTheSurname() {
        assertThat(RussianNames.gender("Саша Николаевна Мазур")).isEqualTo(Gender.FEMALE);
        assertThat(RussianNames.gender("Женя Петрович Мазур")).isEqualTo(Gender.MALE);
        assertThat(RussianNames.gender("Ахмед Гусейн оглы")).isNull();
        assertThat(RussianNames.gender("Владимир Мазур")).isEqualTo(Gender.MALE);
        assertThat(RussianNames.gender("Светлана Мазур")).isEqualTo(Gender.FEMALE);
        assertThat(RussianNames.gender("Никита Глинка")).isEqualTo(Gender.MALE);
        assertThat(RussianNames.gender("А. Шугрина")).isEqualTo(Gender.FEMALE);
        assertThat(RussianNames.gender("А. Вишневская")).isEqualTo(Gender.FEMALE);
        assertThat(RussianNames.gender("А. Рыбаков")).isEqualTo(Gender.MALE);
        assertThat(RussianNames.gender("Саша Мазур")).as("nothing tells").isNull();
        assertThat(RussianNames.gender("Ким Шевченко")).isNull();
    }

    @Test
    void possessiveSurnamesTakeTheirEndings() {
        assertThat(RussianNames.surname("Русанов", Gender.MALE, Case.GENITIVE)).isEqualTo("Русанова");
        assertThat(RussianNames.surname("Русанов", Gender.MALE, Case.ACCUSATIVE))
                .isEqualTo("Русанова");
        assertThat(RussianNames.surname("Игнатьев", null, Case.GENITIVE)).isEqualTo("Игнатьева");
        assertThat(RussianNames.surname("Пушкин", Gender.MALE, Case.GENITIVE)).isEqualTo("Пушкина");
        assertThat(RussianNames.surname("Птицын", Gender.MALE, Case.GENITIVE)).isEqualTo("Птицына");
        assertThat(RussianNames.surname("Игнатьева", Gender.FEMALE, Case.GENITIVE))
                .isEqualTo("Игнатьевой");
        assertThat(RussianNames.surname("Шугрина", Gender.FEMALE, Case.GENITIVE))
                .isEqualTo("Шугриной");
        assertThat(RussianNames.surname("Шугрина", Gender.FEMALE, Case.ACCUSATIVE))
                .isEqualTo("Шугрину");
        assertThat(RussianNames.surname("Кузнецова", null, Case.GENITIVE)).isEqualTo("Кузнецовой");
        assertThat(RussianNames.surname("Птицына", Gender.FEMALE, Case.GENITIVE))
                .isEqualTo("Птицыной");
    }

    @Test
    void adjectivalSurnamesDeclineAsAdjectives() {
        assertThat(RussianNames.surname("Цецерский", Gender.MALE, Case.GENITIVE))
                .isEqualTo("Цецерского");
        assertThat(RussianNames.surname("Цецерский", null, Case.ACCUSATIVE)).isEqualTo("Цецерского");
        assertThat(RussianNames.surname("Троцкий", Gender.MALE, Case.GENITIVE)).isEqualTo("Троцкого");
        assertThat(RussianNames.surname("Толстой", Gender.MALE, Case.GENITIVE)).isEqualTo("Толстого");
        assertThat(RussianNames.surname("Горький", Gender.MALE, Case.GENITIVE)).isEqualTo("Горького");
        assertThat(RussianNames.surname("Вишневская", Gender.FEMALE, Case.GENITIVE))
                .isEqualTo("Вишневской");
        assertThat(RussianNames.surname("Вишневская", Gender.FEMALE, Case.ACCUSATIVE))
                .isEqualTo("Вишневскую");
        assertThat(RussianNames.surname("Толстая", Gender.FEMALE, Case.GENITIVE))
                .isEqualTo("Толстой");
        assertThat(RussianNames.surname("Толстая", Gender.FEMALE, Case.ACCUSATIVE))
                .isEqualTo("Толстую");
    }

    @Test
    void surnamesThatNeverChangeStayAsTheyAre() {
        for (String s :
                new String[] {"Шевченко", "Черных", "Седых", "Живаго", "Дурново", "Гюго", "Руссо", "Ли", "Смит"}) {
            assertThat(RussianNames.surname(s, Gender.FEMALE, Case.GENITIVE))
                    .as(s)
                    .isEqualTo(s);
        }
        for (String s : new String[] {"Шевченко", "Черных", "Живаго", "Гюго", "Дюпре"}) {
            assertThat(RussianNames.surname(s, Gender.MALE, Case.GENITIVE))
                    .as(s)
                    .isEqualTo(s);
        }
    }

    @Test
    void aSurnameOnAConsonantChangesForAManOnlyWhenTheGenderIsKnown() {
        assertThat(RussianNames.surname("Мазур", Gender.MALE, Case.GENITIVE)).isEqualTo("Мазура");
        assertThat(RussianNames.surname("Мазур", Gender.FEMALE, Case.GENITIVE)).isEqualTo("Мазур");
        assertThat(RussianNames.surname("Мазур", null, Case.GENITIVE)).isEqualTo("Мазур");
        assertThat(RussianNames.surname("Гоголь", Gender.MALE, Case.GENITIVE)).isEqualTo("Гоголя");
        assertThat(RussianNames.surname("Гайдай", Gender.MALE, Case.GENITIVE)).isEqualTo("Гайдая");
        assertThat(RussianNames.surname("Цой", Gender.MALE, Case.GENITIVE)).isEqualTo("Цоя");
        assertThat(RussianNames.surname("Глинка", Gender.MALE, Case.GENITIVE)).isEqualTo("Глинки");
        assertThat(RussianNames.surname("Глинка", Gender.FEMALE, Case.ACCUSATIVE))
                .isEqualTo("Глинку");
        assertThat(RussianNames.surname("Шуба", null, Case.GENITIVE)).isEqualTo("Шубы");
        assertThat(RussianNames.surname("Зозуля", Gender.MALE, Case.GENITIVE)).isEqualTo("Зозули");
        assertThat(RussianNames.surname("Римский-Корсаков", Gender.MALE, Case.GENITIVE))
                .isEqualTo("Римского-Корсакова");
    }

    @Test
    void theProtocolPrintsWhomItHeardWithInitials() {
        assertThat(RussianNames.surnameFirst("Александр В. Русанов", Case.ACCUSATIVE))
                .isEqualTo("Русанова А. В.");
        assertThat(RussianNames.surnameFirst("Иван Николаевич Цецерский", Case.ACCUSATIVE))
                .isEqualTo("Цецерского И. Н.");
        assertThat(RussianNames.surnameFirst("Екатерина Шугрина", Case.ACCUSATIVE))
                .isEqualTo("Шугрину Е.");
        assertThat(RussianNames.surnameFirst("Екатерина Шугрина", Case.NOMINATIVE))
                .isEqualTo("Шугрина Е.");
        assertThat(RussianNames.surnameFirst("Владимир Мазур", Case.ACCUSATIVE)).isEqualTo("Мазура В.");
        assertThat(RussianNames.surnameFirst("Саша Мазур", Case.ACCUSATIVE))
                .as("gender unknown: the nominative stays")
                .isEqualTo("Мазур С.");
        assertThat(RussianNames.surnameFirst("Проектный офис ВАРМСУ", Case.ACCUSATIVE))
                .as("not a person")
                .isEqualTo("Проектный офис ВАРМСУ");
        assertThat(RussianNames.surnameFirst("исполнительная дирекция", Case.ACCUSATIVE))
                .isEqualTo("исполнительная дирекция");
    }

    @Test
    void aPressReleaseNamesPeopleInTheGenitiveOnlyWhenItIsSafe() {
        assertThat(name("Иван Цецерский")).isEqualTo("Ивана Цецерского");
        assertThat(name("Екатерина Шугрина")).isEqualTo("Екатерины Шугриной");
        assertThat(name("Александра Игнатьева")).isEqualTo("Александры Игнатьевой");
        assertThat(name("Ольга Смирнова")).isEqualTo("Ольги Смирновой");
        assertThat(name("Артем Метелев")).isEqualTo("Артема Метелева");
        assertThat(name("Сергей Рыбаков")).isEqualTo("Сергея Рыбакова");
        assertThat(name("Пётр Васильев")).isEqualTo("Петра Васильева");
        assertThat(name("Павел Глинка")).isEqualTo("Павла Глинки");
        assertThat(name("Мария Кузнецова")).isEqualTo("Марии Кузнецовой");
        assertThat(name("Игорь Мазур")).isEqualTo("Игоря Мазура");
        assertThat(name("Любовь Мазур")).isEqualTo("Любови Мазур");
        assertThat(name("Илья Шевченко")).isEqualTo("Ильи Шевченко");
        assertThat(name("Саша Мазур")).as("gender unknown").isEmpty();
        assertThat(name("Аскар Мазур")).as("gender unknown").isEmpty();
        assertThat(name("А. Русанов")).as("initial only").isEmpty();
    }

    private static String name(String record) {
        return RussianNames.parse(record)
                .flatMap(n -> n.firstNameAndSurname(Case.GENITIVE))
                .orElse("");
    }
}
