package ru.praktika.library;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A published practice as one flat row of the open data set; the data dictionary ({@link OpenDataColumn}) describes
 * each field. Lists are joined with «; ».
 *
 * @param id the practice
 * @param title its title
 * @param year the campaign year
 * @param regionCode the region's 2-digit code
 * @param regionName the region
 * @param federalDistrict its federal district
 * @param leadOktmo OKTMO of the lead municipality
 * @param leadMunicipality the lead municipality
 * @param municipalityType its kind (131-ФЗ)
 * @param problem the problem
 * @param description what was done
 * @param results the results: indicator, base → actual value
 * @param nationalProjectCodes national project codes
 * @param nationalProjectNames national project names
 * @param federalProjectCodes federal project codes
 * @param federalProjectNames federal project names
 * @param mechanism the financing mechanism, in Russian
 * @param interMunicipal «да» or «нет»
 * @param totalFinancingRub all money, roubles
 * @param extraBudgetaryShare extra-budgetary money / all money, 0..1 (null without money)
 * @param award the competition award, or null
 * @param adoptions how many municipalities adopted it
 * @param url the public page of the practice
 * @param publishedAt when it entered the library
 */
public record OpenDataPractice(
        long id,
        String title,
        int year,
        String regionCode,
        String regionName,
        String federalDistrict,
        String leadOktmo,
        String leadMunicipality,
        String municipalityType,
        String problem,
        String description,
        String results,
        String nationalProjectCodes,
        String nationalProjectNames,
        String federalProjectCodes,
        String federalProjectNames,
        String mechanism,
        String interMunicipal,
        BigDecimal totalFinancingRub,
        BigDecimal extraBudgetaryShare,
        String award,
        int adoptions,
        String url,
        LocalDate publishedAt) {}
