package ru.praktika.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import ru.praktika.support.PraktikaTest;

/** A regional operator signs in, opens Пермский край and finds a municipality with the live search. */
@PraktikaTest
class RegionalOperatorFindsMunicipalityTests extends BrowserJourney {

    @Test
    void permOperatorSignsInOpensPermKraiAndFindsChaikovsky() {
        signIn("perm", "demo");
        WebDriverWait wait = waiting(20);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".account-link")));
        assertThat(driver.findElement(By.cssSelector(".account-link")).getText())
                .contains("Пермского края");

        driver.findElement(By.linkText("Регионы")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Пермский край")))
                .click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Пермский край"));
        assertThat(driver.findElement(By.cssSelector(".facts")).getText())
                .contains("Совет муниципальных образований Пермского края");
        screenshot("region-59");

        driver.findElement(By.id("q")).sendKeys("чайковского");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#results tbody"), "Чайковск"));
        assertThat(driver.findElement(By.cssSelector("#results")).getText())
                .contains("Чайковский городской округ", "57735000")
                .doesNotContain("Березники");
        assertThat(driver.getCurrentUrl()).contains("q=");
        screenshot("region-59-search");
    }
}
