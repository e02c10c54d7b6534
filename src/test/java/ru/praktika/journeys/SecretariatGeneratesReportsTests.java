package ru.praktika.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import ru.praktika.support.PraktikaTest;

/**
 * The secretariat makes the consolidated report and the collection of the demo 2024 campaign, in DOCX and PDF, from
 * the reports page: each request shows a progress bar in the list and ends with a link to its file.
 */
@PraktikaTest
class SecretariatGeneratesReportsTests extends BrowserJourney {

    @Test
    void theSecretariatGeneratesBothKindsInBothFormatsWatchingTheProgress() {
        WebDriverWait wait = waiting(90);
        signIn("admin", "demo");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".account-link")));
        List<String> files = new ArrayList<>();
        for (String kind : List.of("consolidated", "collection")) {
            for (String format : List.of("docx", "pdf")) {
                driver.get(url("/reports"));
                int before =
                        driver.findElements(By.cssSelector("#reports tbody tr")).size();
                driver.findElement(By.id("kind-" + kind)).click();
                driver.findElement(By.id("format-" + format)).click();
                WebElement year = driver.findElement(By.id("year"));
                year.clear();
                year.sendKeys("2024");
                driver.findElement(By.id("generate")).click();
                WebElement started = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("started")));
                assertThat(started.getText()).contains(kind.equals("consolidated") ? "Доклад 2024" : "Сборник 2024");
                wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#started .job progress")));
                if (files.isEmpty()) {
                    screenshot("reports-running");
                }
                WebElement link = wait.until(
                        ExpectedConditions.presenceOfElementLocated(By.cssSelector("#started a.download-result")));
                assertThat(link.getAttribute("href")).matches(".*/api/v1/reports/\\d+/file");
                assertThat(driver.findElements(By.cssSelector("#reports tbody tr")))
                        .hasSize(before + 1);
                files.add(link.getText());
            }
        }
        driver.get(url("/reports"));
        ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("document.getElementById('reports').scrollIntoView()");
        screenshot("reports-done");
        assertThat(files).hasSize(4);
        assertThat(driver.findElements(By.cssSelector("#reports a.download")).stream()
                        .map(WebElement::getText)
                        .toList())
                .anyMatch(f -> f.equals("Доклад_2024.docx"))
                .anyMatch(f -> f.equals("Доклад_2024.pdf"))
                .anyMatch(f -> f.equals("Сборник_2024.docx"))
                .anyMatch(f -> f.equals("Сборник_2024.pdf"));

        driver.get(url("/reports/preview?year=2024&kind=CONSOLIDATED&format=PDF"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".report-preview figure img")));
        assertThat(driver.findElement(By.cssSelector(".report-preview")).getText())
                .contains("1. Общие сведения", "Рисунок 1 – Число принятых практик по субъектам Российской Федерации");
        screenshot("report-preview");
    }

    @Test
    void theSecretariatRefitsTheSuggestionModelFromItsMenu() {
        WebDriverWait wait = waiting(90);
        signIn("admin", "demo");
        wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Модель подсказок")))
                .click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Модель подсказок"));
        // the refits at start-up are listed: one line per period, with the figures before and after
        List<WebElement> rows = driver.findElements(By.cssSelector("main table.table > tbody > tr"));
        assertThat(rows).isNotEmpty();
        driver.findElement(By.xpath("//button[normalize-space()='Переобучить сейчас']"))
                .click();
        // the page is replaced after the click: rows read from the old one go stale, the wait asks again
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElements(By.cssSelector("main table.table > tbody > tr")).stream()
                        .anyMatch(r -> r.findElements(By.tagName("td")).size() > 1
                                && r.findElements(By.tagName("td"))
                                        .get(1)
                                        .getText()
                                        .equals("admin")));
        WebElement first = driver.findElement(By.cssSelector("main table.table > tbody > tr"));
        assertThat(first.getText()).containsAnyOf("принята", "отклонена", "без изменений");
        assertThat(first.getText()).doesNotContain("NaN");
        // what each period's classifier read, in Russian numbers
        assertThat(driver.findElement(By.tagName("main")).getText())
                .contains("Период 2019-2024: классификатор — текстов для обучения")
                .contains("Период 2025-2030: классификатор — текстов для обучения")
                .containsPattern("температура \\d+,\\d");
        screenshotsWideAndPhone("linkage-model");
    }
}
