package ru.praktika.nationalproject;

import java.util.List;

/**
 * A federal project with its indicators.
 *
 * @param code e.g. {@code NP19-04-FP03}
 * @param name its name
 * @param nationalProject the national project it belongs to
 * @param confidence how sure the catalogue is of this entry (from the source file)
 * @param indicators its indicators and results
 */
public record FederalProjectView(
        String code, String name, ProjectRef nationalProject, String confidence, List<IndicatorView> indicators) {}
