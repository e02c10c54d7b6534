package ru.praktika.report.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.praktika.report.ReportFormat;
import ru.praktika.report.ReportKind;
import ru.praktika.report.ReportRequest;
import ru.praktika.support.PraktikaTest;
import ru.praktika.territory.RegionMap;
import ru.praktika.territory.TerritoryApi;

/** The map of the consolidated report and of the meeting page has every one of the 89 subjects. */
@PraktikaTest
class ConsolidatedReportMapTests {

    @Autowired
    Reports reports;

    @Autowired
    RegionMap map;

    @Autowired
    TerritoryApi territory;

    @Test
    void theReportMapJoinsAll89SubjectsOnTheirCodeAndNeedsNoNoteAboutMissingOnes() {
        ReportData data = reports.data(
                new ReportRequest(2024, ReportKind.CONSOLIDATED, ReportFormat.PDF, null, null, null, null));
        assertThat(data.regions()).hasSize(89);
        assertThat(data.outlines().keySet())
                .as("an outline for every subject, joined on the two-digit region code")
                .containsExactlyInAnyOrderElementsOf(data.regions().keySet());
        assertThat(data.outlines().get("80").getBounds2D().getWidth())
                .as("Донецкая Народная Республика is drawn")
                .isPositive();
        Document doc = Reports.document(
                new ReportRequest(2024, ReportKind.CONSOLIDATED, ReportFormat.PDF, null, null, null, null), data);
        assertThat(doc.blocks())
                .noneMatch(b -> b instanceof Document.Paragraph p
                        && p.label() != null
                        && p.label().startsWith("Примечание"));
    }

    @Test
    void theMeetingPageMapDrawsAPathForEachOfThe89Subjects() {
        String svg = map.svg(territory.regions(), Map.of(), Map.of(), "Карта");
        assertThat(svg.split("<path ", -1)).hasSize(89 + 1);
        assertThat(map.missingFrom(territory.regions())).isEmpty();
    }
}
