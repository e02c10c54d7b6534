package ru.praktika.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import ru.praktika.support.PraktikaTest;

/**
 * A regional operator fills a practice card, submits and forwards it; the secretariat returns it with a comment;
 * the operator revises and sends it again; the secretariat compares the versions and accepts.
 */
@PraktikaTest
class RegionalOperatorReportsPracticeTests extends BrowserJourney {

    WebDriverWait wait;

    @Test
    void operatorReportsAPracticeAndTheSecretariatReturnsComparesAndAccepts() {
        wait = waiting(20);
        signIn("perm", "demo");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".account-link")));
        driver.get(url("/practices/new"));

        type("year", "2023");
        // the picker: type the beginning of the name, move with the arrow key, take with Enter
        type("leadMunicipality", "Чайков");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("leadMunicipality-options"), "Чайковский — городской округ"));
        driver.findElement(By.id("leadMunicipality")).sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        assertThat(driver.findElement(By.id("leadMunicipality")).getAttribute("value"))
                .isEqualTo("Чайковский — городской округ");
        assertThat(driver.findElement(By.cssSelector("input[type=hidden][name=leadMunicipality]"))
                        .getAttribute("value"))
                .isEqualTo("57735000");
        driver.findElement(By.xpath("//button[contains(., 'Муниципальное образование')]"))
                .click();
        WebElement second = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#municipalities-rows input[name=municipalitiesText]")));
        second.sendKeys("Нытвен");
        wait.until(ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector("#municipalities-rows [role=option][data-code='57727000']")))
                .click();
        assertThat(second.getAttribute("value")).isEqualTo("Нытвенский — городской округ");
        new Select(driver.findElement(By.cssSelector("select[name$='.source']"))).selectByValue("LOCAL");
        driver.findElement(By.cssSelector("input[name$='.amountRub']")).sendKeys("1 500 000");
        driver.findElement(By.cssSelector("input[name$='.indicator']")).sendKeys("Благоустроенные дворы");
        driver.findElement(By.cssSelector("input[name^='results'][name$='.unit']"))
                .sendKeys("единица");
        driver.findElement(By.cssSelector("input[name$='.baseValue']")).sendKeys("2");
        driver.findElement(By.cssSelector("input[name$='.baseYear']")).sendKeys("2022");
        driver.findElement(By.cssSelector("input[name$='.targetValue']")).sendKeys("10");
        driver.findElement(By.cssSelector("input[name$='.actualValue']")).sendKeys("9,5");
        driver.findElement(By.cssSelector("input[name$='.actualYear']")).sendKeys("2023");
        new Select(driver.findElement(By.cssSelector("select[name$='.nationalProject']"))).selectByValue("NP19-04");
        new Select(driver.findElement(By.cssSelector("select[name$='.federalProject']"))).selectByValue("NP19-04-FP03");
        driver.findElement(By.cssSelector("input[name$='.contribution']")).sendKeys("10 дворов к 2024 году");
        type("problem", "Дворы не благоустраивались двадцать лет.");
        type(
                "description",
                "Жители выбрали проекты благоустройства дворовых территорий на собраниях, работы"
                        + " выполнены за лето: детские площадки, освещение, озеленение.");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("suggestions-box"), "Жилье и городская среда"));
        new Select(driver.findElement(By.cssSelector("select[name$='.nationalProject']"))).selectByValue("");
        driver.findElement(By.cssSelector("#suggestions-box [data-take-suggestion]"))
                .click();
        assertThat(new Select(driver.findElement(By.cssSelector("select[name$='.nationalProject']")))
                        .getFirstSelectedOption()
                        .getAttribute("value"))
                .isEqualTo("NP19-04");
        new Select(driver.findElement(By.cssSelector("select[name$='.federalProject']"))).selectByValue("NP19-04-FP03");
        screenshot("practice-form-filled");

        driver.findElement(By.id("save")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".field-error")));
        assertThat(driver.findElement(By.cssSelector(".problem")).getText()).contains("исправьте отмеченные поля");
        assertThat(driver.findElement(By.cssSelector(".field-error")).getText()).contains("Укажите название практики");
        assertThat(driver.findElement(By.id("leadMunicipality")).getAttribute("value"))
                .isEqualTo("Чайковский — городской округ");
        assertThat(driver.findElement(By.cssSelector("input[type=hidden][name=leadMunicipality]"))
                        .getAttribute("value"))
                .isEqualTo("57735000");
        assertThat(driver.findElement(By.cssSelector("input[name$='.actualValue']"))
                        .getAttribute("value"))
                .isEqualTo("9,5");
        screenshot("practice-form-errors");

        type("title", "Дворы, которые выбрали жители");
        // fields the card catalogue declares: in the form and on the card without a template of their own
        type("beneficiariesCount", "12 500");
        type("practiceUrl", "https://chaikovsky.example/dvory");
        ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("arguments[0].scrollIntoView()", driver.findElement(By.id("partners")));
        screenshot("practice-form-new-fields");
        driver.findElement(By.id("save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), "Карточка сохранена"));
        assertThat(driver.findElement(By.cssSelector(".practice-card")).getText())
                .contains("межмуниципальная", "Формирование комфортной городской среды", "1 500 000");
        assertThat(driver.findElement(By.id("card-beneficiariesCount"))
                        .getText()
                        .replace('\u00a0', ' '))
                .isEqualTo("12 500");
        assertThat(driver.findElement(By.cssSelector("#card-practiceUrl a")).getAttribute("href"))
                .isEqualTo("https://chaikovsky.example/dvory");
        ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("arguments[0].scrollIntoView()", driver.findElement(By.cssSelector(".facts-grid")));
        screenshot("practice-card-new-fields");
        String cardUrl = driver.getCurrentUrl().replaceAll("\\?.*", "");
        act("submit", null);
        act("forward", null);
        assertThat(driver.findElement(By.id("card-status")).getText()).isEqualTo("в ассоциации");

        signOutAndIn("admin");
        driver.get(cardUrl);
        act("return", "Уточните фактическое значение за 2023 год");
        assertThat(driver.findElement(By.id("card-status")).getText()).isEqualTo("на доработке");

        signOutAndIn("perm");
        driver.get(cardUrl);
        assertThat(driver.findElement(By.cssSelector(".return-comment")).getText())
                .isEqualTo("Уточните фактическое значение за 2023 год");
        driver.findElement(By.id("edit-card")).click();
        WebElement actual =
                wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[name$='.actualValue']")));
        actual.clear();
        actual.sendKeys("12");
        driver.findElement(By.id("save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), "Карточка сохранена"));
        act("submit", null);
        act("forward", null);

        signOutAndIn("admin");
        driver.get(cardUrl);
        driver.findElement(By.id("compare")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("diff")));
        String diff = driver.findElement(By.id("diff")).getText();
        assertThat(diff).contains("Результат 1 · фактическое значение", "9.5", "12");
        screenshot("practice-diff");
        driver.get(cardUrl);
        act("accept", null);
        assertThat(driver.findElement(By.id("card-status")).getText()).isEqualTo("принята");
        screenshot("practice-accepted");
    }

    private void type(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private void act(String action, String comment) {
        WebElement form = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("action-" + action)));
        if (comment != null) {
            form.findElement(By.tagName("textarea")).sendKeys(comment);
        }
        form.findElement(By.cssSelector("button[type=submit]")).click();
        // the page before the step may show a notice of its own («Карточка сохранена»): wait for the next page
        waitUntilGone(form);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".notice")));
    }

    private void signOutAndIn(String username) {
        driver.findElement(By.xpath("//button[contains(., 'Выйти')]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.linkText("Войти")));
        signIn(username, "demo");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".account-link")));
    }
}
