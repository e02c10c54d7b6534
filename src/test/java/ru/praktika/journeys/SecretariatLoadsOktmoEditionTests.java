package ru.praktika.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import ru.praktika.support.PraktikaTest;
import ru.praktika.territory.MunicipalityType;
import ru.praktika.territory.OktmoFiles;
import ru.praktika.territory.TerritoryApi;

/**
 * The secretariat opens «ОКТМО» from the menu, sees the edition in force, uploads Rosstat's newer file and watches the
 * job; then the municipality picker of a new card offers the new municipality and names the new edition, without a
 * restart.
 */
@PraktikaTest
class SecretariatLoadsOktmoEditionTests extends BrowserJourney {

    @Autowired
    TerritoryApi territory;

    @TempDir
    Path tmp;

    @Test
    void theSecretariatLoadsANewerEditionAndTheOperatorsPickerOffersIt() throws Exception {
        // Республика Алтай (04) as Rosstat would publish it on 1 January 2026, with one new municipal okrug
        String code = territory.requireRegion("04").oktmo().substring(0, 2) + "598000";
        List<String> lines = new ArrayList<>(OktmoFiles.linesOf(territory, "04"));
        lines.addAll(OktmoFiles.linesOf(code, "Кедровый муниципальный округ", MunicipalityType.MUNICIPAL_OKRUG));
        Path file = tmp.resolve("data-20260101-structure-20150128.csv");
        Files.write(file, OktmoFiles.file(lines));
        WebDriverWait wait = waiting(60);

        signIn("admin", "demo");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".account-link")));
        driver.findElement(By.linkText("ОКТМО")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Справочник ОКТМО"));
        assertThat(driver.findElement(By.id("oktmo-edition")).getText())
                .contains("Справочник ОКТМО на", "муниципальный округ", "Всего");
        assertThat(driver.findElement(By.id("oktmo-upload")).getText())
                .contains("data-ГГГГММДД-structure-20150128.csv", "Выбрать файл…", "Файл не выбран");
        assertThat(driver.findElement(By.id("oktmo-history")).getText()).contains("01.01.2024");
        screenshot("oktmo-page");

        driver.findElement(By.id("file")).sendKeys(file.toString());
        assertThat(driver.findElement(By.id("file-chosen")).getText())
                .isEqualTo("data-20260101-structure-20150128.csv");
        driver.findElement(By.cssSelector("#oktmo-upload button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("job"), "Справочник ОКТМО на 1 января 2026 г."));
        assertThat(driver.findElement(By.id("job")).getText()).contains("ОКТМО загружен", "добавлено 1");
        screenshot("oktmo-loaded");
        driver.findElement(By.id("oktmo-refresh")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("oktmo-edition"), "Справочник ОКТМО на 1 января 2026 г."));

        driver.get(url("/practices/new"));
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("regionCode"))).selectByValue("04");
        driver.findElement(By.id("leadMunicipality")).sendKeys("Кедров");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("leadMunicipality-options"), "Кедровый — муниципальный округ"));
        assertThat(driver.findElement(By.cssSelector(".oktmo-edition")).getText())
                .isEqualTo("Справочник ОКТМО на 1 января 2026 г.");
        screenshot("picker-new-edition");
    }
}
