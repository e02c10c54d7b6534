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
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import ru.praktika.support.PraktikaTest;

/**
 * The secretariat drafts an agreement with the Союз российских городов on a meeting's instruction, agrees it, is
 * refused the signature until the scan is attached, signs and activates it, records an obligation that is already
 * overdue and finds it in the one register of instructions; then the programme «Доброволец России» shows its regions
 * on the map and its KPIs.
 */
@PraktikaTest
class SecretariatConcludesAgreementTests extends BrowserJourney {

    WebDriverWait wait;

    @Test
    void secretariatTakesAnAgreementFromDraftToActiveAndFollowsItsObligationAndProgramme() throws Exception {
        wait = waiting(20);
        signIn("admin", "demo");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".account-link")));
        driver.findElement(By.id("nav-partnerships")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("new-agreement")))
                .click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("agreement-form")));
        driver.findElement(By.id("number")).sendKeys("15");
        driver.findElement(By.id("title")).sendKeys("Соглашение о сотрудничестве в распространении практик");
        driver.findElement(By.id("subject")).sendKeys("Обмен муниципальными практиками и совместные мероприятия");
        new Select(driver.findElement(By.id("partnerIds"))).selectByVisibleText("Союз российских городов");
        driver.findElement(By.id("partnerSignatory")).sendKeys("Игнатьева Александра");
        driver.findElement(By.id("associationSignatory")).sendKeys("Цецерский Иван Николаевич");
        driver.findElement(By.id("effectiveFrom")).sendKeys("01.01.2026");
        driver.findElement(By.id("validUntil")).sendKeys("31.12.2028");
        Select instruction = new Select(driver.findElement(By.id("instructionId")));
        instruction.selectByIndex(1);
        String instructionText = instruction.getFirstSelectedOption().getText();
        driver.findElement(By.id("create-agreement")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("agreement-state"), "проект"));
        assertThat(driver.findElement(By.tagName("h1")).getText())
                .isEqualTo("Соглашение № 15 с Союзом российских городов");
        assertThat(driver.findElement(By.id("produced-by")).getText())
                .contains("Подготовлено по поручению совещания " + instructionText.substring(0, 10));

        driver.findElement(By.id("agree")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("agreement-state"), "согласовано"));
        driver.findElement(By.id("sign")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".problem"), "скан"));
        assertThat(driver.findElement(By.id("agreement-state")).getText()).isEqualTo("согласовано");

        Path scan = Files.createTempFile("скан-", ".pdf");
        Files.write(scan, "%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        driver.findElement(By.cssSelector("#attach input[type=file]")).sendKeys(scan.toString());
        driver.findElement(By.id("attach-file")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("files"), "скан"));
        driver.findElement(By.id("sign")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("agreement-state"), "подписано"));
        driver.findElement(By.id("activate")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("agreement-state"), "действует"));
        assertThat(driver.findElements(By.cssSelector("#history tbody tr"))).hasSize(4);

        driver.findElement(By.xpath("//summary[contains(., 'Добавить обязательство')]"))
                .click();
        WebElement form = driver.findElement(By.cssSelector(".obligation-form"));
        form.findElement(By.name("text")).sendKeys("Разместить сборник практик на сайте Союза российских городов");
        form.findElement(By.name("assigneeName")).sendKeys("Союз российских городов");
        form.findElement(By.name("deadline")).sendKeys("01.02.2026");
        driver.findElement(By.id("add-obligation")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("obligations"), "просрочено"));
        screenshot("agreement-active");
        ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("document.getElementById('obligations').scrollIntoView()");
        screenshot("agreement-obligations");

        driver.findElement(By.id("to-register")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("register")));
        WebElement row = driver.findElement(
                By.xpath("//table[@id='register']//tr[contains(., 'Разместить сборник практик на сайте Союза')]"));
        assertThat(row.getText()).contains("Соглашение № 15 с Союзом российских городов", "просрочено");
        assertThat(driver.findElements(By.cssSelector("#register .produced-agreement")))
                .isEmpty();
        screenshot("register-agreements");
        new Select(driver.findElement(By.id("origin"))).selectByValue("MEETING");
        submitAndWaitForNextPage(By.cssSelector(".search-form button[type=submit]"));
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//a[contains(@class, 'produced-agreement') and contains(., 'Соглашение № 15')]")));

        driver.findElement(By.id("nav-partnerships")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("to-programmes")))
                .click();
        wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Доброволец России")))
                .click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("programme-map")));
        List<WebElement> present = driver.findElements(By.cssSelector("#programme-map path.present"));
        assertThat(present).hasSizeGreaterThanOrEqualTo(30);
        assertThat(driver.findElement(By.id("regions-count")).getText()).isEqualTo("Участвуют регионов: 36");
        assertThat(driver.findElement(By.id("kpis")).getText().replace('\u00a0', ' '))
                .contains("Заявки муниципальных команд на конкурс", "1 000 / 1 240");
        assertThat(driver.findElements(By.cssSelector("#kpi-bars .bar"))).hasSize(9);
        ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("document.getElementById('kpi-bars').scrollIntoView()");
        screenshot("programme-kpis");
        screenshotsWideAndPhone("programme");

        driver.findElement(By.id("nav-partnerships")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Партнёры")))
                .click();
        wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Союз российских городов")))
                .click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Союз российских городов"));
        assertThat(driver.findElement(By.tagName("main")).getText())
                .contains("Игнатьева Александра (демо)", "Соглашение № 15 с Союзом российских городов");
        screenshot("partner");
    }
}
