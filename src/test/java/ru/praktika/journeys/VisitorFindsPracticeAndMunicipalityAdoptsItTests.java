package ru.praktika.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import ru.praktika.support.PraktikaTest;

/**
 * The public library as people use it: a visitor misspells «благоустройство дворов», is shown courtyard practices
 * with the words marked, narrows them by federal district and national project (the URL keeps the filters, the back
 * button undoes one), opens a practice and sees similar ones and who adopted it; then Chaikovsky's municipal operator
 * signs in, records that Chaikovsky adopted the practice, and finds it on the practice's page and in the counts.
 */
@PraktikaTest
class VisitorFindsPracticeAndMunicipalityAdoptsItTests extends BrowserJourney {

    private WebDriverWait waiting() {
        return waiting(15);
    }

    @Test
    void aVisitorFindsCourtyardPracticesDespiteATypoAndAMunicipalityRecordsAnAdoption() throws java.io.IOException {
        driver.get(url("/"));
        driver.findElement(By.id("nav-library")).click();
        WebElement q = waiting().until(ExpectedConditions.elementToBeClickable(By.id("library-q")));
        q.sendKeys("благоустройство дворв");
        driver.findElement(By.cssSelector("#library-form button[type=submit]")).click();

        WebElement corrected = waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("library-corrected")));
        assertThat(corrected.getText()).contains("Возможно, вы имели в виду").contains("благоустройство двор");
        List<WebElement> hits = driver.findElements(By.cssSelector(".hit"));
        assertThat(hits).isNotEmpty();
        assertThat(driver.findElements(By.cssSelector(".hit mark"))).isNotEmpty();
        assertThat(hits.get(0).getText()).containsIgnoringCase("двор");
        screenshotsWideAndPhone("library-typo");

        // narrow by federal district, then by national project: each click is a link, the URL keeps both
        driver.findElement(By.cssSelector("#facet-district li a")).click();
        waiting().until(ExpectedConditions.urlContains("district="));
        driver.findElement(By.cssSelector("#facet-np li a")).click();
        waiting().until(ExpectedConditions.urlContains("np="));
        assertThat(driver.getCurrentUrl()).contains("q=").contains("district=").contains("np=");
        assertThat(driver.findElements(By.cssSelector("#facet-np .facet-selected")))
                .hasSize(1);
        assertThat(driver.findElements(By.cssSelector(".hit"))).isNotEmpty();
        driver.navigate().back();
        waiting().until(d -> !d.getCurrentUrl().contains("np="));
        assertThat(driver.getCurrentUrl()).contains("district=");
        driver.navigate().forward();
        waiting().until(ExpectedConditions.urlContains("np="));

        // the practice: its problem, results, similar practices and adoptions
        WebElement first = driver.findElement(By.cssSelector(".hit h2 a"));
        String title = first.getText();
        first.click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("adoption-count")));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(title);
        screenshotsWideAndPhone("library-practice");
        assertThat(driver.findElement(By.id("practice-problem")).getText()).isNotBlank();
        assertThat(driver.findElement(By.id("results-table")).getText())
                .contains("→")
                .isNotBlank();
        assertThat(driver.findElements(By.cssSelector("#similar li"))).isNotEmpty();
        assertThat(driver.findElement(By.id("adoption-count")).getText()).contains("Пока никто");
        assertThat(driver.findElements(By.id("adoption-form"))).isEmpty();
        String practiceUrl = driver.getCurrentUrl();

        // the map: from the library to the choropleth, then a region's page from the table under the map
        driver.findElement(By.id("nav-library")).click();
        driver.findElement(By.linkText("Карта практик")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#library-map svg a")));
        assertThat(driver.findElements(By.cssSelector("#map-table tbody tr"))).isNotEmpty();
        screenshotsWideAndPhone("library-map");
        WebElement region = driver.findElement(By.cssSelector("#map-table tbody tr td a"));
        String regionName = region.getText();
        region.click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("region-practices")));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(regionName);
        assertThat(driver.findElement(By.id("region-practices")).getText()).isNotEqualTo("0");
        screenshotsWideAndPhone("library-region");

        // the open data: from the library to the CSV a visitor opens in Excel
        driver.findElement(By.id("nav-library")).click();
        driver.findElement(By.linkText("Открытые данные")).click();
        screenshotsWideAndPhone("opendata");
        Path csv = download(waiting()
                .until(ExpectedConditions.elementToBeClickable(By.cssSelector("a[href='/opendata/practices.csv']"))));
        byte[] bytes = Files.readAllBytes(csv);
        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).contains(title.replace("\"", "\"\"")).contains(";");

        // Chaikovsky's operator records the adoption
        signIn("chaikovsky", "demo");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".account-link")));
        driver.get(practiceUrl);
        WebElement from = waiting().until(ExpectedConditions.elementToBeClickable(By.id("adoption-periodFrom")));
        // an empty result is refused and what was typed stays
        from.sendKeys("01.03.2025");
        driver.findElement(By.id("adoption-submit")).click();
        WebElement errors = waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("adoption-errors")));
        assertThat(errors.getText()).contains("Опишите результаты");
        assertThat(driver.findElement(By.id("adoption-periodFrom")).getAttribute("value"))
                .isEqualTo("01.03.2025");
        driver.findElement(By.id("adoption-results"))
                .sendKeys("Благоустроили 9 дворов по этому примеру, жалоб на дворы стало вдвое меньше");
        driver.findElement(By.id("adoption-submit")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("adoption-list")));
        assertThat(driver.findElement(By.id("adoption-list")).getText())
                .contains("Чайковский")
                .contains("01.03.2025")
                .contains("жалоб на дворы стало вдвое меньше");
        assertThat(driver.findElement(By.id("adoption-count")).getText()).contains("Внедрили: 1 муниципалитет");

        // and in the library's counts: the practice is among the adopted ones, with its count
        driver.get(url("/library?adopted=true"));
        WebElement hit = waiting()
                .until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                        "//li[contains(@class,'hit')][.//a[normalize-space()='" + title.replace("'", "") + "']]")));
        assertThat(hit.getText()).contains("внедрили: 1 муниципалитет");
        assertThat(driver.findElement(By.cssSelector("#facet-adopted")).getText())
                .contains("1");
    }
}
