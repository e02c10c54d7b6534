package ru.praktika.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import ru.praktika.support.PraktikaTest;

/**
 * A regional operator links a new card to a federal project and is offered only its regional projects; saving it
 * unfinished, they land on the error summary and follow its link to the field to correct.
 */
@PraktikaTest
class RegionalOperatorCorrectsPracticeFormTests extends BrowserJourney {

    @Test
    void operatorPicksARegionalProjectOfTheFederalProjectAndFollowsTheErrorSummaryToTheField() {
        WebDriverWait wait = waiting(20);
        signIn("perm", "demo");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".account-link")));
        driver.findElement(By.cssSelector("a[href$='/practices']")).click();
        // the desk may link to a new card too (a deadline reminder): the list's own link is clicked
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("f-q")));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("a[href$='/practices/new']")))
                .click();
        Select federal =
                new Select(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("links-0-federalProject"))));
        assertThat(regionalChoices()).hasSizeGreaterThan(2);

        federal.selectByValue("NP19-05-FP02");
        assertThat(regionalChoices())
                .containsExactly("Комплексная система обращения с твердыми коммунальными отходами");
        new Select(driver.findElement(By.id("links-0-regionalProject"))).selectByIndex(1);
        federal.selectByValue("NP19-04-FP03");
        assertThat(regionalChoices()).containsExactly("Формирование комфортной городской среды");
        assertThat(new Select(driver.findElement(By.id("links-0-regionalProject")))
                        .getFirstSelectedOption()
                        .getAttribute("value"))
                .as("a regional project of another federal project is not kept")
                .isEmpty();

        driver.findElement(By.id("problem")).sendKeys("Дворы не благоустраивались двадцать лет.");
        driver.findElement(By.id("save")).click();
        WebElement summary = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("error-summary")));
        assertThat(summary.getText()).contains("Исправьте ошибки", "Название практики: Укажите название практики");
        assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("error-summary");
        assertThat(driver.findElement(By.id("problem")).getAttribute("value"))
                .isEqualTo("Дворы не благоустраивались двадцать лет.");
        screenshot("practice-form-error-summary");

        summary.findElement(By.cssSelector("a[href='#title']")).click();
        assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("title");
    }

    private List<String> regionalChoices() {
        return new Select(driver.findElement(By.id("links-0-regionalProject")))
                .getOptions().stream()
                        .filter(o -> !o.getAttribute("value").isEmpty())
                        .map(WebElement::getText)
                        .toList();
    }
}
