package ru.praktika.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.praktika.practice.domain.PracticeQueries;
import ru.praktika.practice.domain.PracticeService;
import ru.praktika.shared.AccessDeniedException;
import ru.praktika.shared.Actor;
import ru.praktika.shared.ConflictException;
import ru.praktika.shared.NotFoundException;
import ru.praktika.shared.PageRequest;
import ru.praktika.shared.Role;
import ru.praktika.support.Drafts;
import ru.praktika.support.PraktikaTest;
import ru.praktika.support.TestActors;

/** Who may read, write and move a card, per role and per region. */
@PraktikaTest
class PracticeAccessTests {

    @Autowired
    PracticeService practices;

    @Autowired
    PracticeQueries queries;

    @Autowired
    TestActors actors;

    Actor perm, tatarstan, admin, expert, chaikovsky, otherMunicipality;

    @BeforeEach
    void actors() {
        perm = actors.actor("perm");
        tatarstan = actors.actor("tatarstan");
        admin = actors.actor("admin");
        expert = actors.actor("expert");
        chaikovsky = new Actor(9001L, "mo-chaikovsky", Set.of(Role.MUNICIPAL_OPERATOR), "59", "57735000");
        otherMunicipality = new Actor(9002L, "mo-other", Set.of(Role.MUNICIPAL_OPERATOR), "59", "57552000");
    }

    @Test
    void aMunicipalOperatorWritesOnlyForTheirOwnMunicipality() {
        PracticeCard own = practices.create(chaikovsky, draft("57735000"));
        assertThat(own.regionCode()).isEqualTo("59");
        assertThatThrownBy(() -> practices.create(chaikovsky, draft("57552000")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> practices.card(otherMunicipality, own.id())).isInstanceOf(NotFoundException.class);
        assertThat(practices.card(perm, own.id()).title()).isEqualTo(own.title());
        assertThat(practices
                        .act(chaikovsky, own.id(), PracticeAction.SUBMIT, null)
                        .status())
                .isEqualTo(PracticeStatus.SUBMITTED);
        assertThatThrownBy(() -> practices.act(chaikovsky, own.id(), PracticeAction.FORWARD, null))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anotherRegionNeverSeesOrChangesUnpublishedCards() {
        PracticeCard card = practices.create(perm, draft("57735000"));
        assertThatThrownBy(() -> practices.card(tatarstan, card.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> practices.revise(tatarstan, card.id(), card.toDraft()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> practices.act(tatarstan, card.id(), PracticeAction.SUBMIT, null))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> practices.create(tatarstan, draft("57735000")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(queries.search(tatarstan, PracticeFilter.none(), new PageRequest(0, 200))
                        .items())
                .allMatch(p ->
                        p.status() == PracticeStatus.PUBLISHED || p.regionCode().equals("16"));
        assertThatThrownBy(() -> practices.card(Actor.ANONYMOUS, card.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void expertsReadAndCommentButDoNotMoveCards() {
        PracticeCard card = practices.create(perm, draft("57735000"));
        practices.act(perm, card.id(), PracticeAction.SUBMIT, null);
        assertThat(practices.card(expert, card.id()).status()).isEqualTo(PracticeStatus.SUBMITTED);
        practices.comment(expert, card.id(), "Не хватает данных о бюджете");
        assertThat(practices.comments(perm, card.id()))
                .extracting(c -> c.text())
                .contains("Не хватает данных о бюджете");
        assertThatThrownBy(() -> practices.act(expert, card.id(), PracticeAction.FORWARD, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(practices.actions(expert, card.id())).isEmpty();
    }

    @Test
    void onlyTheSecretariatReturnsFromTheAssociationAcceptsAndPublishes() {
        PracticeCard card = practices.create(perm, draft("57735000"));
        practices.act(perm, card.id(), PracticeAction.SUBMIT, null);
        practices.act(perm, card.id(), PracticeAction.FORWARD, null);
        assertThat(practices.actions(perm, card.id())).isEmpty();
        assertThatThrownBy(() -> practices.act(perm, card.id(), PracticeAction.RETURN, "нет"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(practices.actions(admin, card.id()))
                .containsExactlyInAnyOrder(PracticeAction.RETURN, PracticeAction.ACCEPT);
        practices.act(admin, card.id(), PracticeAction.ACCEPT, null);
        assertThatThrownBy(() -> practices.act(admin, card.id(), PracticeAction.ACCEPT, null))
                .isInstanceOf(ConflictException.class);
        practices.act(admin, card.id(), PracticeAction.PUBLISH, "В библиотеку");
        assertThat(practices.card(Actor.ANONYMOUS, card.id()).status()).isEqualTo(PracticeStatus.PUBLISHED);
        assertThat(practices.card(tatarstan, card.id()).title()).isEqualTo(card.title());
        assertThat(practices.history(perm, card.id()))
                .extracting(h -> h.action())
                .containsExactly(
                        PracticeAction.SUBMIT, PracticeAction.FORWARD, PracticeAction.ACCEPT, PracticeAction.PUBLISH);
    }

    @Test
    void aCardCannotBeSubmittedWithoutALinkToANationalProject() {
        PracticeDraft unlinked = new PracticeDraft(
                2023,
                "59",
                "57735000",
                List.of(),
                "Без связи",
                "Проблема",
                null,
                "Сделано",
                null,
                null,
                List.of(),
                Mechanism.BUDGET,
                null,
                null,
                null,
                List.of(),
                List.of(),
                List.of(),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
        PracticeCard card = practices.create(perm, unlinked);
        assertThatThrownBy(() -> practices.act(perm, card.id(), PracticeAction.SUBMIT, null))
                .isInstanceOf(ru.praktika.shared.InvalidRequestException.class)
                .hasMessageContaining("национальным проектом");
    }

    static PracticeDraft draft(String lead) {
        return Drafts.draft(
                2022,
                "59",
                lead,
                "Практика " + lead,
                "Проблема",
                "Цели",
                "Сделано",
                Drafts.link("NP19-04", "NP19-04-FP03"));
    }
}
