package ru.praktika.practice;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.List;

/**
 * What an author sends: a new card ({@code version} ignored) or a changed one ({@code version} as last seen). Derived
 * fields ({@code interMunicipal}, {@code extraBudgetaryShare}) and the status are never sent.
 *
 * @param year campaign year
 * @param regionCode the region (2 digits)
 * @param leadMunicipality OKTMO of the lead municipality
 * @param municipalities OKTMO of all participating municipalities (the lead is added if missing)
 * @param title title
 * @param problem the problem solved
 * @param goals goals and tasks
 * @param description what was done
 * @param periodFrom start
 * @param periodTo end
 * @param financing money by source
 * @param mechanism how it is financed and organised
 * @param partners partners
 * @param beneficiaries who benefits
 * @param beneficiariesCount how many residents benefit
 * @param results results with numbers
 * @param legalActs municipal legal acts
 * @param links links to national, federal, regional projects and indicators
 * @param replicability conditions of replication
 * @param lessons risks and lessons
 * @param practiceUrl the page about the practice on the municipality's site
 * @param contactName contact person
 * @param contactPosition position
 * @param contactPhone phone
 * @param contactEmail e-mail
 * @param version the version the author last saw (updates)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PracticeDraft(
        Integer year,
        String regionCode,
        String leadMunicipality,
        List<String> municipalities,
        String title,
        String problem,
        String goals,
        String description,
        LocalDate periodFrom,
        LocalDate periodTo,
        List<PracticeParts.FinancingRow> financing,
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
        Long version) {}
