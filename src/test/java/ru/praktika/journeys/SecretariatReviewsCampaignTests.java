package ru.praktika.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import ru.praktika.support.PraktikaTest;

/** The secretariat looks at the campaign: the board of 89 regions, then the ranking with its charts and reasons. */
@PraktikaTest
class SecretariatReviewsCampaignTests extends BrowserJourney {

    @Test
    void secretariatOpensTheBoardAndTheRanking() {
        WebDriverWait wait = waiting(20);
        signIn("admin", "demo");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".account-link")));
        driver.findElement(By.linkText("Кампании")).click();
        driver.findElement(By.linkText("2024")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("board")));
        assertThat(driver.findElements(By.cssSelector("#board tbody tr"))).hasSize(89);
        screenshot("campaign-board");
        driver.findElement(By.linkText("Рейтинг регионов")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("ranking")));
        assertThat(driver.findElements(By.cssSelector("#ranking tbody tr"))).hasSizeGreaterThanOrEqualTo(40);
        assertThat(driver.findElement(By.cssSelector("#ranking tbody tr td.reasons"))
                        .getText())
                .isNotBlank();
        assertThat(driver.findElements(By.cssSelector(".ranking-bars li"))).hasSize(20);
        screenshot("campaign-ranking");
    }
}
