package ru.praktika.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ru.praktika.support.Drafts.draft;
import static ru.praktika.support.Drafts.link;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import ru.praktika.library.domain.Adoptions;
import ru.praktika.library.domain.LibraryIndex;
import ru.praktika.library.domain.LibrarySearch;
import ru.praktika.library.domain.PracticePages;
import ru.praktika.practice.PracticeCard;
import ru.praktika.practice.domain.PracticeService;
import ru.praktika.shared.AccessDeniedException;
import ru.praktika.shared.Actor;
import ru.praktika.shared.InvalidRequestException;
import ru.praktika.support.Drafts;
import ru.praktika.support.PraktikaTest;
import ru.praktika.support.TestActors;

/**
 * The public library on the embedded PostgreSQL: Russian forms, phrases, prefixes and exclusions; typo correction from
 * the published texts' own words; highlights escaped; facet counts over what is found; adoptions counted, searchable,
 * notified and refused where they do not belong.
 */
@PraktikaTest
class LibrarySearchTests {

    @Autowired
    PracticeService practices;

    @Autowired
    LibraryIndex index;

    @Autowired
    LibrarySearch search;

    @Autowired
    Adoptions adoptions;

    @Autowired
    PracticePages pages;

    @Autowired
    TestActors actors;

    @Autowired
    JdbcClient jdbc;

    PracticeCard yards;
    PracticeCard lights;

    @BeforeEach
    void publish() {
        if (yards != null) {
            return;
        }
        yards = published(
                "tatarstan",
                "92701000",
                "Благоустройство дворовых территорий Зеленодольска <b>вместе</b> с жителями",
                "Дворы многоэтажек Зеленодольска не ремонтировались тридцать лет: ямы, нет освещения и площадок.",
                "Жители выбрали дворы на собраниях, подрядчик уложил асфальт, поставил скамейки и детские площадки.",
                "NP19-04",
                "NP19-04-FP03");
        lights = published(
                "perm",
                "57735000",
                "Светодиодное освещение улиц Чайковского по энергосервисному контракту",
                "Старые фонари потребляли много электроэнергии и часто гасли.",
                "По проекту «Светлячок» подрядчик заменил фонари на светодиодные и получает оплату из сэкономленных средств.",
                "NP19-04",
                "NP19-04-FP03");
        index.refresh(List.of(yards.id(), lights.id()));
    }

    private PracticeCard published(
            String user, String lead, String title, String problem, String description, String np, String fp) {
        Actor author = actors.actor(user);
        Actor admin = actors.actor("admin");
        return Drafts.publish(
                practices,
                author,
                admin,
                draft(2024, author.regionCode(), lead, title, problem, "Цели практики", description, link(np, fp)));
    }

    private List<Long> ids(LibraryResult r) {
        return r.hits().stream().map(LibraryHit::id).toList();
    }

    private LibraryResult find(String q) {
        return search.search(LibraryQuery.of(q), true);
    }

    @Test
    void findsWordsInAnyFormAndMarksThem() {
        LibraryResult r = find("благоустройства дворов Зеленодольск");
        assertThat(ids(r)).contains(yards.id()).doesNotContain(lights.id());
        LibraryHit hit =
                r.hits().stream().filter(h -> h.id() == yards.id()).findFirst().orElseThrow();
        assertThat(hit.titleHtml()).contains("<mark>Зеленодольска</mark>");
        assertThat(hit.snippetHtml()).contains("<mark>");
        assertThat(r.corrected()).isNull();
    }

    @Test
    void escapesTheTextsItMarks() {
        LibraryHit hit = find("Зеленодольск").hits().stream()
                .filter(h -> h.id() == yards.id())
                .findFirst()
                .orElseThrow();
        assertThat(hit.titleHtml()).contains("&lt;b&gt;вместе&lt;/b&gt;").doesNotContain("<b>");
    }

    @Test
    void correctsAWordThatMatchesNothing() {
        LibraryResult r = find("благоустройство Зеленодольсково");
        assertThat(r.corrected()).isNotNull().containsIgnoringCase("зеленодольск");
        assertThat(ids(r)).contains(yards.id());
        // a typo in a common word is corrected from the words the library holds
        LibraryResult typo = find("светодиодное асвещение");
        assertThat(typo.corrected()).contains("освещ");
        assertThat(ids(typo)).contains(lights.id());
    }

    @Test
    void understandsPhrasesPrefixesAndExclusions() {
        assertThat(ids(find("\"дворовых территорий\" Зеленодольска"))).contains(yards.id());
        assertThat(ids(find("\"территорий дворовых\" Зеленодольска"))).doesNotContain(yards.id());
        assertThat(ids(find("Зеленодол*"))).contains(yards.id());
        assertThat(ids(find("Зеленодольск -асфальт"))).doesNotContain(yards.id());
        assertThat(ids(find("Светлячок or Зеленодольска"))).contains(yards.id(), lights.id());
    }

    @Test
    void countsFacetsOverWhatIsFoundAndFilters() {
        LibraryResult both = find("Светлячок or Зеленодольска");
        assertThat(both.total()).isEqualTo(2);
        assertThat(both.facets().get("region").values())
                .extracting(Facet.Value::value, Facet.Value::count)
                .contains(org.assertj.core.groups.Tuple.tuple("16", 1L), org.assertj.core.groups.Tuple.tuple("59", 1L));
        assertThat(both.facets().get("district").values())
                .extracting(Facet.Value::label)
                .contains("Приволжский");
        assertThat(both.facets().get("np").values())
                .filteredOn(v -> v.value().equals("NP19-04"))
                .extracting(Facet.Value::count)
                .containsExactly(2L);
        // federal projects appear under the national project chosen
        assertThat(both.facets().get("fp").values()).isEmpty();
        LibraryQuery inTatarstan = new LibraryQuery(
                "Светлячок or Зеленодольска", null, "16", null, "NP19-04", null, null, null, null, null, null, null, 0);
        LibraryResult narrowed = search.search(inTatarstan, true);
        assertThat(ids(narrowed)).containsExactly(yards.id());
        assertThat(narrowed.facets().get("fp").values())
                .extracting(Facet.Value::value, Facet.Value::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("NP19-04-FP03", 1L));
        assertThat(narrowed.facets().get("region").values())
                .extracting(Facet.Value::selected)
                .containsExactly(true);
        assertThat(inTatarstan.with("np", null)).contains("region=16").doesNotContain("np=");
    }

    @Test
    void findsWordsThroughTheWordIndexAsTheSqlFindsThem() {
        List<LibraryQuery> queries = List.of(
                new LibraryQuery("двор", null, null, null, null, null, null, null, null, null, null, "date", 0),
                LibraryQuery.of("благоустройство дворовых территорий"),
                LibraryQuery.of("\"дворовых территорий\" Зеленодольска"),
                LibraryQuery.of("Зеленодол*"),
                LibraryQuery.of("Зеленодольск -асфальт"),
                LibraryQuery.of("Светлячок or Зеленодольска"),
                LibraryQuery.of("-асфальт"),
                new LibraryQuery("освещение", null, "59", null, null, null, null, null, null, null, null, null, 0),
                new LibraryQuery(
                        "территорий",
                        "Приволжский",
                        null,
                        null,
                        "NP19-04",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        "quality",
                        0),
                new LibraryQuery("практика", null, null, null, null, null, null, null, null, null, null, "date", 1),
                LibraryQuery.of("и"));
        for (LibraryQuery q : queries) {
            LibraryResult byIndex = search.search(q, true, true);
            LibraryResult bySql = search.search(q, true, false);
            assertThat(byIndex.total()).as(q.toString()).isEqualTo(bySql.total());
            assertThat(byIndex.facets()).as(q.toString()).isEqualTo(bySql.facets());
            if (!q.sortOrDefault().equals("relevance")) {
                assertThat(ids(byIndex)).as(q.toString()).isEqualTo(ids(bySql));
            } else if (bySql.total() <= LibraryQuery.PAGE_SIZE) {
                assertThat(ids(byIndex)).as(q.toString()).containsExactlyInAnyOrderElementsOf(ids(bySql));
            }
            for (int i = 0; i < byIndex.hits().size(); i++) {
                assertThat(byIndex.hits().get(i).titleHtml()).as(q.toString()).doesNotContain("\u27e6", "\u27e7");
            }
        }
        assertThat(search.search(queries.get(0), true, true).total()).isGreaterThanOrEqualTo(1);
        // the title is the strongest evidence, as in SQL: a word in a title ranks that practice first
        LibraryResult zel = search.search(LibraryQuery.of("Зеленодольска"), true, true);
        assertThat(ids(zel).get(0)).isEqualTo(yards.id());
        assertThat(zel.hits().get(0).titleHtml()).contains("<mark>Зеленодольска</mark>");
    }

    @Test
    void theWordIndexFollowsWhatAnotherInstanceWritesToTheEntries() {
        // another instance renames the practice and removes one: this one learns it from the generation and the rows
        jdbc.sql("update library.entries set title = title || ' Квазарный' where practice_id = :id")
                .param("id", yards.id())
                .update();
        jdbc.sql("update library.state set generation = generation + 1").update();
        LibraryResult renamed = find("квазарного");
        assertThat(ids(renamed)).contains(yards.id());
        assertThat(renamed.hits().get(ids(renamed).indexOf(yards.id())).titleHtml())
                .contains("<mark>Квазарный</mark>");

        jdbc.sql("delete from library.entries where practice_id = :id")
                .param("id", yards.id())
                .update();
        jdbc.sql("update library.state set generation = generation + 1").update();
        assertThat(ids(find("квазарного"))).doesNotContain(yards.id());
        index.refresh(List.of(yards.id()));
        assertThat(ids(find("квазарного"))).doesNotContain(yards.id());
        assertThat(ids(find("Зеленодольска"))).contains(yards.id());
    }

    @Test
    void countsWithoutWordsInMemoryAsTheSqlCountsThem() {
        List<LibraryQuery> queries = List.of(
                LibraryQuery.of(""),
                new LibraryQuery(null, "Приволжский", null, null, null, null, null, null, null, null, null, null, 0),
                new LibraryQuery(null, null, "16", null, null, null, 2024, null, null, null, null, "quality", 0),
                new LibraryQuery(
                        null, null, null, null, "NP19-04", "NP19-04-FP03", null, null, null, null, null, null, 0),
                new LibraryQuery(
                        null, null, null, "URBAN_OKRUG", null, null, null, "BUDGET", true, null, null, null, 0),
                new LibraryQuery(null, null, null, null, null, null, null, null, null, true, true, null, 0),
                // the second pages of every entry and of a filtered set, read from a sort's order and from a heap
                new LibraryQuery(null, null, null, null, null, null, null, null, null, null, null, "adoptions", 1),
                new LibraryQuery(null, "Приволжский", null, null, null, null, null, null, null, null, null, "date", 1),
                new LibraryQuery(
                        null, "Нет такого округа", null, null, null, null, null, null, null, null, null, null, 0));
        for (LibraryQuery q : queries) {
            LibraryResult inMemory = search.search(q, true, true);
            LibraryResult bySql = search.search(q, true, false);
            assertThat(inMemory.total()).as(q.toString()).isEqualTo(bySql.total());
            assertThat(inMemory.facets()).as(q.toString()).isEqualTo(bySql.facets());
            assertThat(ids(inMemory)).as(q.toString()).isEqualTo(ids(bySql));
        }
        assertThat(search.search(LibraryQuery.of(""), true, true).total()).isGreaterThanOrEqualTo(2);
        assertThat(search.search(queries.get(1), true, true)
                        .facets()
                        .get("region")
                        .values())
                .extracting(Facet.Value::value)
                .contains("16", "59");
    }

    @Test
    void anAdoptionIsCountedSearchableNotifiedAndAudited() {
        Actor chaikovsky = actors.actor("chaikovsky");
        long notified = jdbc.sql("select count(*) from notification.notifications where recipient_role ="
                        + " 'REGIONAL_OPERATOR' and recipient_region = '16' and link like :l")
                .param("l", "/library/practices/" + yards.id() + "%")
                .query(Long.class)
                .single();
        AdoptionView a = adoptions.record(
                chaikovsky,
                yards.id(),
                new Adoptions.Adoption(
                        null, LocalDate.of(2025, 4, 1), null, "Благоустроили 12 дворов, жалоб стало вдвое меньше"));
        assertThat(a.municipality()).contains("Чайковский");
        assertThat(pages.page(yards.id()).adoptions())
                .extracting(AdoptionView::id)
                .containsExactly(a.id());
        LibraryQuery adopted =
                new LibraryQuery("Зеленодольска", null, null, null, null, null, null, null, null, null, true, null, 0);
        assertThat(search.search(adopted, true).hits())
                .filteredOn(h -> h.id() == yards.id())
                .extracting(LibraryHit::adoptions)
                .containsExactly(1);
        // the adopting municipality's name is searchable with the practice
        assertThat(ids(find("Зеленодольска Чайковский"))).contains(yards.id());
        assertThat(jdbc.sql("select count(*) from notification.notifications where recipient_role ="
                                + " 'REGIONAL_OPERATOR' and recipient_region = '16' and link like :l")
                        .param("l", "/library/practices/" + yards.id() + "%")
                        .query(Long.class)
                        .single())
                .isEqualTo(notified + 1);
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(20))
                .until(() -> jdbc.sql("select count(*) from audit.audit_events where action = 'library.adopt'"
                                        + " and object_id = :id")
                                .param("id", String.valueOf(yards.id()))
                                .query(Long.class)
                                .single()
                        == 1);

        adoptions.withdraw(chaikovsky, yards.id(), a.id());
        assertThat(pages.page(yards.id()).adoptions()).isEmpty();
        assertThat(search.search(adopted, true).hits())
                .extracting(LibraryHit::id)
                .doesNotContain(yards.id());
    }

    @Test
    void anAdoptionThatDoesNotBelongIsRefusedAndChangesNothing() {
        long before = jdbc.sql("select count(*) from library.adoptions")
                .query(Long.class)
                .single();
        Actor chaikovsky = actors.actor("chaikovsky");
        // no period, no results: every missing part named
        assertThatThrownBy(() -> adoptions.record(chaikovsky, yards.id(), new Adoptions.Adoption(null, null, null, "")))
                .isInstanceOfSatisfying(
                        InvalidRequestException.class,
                        e -> assertThat(e.errors()).containsKeys("periodFrom", "results"));
        // its own practice: the author's municipality cannot adopt it
        assertThatThrownBy(() -> adoptions.record(
                        chaikovsky,
                        lights.id(),
                        new Adoptions.Adoption(null, LocalDate.of(2025, 1, 1), null, "Внедрили у себя же давно")))
                .isInstanceOfSatisfying(
                        InvalidRequestException.class,
                        e -> assertThat(e.errors()).containsKey("oktmo"));
        // another region's operator cannot speak for Chaikovsky
        assertThatThrownBy(() -> adoptions.record(
                        actors.actor("tatarstan"),
                        lights.id(),
                        new Adoptions.Adoption(
                                "57735000", LocalDate.of(2025, 1, 1), null, "Внедрили в Чайковском, всё хорошо")))
                .isInstanceOf(AccessDeniedException.class);
        // the secretariat and experts do not record adoptions
        assertThatThrownBy(() -> adoptions.record(
                        actors.actor("expert"),
                        lights.id(),
                        new Adoptions.Adoption("92701000", LocalDate.of(2025, 1, 1), null, "Внедрили в Зеленодольске")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.sql("select count(*) from library.adoptions")
                        .query(Long.class)
                        .single())
                .isEqualTo(before);
    }

    @Test
    void theIndexCatchesUpWithWhatIsPublished() {
        jdbc.sql("delete from library.entries where practice_id = :id")
                .param("id", lights.id())
                .update();
        assertThat(ids(find("энергосервисному"))).doesNotContain(lights.id());
        index.catchUp();
        assertThat(ids(find("энергосервисному"))).contains(lights.id());
    }
}
