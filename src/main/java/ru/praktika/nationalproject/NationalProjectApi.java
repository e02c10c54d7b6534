package ru.praktika.nationalproject;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.praktika.nationalproject.domain.CatalogueQueries;
import ru.praktika.shared.InvalidRequestException;
import ru.praktika.shared.NotFoundException;

/** What other modules may ask of the catalogue. The catalogue is public. */
@Service
@Transactional(readOnly = true)
public class NationalProjectApi {

    private final CatalogueQueries queries;

    NationalProjectApi(CatalogueQueries queries) {
        this.queries = queries;
    }

    /** National projects of a period ({@code 2019-2024}, {@code 2025-2030}) or of both (null). */
    public List<NationalProjectView> nationalProjects(String period) {
        return queries.nationalProjects(period);
    }

    public NationalProjectDetails nationalProject(String code) {
        return queries.nationalProject(code)
                .orElseThrow(() -> new NotFoundException("Национальный проект «" + code + "» не найден"));
    }

    public Optional<FederalProjectView> federalProject(String code) {
        return queries.federalProject(code);
    }

    public List<RegionalProjectView> regionalProjects(String regionCode) {
        return queries.regionalProjects(regionCode);
    }

    public RegionalProjectView regionalProject(long id) {
        return queries.regionalProject(id)
                .orElseThrow(() -> new NotFoundException("Региональный проект №" + id + " не найден"));
    }

    /**
     * Checks a link of a practice of a region and year and returns it with names. The national project must be of the
     * year's period; the federal project inside it; the regional project of the same region carrying that federal
     * project; the indicator of that federal or regional project.
     */
    public LinkView resolveLink(
            String regionCode, int year, String national, String federal, Long regionalProjectId, Long indicatorId) {
        Period period = Period.ofYear(year);
        String nationalCode = national;
        if ((nationalCode == null || nationalCode.isBlank()) && federal != null && !federal.isBlank()) {
            nationalCode = federal.replaceAll("-FP\\d+$", "");
        }
        if (nationalCode == null || nationalCode.isBlank()) {
            throw new InvalidRequestException("Укажите национальный проект связи");
        }
        CatalogueQueries.NationalHead np = queries.nationalHead(nationalCode)
                .orElseThrow(() -> new InvalidRequestException("Национальный проект «" + national + "» не найден"));
        if (!np.period().equals(period.label())) {
            throw new InvalidRequestException("Практика " + year + " года связывается с национальными проектами "
                    + period.label() + ", а «" + np.name() + "» относится к " + np.period());
        }
        ProjectRef fp = null;
        if (federal != null && !federal.isBlank()) {
            CatalogueQueries.FederalHead f = queries.federalHead(federal)
                    .filter(x -> x.nationalCode().equals(np.code()))
                    .orElseThrow(() -> new InvalidRequestException("Федеральный проект «" + federal
                            + "» не входит в национальный проект «" + np.name() + "»"));
            fp = new ProjectRef(f.code(), f.name());
        }
        RegionalProjectView rp = null;
        if (regionalProjectId != null) {
            rp = queries.regionalProject(regionalProjectId)
                    .orElseThrow(() ->
                            new InvalidRequestException("Региональный проект №" + regionalProjectId + " не найден"));
            if (!rp.regionCode().equals(regionCode)) {
                throw new InvalidRequestException(
                        "Региональный проект «" + rp.name() + "» относится к другому региону");
            }
            if (fp == null || !rp.federalProject().code().equals(fp.code())) {
                throw new InvalidRequestException(
                        "Региональный проект «" + rp.name() + "» реализует федеральный проект «"
                                + rp.federalProject().name() + "»: укажите его");
            }
        }
        CatalogueQueries.IndicatorOwner indicator = null;
        if (indicatorId != null) {
            indicator = queries.indicatorOwner(indicatorId)
                    .orElseThrow(() -> new InvalidRequestException("Показатель №" + indicatorId + " не найден"));
            boolean ofFederal = fp != null && fp.code().equals(indicator.federalCode());
            boolean ofRegional = rp != null && Long.valueOf(rp.id()).equals(indicator.regionalProjectId());
            if (!ofFederal && !ofRegional) {
                throw new InvalidRequestException("Показатель «" + indicator.name()
                        + "» не относится к указанному федеральному или региональному" + " проекту");
            }
        }
        return new LinkView(
                new ProjectRef(np.code(), np.name()),
                fp,
                rp == null ? null : rp.id(),
                rp == null ? null : rp.name(),
                indicator == null ? null : indicator.id(),
                indicator == null ? null : indicator.name(),
                indicator == null ? null : indicator.unit());
    }
}
