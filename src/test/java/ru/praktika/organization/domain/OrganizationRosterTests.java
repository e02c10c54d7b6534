package ru.praktika.organization.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.praktika.organization.OrganizationApi;
import ru.praktika.organization.OrganizationKind;
import ru.praktika.support.PraktikaTest;

@PraktikaTest
class OrganizationRosterTests {

    @Autowired
    OrganizationApi organizations;

    @Autowired
    OrganizationRoster roster;

    @Test
    void everySubjectHasOneCouncilAndThePressReleasePartnersExist() {
        assertThat(organizations.organizations(OrganizationKind.REGIONAL_COUNCIL))
                .hasSize(89);
        assertThat(organizations.organizations(OrganizationKind.ASSOCIATION))
                .singleElement()
                .satisfies(a -> assertThat(a.shortName()).isEqualTo("ВАРМСУ"));
        assertThat(organizations.organizations(OrganizationKind.PARTNER))
                .extracting(o -> o.name())
                .contains(
                        "Союз российских городов",
                        "Всероссийский совет местного самоуправления",
                        "Ассоциация малых и средних городов России",
                        "Ассоциация волонтерских центров");
        assertThat(organizations.councilOf("16").orElseThrow().name())
                .isEqualTo("Совет муниципальных образований Республики Татарстан");
    }

    @Test
    void seedingAgainChangesNothing() {
        int before = organizations.organizations(null).size();
        roster.seed();
        assertThat(organizations.organizations(null)).hasSize(before);
    }
}
