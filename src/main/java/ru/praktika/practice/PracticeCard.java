package ru.praktika.practice;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A card as the API and the pages show it.
 *
 * @param id its id
 * @param year campaign year
 * @param regionCode region
 * @param leadMunicipality OKTMO of the lead municipality
 * @param municipalities OKTMO of all participating municipalities, the lead first
 * @param municipalityNames OKTMO → name, for display
 * @param interMunicipal two or more municipalities (derived)
 * @param title title
 * @param problem problem
 * @param goals goals
 * @param description what was done
 * @param periodFrom start
 * @param periodTo end
 * @param financing money by source
 * @param totalFinancingRub the sum (derived)
 * @param extraBudgetaryShare extra-budgetary money / all money, 0..1 (derived; null without money)
 * @param mechanism mechanism
 * @param partners partners
 * @param beneficiaries beneficiaries
 * @param beneficiariesCount how many residents benefit
 * @param results results
 * @param legalActs legal acts
 * @param links links with names
 * @param replicability replicability
 * @param lessons lessons
 * @param practiceUrl the page about the practice on the municipality's site
 * @param contactName contact
 * @param contactPosition position
 * @param contactPhone phone
 * @param contactEmail e-mail
 * @param status workflow state
 * @param version version (send it back with a change)
 * @param createdBy who created it
 * @param createdAt when
 * @param updatedAt last change
 */
public record PracticeCard(
        long id,
        int year,
        String regionCode,
        String leadMunicipality,
        List<String> municipalities,
        Map<String, String> municipalityNames,
        boolean interMunicipal,
        String title,
        String problem,
        String goals,
        String description,
        LocalDate periodFrom,
        LocalDate periodTo,
        List<PracticeParts.FinancingRow> financing,
        BigDecimal totalFinancingRub,
        BigDecimal extraBudgetaryShare,
        Mechanism mechanism,
        String partners,
        String beneficiaries,
        Integer beneficiariesCount,
        List<PracticeParts.ResultRow> results,
        List<PracticeParts.LegalActRow> legalActs,
        List<PracticeParts.LinkRow> links,
        String replicability,
        String lessons,
        String practiceUrl,
        String contactName,
        String contactPosition,
        String contactPhone,
        String contactEmail,
        PracticeStatus status,
        long version,
        String createdBy,
        Instant createdAt,
        Instant updatedAt) {

    /** Whether it is linked down to a federal project (not only to a national one). */
    public boolean linkedToFederalProject() {
        return links.stream().anyMatch(l -> l.federalProject() != null);
    }

    /** Whether it draws private money: a concession, ГЧП/МЧП, or extra-budgetary financing. */
    public boolean drawsPrivateMoney() {
        return mechanism == Mechanism.CONCESSION
                || mechanism == Mechanism.PPP
                || financing.stream()
                        .anyMatch(f -> f.source() == FinancingSource.EXTRA_BUDGETARY
                                && f.amountRub().signum() > 0);
    }

    /**
     * The card as the public sees it: no login of its creator, and the contact person only when the author agreed.
     */
    public PracticeCard forPublic(boolean contactsConsented) {
        return new PracticeCard(
                id,
                year,
                regionCode,
                leadMunicipality,
                municipalities,
                municipalityNames,
                interMunicipal,
                title,
                problem,
                goals,
                description,
                periodFrom,
                periodTo,
                financing,
                totalFinancingRub,
                extraBudgetaryShare,
                mechanism,
                partners,
                beneficiaries,
                beneficiariesCount,
                results,
                legalActs,
                links,
                replicability,
                lessons,
                practiceUrl,
                contactsConsented ? contactName : null,
                contactsConsented ? contactPosition : null,
                contactsConsented ? contactPhone : null,
                contactsConsented ? contactEmail : null,
                status,
                version,
                null,
                createdAt,
                updatedAt);
    }

    /** The same card as a draft to edit. */
    public PracticeDraft toDraft() {
        return new PracticeDraft(
                year,
                regionCode,
                leadMunicipality,
                municipalities,
                title,
                problem,
                goals,
                description,
                periodFrom,
                periodTo,
                financing,
                mechanism,
                partners,
                beneficiaries,
                beneficiariesCount,
                results,
                legalActs,
                links,
                replicability,
                lessons,
                practiceUrl,
                contactName,
                contactPosition,
                contactPhone,
                contactEmail,
                version);
    }
}
