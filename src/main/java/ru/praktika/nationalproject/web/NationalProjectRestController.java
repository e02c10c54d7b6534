package ru.praktika.nationalproject.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import ru.praktika.nationalproject.FederalProjectView;
import ru.praktika.nationalproject.NationalProjectApi;
import ru.praktika.nationalproject.NationalProjectDetails;
import ru.praktika.nationalproject.NationalProjectView;
import ru.praktika.nationalproject.NewIndicator;
import ru.praktika.nationalproject.NewRegionalProject;
import ru.praktika.nationalproject.Period;
import ru.praktika.nationalproject.ProjectRef;
import ru.praktika.nationalproject.RegionalProjectView;
import ru.praktika.nationalproject.domain.Catalogue;
import ru.praktika.shared.CurrentActor;
import ru.praktika.shared.InvalidRequestException;
import ru.praktika.shared.NotFoundException;
import ru.praktika.territory.TerritoryApi;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Национальные проекты", description = "Каталог национальных, федеральных и региональных проектов")
class NationalProjectRestController {

    private final NationalProjectApi catalogue;
    private final Catalogue changes;
    private final TerritoryApi territory;

    NationalProjectRestController(NationalProjectApi catalogue, Catalogue changes, TerritoryApi territory) {
        this.catalogue = catalogue;
        this.changes = changes;
        this.territory = territory;
    }

    @GetMapping("/national-projects")
    @Operation(summary = "Национальные проекты периода с их федеральными проектами")
    List<NationalProjectView> nationalProjects(@RequestParam(required = false) String period) {
        return catalogue.nationalProjects(period(period));
    }

    @GetMapping("/national-projects/{code}")
    @Operation(summary = "Национальный проект: федеральные проекты, показатели, преемники по перечню 2025–2030")
    NationalProjectDetails nationalProject(@PathVariable String code) {
        return catalogue.nationalProject(code);
    }

    @PutMapping("/national-projects/{code}")
    @Operation(summary = "Переименовать национальный проект (секретариат); код не меняется, связи сохраняются")
    NationalProjectDetails rename(@PathVariable String code, @Valid @RequestBody Rename body) {
        changes.renameNationalProject(
                CurrentActor.get(), code, body.name(), body.version() == null ? 0 : body.version());
        return catalogue.nationalProject(code);
    }

    @PostMapping("/national-projects/{code}/federal-projects")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Добавить федеральный проект (секретариат); код назначается следующий свободный")
    ProjectRef addFederalProject(@PathVariable String code, @Valid @RequestBody Rename body) {
        return changes.addFederalProject(CurrentActor.get(), code, body.name());
    }

    @GetMapping("/federal-projects/{code}")
    @Operation(summary = "Федеральный проект с показателями")
    FederalProjectView federalProject(@PathVariable String code) {
        return catalogue
                .federalProject(code)
                .orElseThrow(() -> new NotFoundException("Федеральный проект «" + code + "» не найден"));
    }

    @PutMapping("/federal-projects/{code}")
    @Operation(summary = "Переименовать федеральный проект (секретариат)")
    FederalProjectView renameFederal(@PathVariable String code, @Valid @RequestBody Rename body) {
        changes.renameFederalProject(CurrentActor.get(), code, body.name());
        return federalProject(code);
    }

    @PostMapping("/federal-projects/{code}/indicators")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Добавить показатель или результат федерального проекта (секретариат)")
    FederalProjectView addFederalIndicator(@PathVariable String code, @Valid @RequestBody NewIndicator body) {
        changes.addFederalIndicator(CurrentActor.get(), code, body);
        return federalProject(code);
    }

    @GetMapping("/regions/{code}/regional-projects")
    @Operation(summary = "Региональные проекты субъекта РФ")
    List<RegionalProjectView> regionalProjects(@PathVariable String code) {
        territory.requireRegion(code);
        return catalogue.regionalProjects(code);
    }

    @PostMapping("/regions/{code}/regional-projects")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Создать региональный проект (оператор совета региона или секретариат)")
    RegionalProjectView createRegionalProject(@PathVariable String code, @Valid @RequestBody NewRegionalProject body) {
        territory.requireRegion(code);
        return catalogue.regionalProject(changes.createRegionalProject(CurrentActor.get(), code, body));
    }

    @GetMapping("/regional-projects/{id}")
    @Operation(summary = "Региональный проект с показателями")
    RegionalProjectView regionalProject(@PathVariable long id) {
        return catalogue.regionalProject(id);
    }

    @PostMapping("/regional-projects/{id}/indicators")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Добавить показатель или результат регионального проекта")
    RegionalProjectView addRegionalIndicator(@PathVariable long id, @Valid @RequestBody NewIndicator body) {
        changes.addRegionalIndicator(CurrentActor.get(), id, body);
        return catalogue.regionalProject(id);
    }

    private static String period(String period) {
        if (period == null || period.isBlank()) {
            return null;
        }
        return Period.parse(period.strip())
                .map(Period::label)
                .orElseThrow(() -> new InvalidRequestException("Период: 2019-2024 или 2025-2030"));
    }

    /**
     * A new name.
     *
     * @param name the name
     * @param version the version seen (national projects)
     */
    record Rename(
            @NotBlank(message = "Укажите наименование") String name, Long version) {}
}
