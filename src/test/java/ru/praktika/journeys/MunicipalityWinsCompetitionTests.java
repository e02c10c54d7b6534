package ru.praktika.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import ru.praktika.support.PraktikaTest;

/**
 * The competition end to end, as people click it: the municipal operator of Чайковский городской округ applies from
 * its practice card; the council of Пермский край (its commission) forwards it; the secretariat starts the federal
 * stage, which assigns experts automatically; the expert scores it blind; the secretariat confirms and publishes the
 * results; the public results page shows the winner with its place and prize.
 */
@PraktikaTest
class MunicipalityWinsCompetitionTests extends BrowserJourney {

    static final String TITLE = "Народный бюджет Чайковского";
    WebDriverWait wait;

    @Test
    void aMunicipalityAppliesItsCommissionForwardsAnExpertScoresBlindAndThePublicSeesTheWinner() {
        wait = waiting(30);

        // the municipality applies from its practice card
        signIn("chaikovsky", "demo");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".account-link")));
        driver.findElement(By.linkText("Практики")).click();
        WebElement query = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("f-q")));
        query.sendKeys(TITLE);
        // the unfiltered list may show the same card: its link is clicked only on the filtered page
        submitAndWaitForNextPage(By.cssSelector("form.filters button[type=submit]"));
        wait.until(ExpectedConditions.elementToBeClickable(By.partialLinkText(TITLE)))
                .click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("apply-to-competition")))
                .click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("apply-form")));
        screenshot("competition-apply");
        driver.findElement(By.id("nomination-N1")).click();
        driver.findElement(By.id("apply")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("answers-form")));
        String applicationUrl = driver.getCurrentUrl();
        String id = applicationUrl.substring(applicationUrl.lastIndexOf('/') + 1);
        assertThat(driver.findElement(By.id("status")).getText()).isEqualTo("черновик");
        // submitting without answers keeps the form and names what is missing
        driver.findElement(By.id("submit-application")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".problem")));
        assertThat(driver.findElement(By.cssSelector(".problem")).getText()).contains("заполните обязательные поля");
        driver.findElement(By.id("answer-problem")).sendKeys("Жители годами просили обновить дворы и скверы");
        driver.findElement(By.id("answer-effect")).sendKeys("Было 12 благоустроенных дворов, стало 47");
        new Select(driver.findElement(By.id("answer-replicable"))).selectByValue("да");
        driver.findElement(By.id("declaration")).click();
        driver.findElement(By.id("submit-application")).click();
        wait.until(ExpectedConditions.textToBe(By.id("status"), "на региональном этапе"));
        screenshot("competition-application-submitted");

        // the region's commission forwards it with a justification
        signOutAndIn("perm");
        driver.findElement(By.linkText("Конкурс")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.linkText("2027")))
                .click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("applications")));
        driver.findElement(By.cssSelector("#applications a[href$='/applications/" + id + "']"))
                .click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("commission")));
        driver.findElement(By.id("note")).sendKeys("Лучшая практика инициативного бюджетирования в крае");
        driver.findElement(By.id("forward")).click();
        wait.until(ExpectedConditions.textToBe(By.id("status"), "на федеральном этапе"));

        // the secretariat starts the federal stage: experts are assigned automatically
        signOutAndIn("admin");
        driver.findElement(By.linkText("Конкурс")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.linkText("2027")))
                .click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("start-scoring")))
                .click();
        wait.until(ExpectedConditions.alertIsPresent()).accept();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".notice")));
        assertThat(driver.findElement(By.cssSelector(".notice")).getText()).contains("эксперты назначены");

        // the expert scores it blind
        signOutAndIn("expert");
        driver.findElement(By.linkText("Конкурс")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.linkText("2027")))
                .click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("scoring-link")))
                .click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("assigned")));
        driver.findElement(By.cssSelector("#assigned a[href$='/scoring/" + id + "']"))
                .click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("score-form")));
        String sheet = driver.findElement(By.tagName("main")).getText();
        assertThat(sheet)
                .contains("[скрыто]")
                .doesNotContain("Чайковск")
                .doesNotContain("Пермск")
                .doesNotContain("Мельникова");
        screenshot("competition-expert-blind");
        WebElement points = driver.findElement(By.cssSelector("#score-form input[id^='points-']"));
        points.sendKeys("11");
        driver.findElement(By.id("save-score")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".problem")));
        assertThat(driver.findElement(By.cssSelector(".field-error")).getText()).contains("от 1 до 10");
        points = driver.findElement(By.cssSelector("#score-form input[id^='points-']"));
        points.clear();
        points.sendKeys("9");
        driver.findElement(By.id("save-score")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("assigned")));
        assertThat(driver.findElement(By.id("assigned")).getText()).contains("оценена");

        // the secretariat confirms the results in bulk and publishes them
        signOutAndIn("admin");
        driver.findElement(By.linkText("Конкурс")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.linkText("2027")))
                .click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("ranking-link")))
                .click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("confirm-results")))
                .click();
        wait.until(ExpectedConditions.alertIsPresent()).accept();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("publish-results")))
                .click();
        wait.until(ExpectedConditions.alertIsPresent()).accept();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("results-N1-I")));

        // the public sees the winner by nomination and category, with its place and prize
        driver.findElement(By.xpath("//button[contains(., 'Выйти')]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.linkText("Войти")));
        driver.findElement(By.linkText("Конкурс")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.linkText("2027")));
        driver.findElement(By.cssSelector("#competitions a[href$='/competitions/2027/results']"))
                .click();
        WebElement table = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("results-N1-I")));
        assertThat(table.getText()).contains("Чайковский").contains(TITLE).contains("50,0");
        assertThat(table.findElement(By.cssSelector("tbody tr td")).getText()).isEqualTo("1");
        screenshotsWideAndPhone("competition-results");
        assertThat(sidewaysOverflow()).isLessThanOrEqualTo(0);
    }

    private void signOutAndIn(String username) {
        driver.findElement(By.xpath("//button[contains(., 'Выйти')]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.linkText("Войти")));
        signIn(username, "demo");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".account-link")));
    }
}
