package ru.praktika.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import ru.praktika.support.PraktikaTest;

/**
 * The secretariat puts the item on the association's symbols to the vote of the meeting's councils, gives it three
 * emblems as images and opens it; two regional operators vote (one changes its ballot); the secretariat closes the
 * vote; the result, the chart and the protocol appear, and the meeting's minutes carry the result as the item's
 * decision.
 */
@PraktikaTest
class SecretariatHoldsSymbolsVoteTests extends BrowserJourney {

    static final String MEETING = "Заседание Правления ВАРМСУ о символике Ассоциации";
    static final String ITEM = "Об эмблеме Ассоциации";
    static final List<String> EMBLEMS = List.of("Круг из 89 точек", "Метка на карте", "Щит");
    static final List<String> FILES = List.of("emblem-dots.svg", "emblem-pin.svg", "emblem-shield.svg");

    WebDriverWait wait;

    @Test
    void secretariatHoldsTheSymbolsVoteAndTheMinutesCarryItsResult() throws Exception {
        wait = waiting(30);
        signIn("admin", "demo");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".account-link")));

        // a meeting with two councils, and its item put to the vote
        driver.findElement(By.linkText("Совещания")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("new-meeting")))
                .click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("title"))).sendKeys(MEETING);
        driver.findElement(By.id("startsAt")).sendKeys("21.12.2026 11:00");
        driver.findElement(By.id("create")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), MEETING));
        for (String council : List.of("Пермского края", "Республики Татарстан")) {
            addCouncil(council);
        }
        driver.findElement(By.id("item-title")).sendKeys(ITEM);
        driver.findElement(By.id("add-item")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".meeting"), ITEM));
        driver.findElement(By.cssSelector(".agenda-item .put-to-vote")).click();

        // the draft vote: the emblems replace «За / Против / Воздержался», each with its image
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), ITEM));
        assertThat(driver.findElement(By.id("vote-state")).getText()).isEqualTo("черновик");
        for (int i = 0; i < 3; i++) {
            WebElement remove = driver.findElement(By.xpath("//button[contains(., 'Убрать вариант')]"));
            remove.click();
            waitUntilGone(remove);
        }
        for (int i = 0; i < 3; i++) {
            driver.findElement(By.id("option-label")).sendKeys(EMBLEMS.get(i));
            driver.findElement(By.id("add-option")).click();
            wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".vote-option"), i + 1));
            WebElement option =
                    driver.findElements(By.cssSelector(".vote-option")).get(i);
            option.findElement(By.cssSelector("input[type=file]"))
                    .sendKeys(Path.of("src/main/resources/demo/vote", FILES.get(i))
                            .toAbsolutePath()
                            .toString());
            option.findElement(By.cssSelector(".option-image-form button[type=submit]"))
                    .click();
            int shown = i + 1;
            wait.until(d -> d.findElements(By.cssSelector(".vote-option img.option-image"))
                            .size()
                    == shown);
        }
        // the preview: the browser drew the uploaded emblems
        wait.until(d -> d.findElements(By.cssSelector(".vote-option img.option-image")).stream()
                .allMatch(img -> Long.valueOf(1)
                        .equals(((org.openqa.selenium.JavascriptExecutor) d)
                                .executeScript("return arguments[0].naturalWidth > 0 ? 1 : 0", img))));
        screenshotsWideAndPhone("vote-draft");
        driver.findElement(By.id("open-vote")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("vote-state"), "идёт голосование"));
        assertThat(driver.findElement(By.id("turnout")).getText()).isEqualTo("Проголосовали 0 из 2 советов");

        // Perm votes for the pin, then changes its ballot to the circle; Tatarstan votes for the circle
        signOutAndIn("perm");
        openTheVote();
        chooseAndCast("Метка на карте");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("ballot-counted"), "Ваш бюллетень учтён"));
        screenshotsWideAndPhone("vote-ballot-counted");
        chooseAndCast("Круг из 89 точек");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), "Бюллетень изменён"));
        // while open, nobody sees the running tally
        assertThat(driver.findElements(By.id("vote-chart"))).isEmpty();
        signOutAndIn("tatarstan");
        openTheVote();
        chooseAndCast("Круг из 89 точек");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("ballot-counted"), "Ваш бюллетень учтён"));

        // the secretariat closes it: result, chart, protocol
        signOutAndIn("admin");
        openTheVote();
        assertThat(driver.findElement(By.id("turnout")).getText()).isEqualTo("Проголосовали 2 из 2 советов");
        driver.findElement(By.id("close-vote")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("vote-state"), "завершено"));
        String outcome = "По итогам голосования (кворум есть: проголосовали 2 из 2 советов) принято:"
                + " «Круг из 89 точек» (2 голоса)";
        assertThat(driver.findElement(By.id("vote-outcome")).getText()).isEqualTo(outcome);
        assertThat(driver.findElement(By.id("vote-chart")).getText()).contains("Круг из 89 точек", "принят");
        assertThat(driver.findElements(By.cssSelector(".region-map path.present")))
                .hasSize(2);
        screenshotsWideAndPhone("vote-result");
        ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript(
                        "arguments[0].scrollIntoView({block: 'start'})", driver.findElement(By.id("vote-chart")));
        screenshot("vote-result-chart");
        Path protocol = download(driver.findElement(By.id("protocol-docx")));
        try (InputStream in = Files.newInputStream(protocol);
                XWPFWordExtractor text = new XWPFWordExtractor(new XWPFDocument(in))) {
            assertThat(text.getText()).contains("ПРОТОКОЛ ГОЛОСОВАНИЯ", ITEM, outcome);
        }

        // the meeting's item carries the result as its decision, and so do its minutes
        driver.findElement(By.id("back-to-meeting")).click();
        wait.until(d -> {
            if (d.findElement(By.cssSelector(".decisions")).getText().contains(outcome)) {
                return true;
            }
            d.navigate().refresh();
            return false;
        });
        ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript(
                        "arguments[0].scrollIntoView({block: 'center'})",
                        driver.findElement(By.cssSelector(".decisions")));
        screenshot("vote-meeting-decision");
        Path minutes = download(driver.findElement(By.xpath("//a[contains(., 'Протокол DOCX')]")));
        try (InputStream in = Files.newInputStream(minutes);
                XWPFWordExtractor text = new XWPFWordExtractor(new XWPFDocument(in))) {
            assertThat(text.getText()).contains("РЕШИЛИ:", outcome);
        }
    }

    private void addCouncil(String region) {
        driver.findElement(By.xpath("//summary[contains(., 'Добавить участника')]"))
                .click();
        new Select(driver.findElement(By.id("p-kind"))).selectByValue("COUNCIL");
        Select org = new Select(driver.findElement(By.id("p-org")));
        org.getOptions().stream()
                .filter(o -> o.getText().startsWith("Совет муниципальных образований")
                        && o.getText().endsWith(region))
                .findFirst()
                .orElseThrow()
                .click();
        WebElement form = driver.findElement(By.id("p-org")).findElement(By.xpath("./ancestor::form"));
        form.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("roll-call"), region));
    }

    private void openTheVote() {
        driver.findElement(By.id("nav-votes")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.linkText(ITEM))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), ITEM));
    }

    private void chooseAndCast(String label) {
        WebElement form = driver.findElement(By.cssSelector(".ballot-form"));
        form.findElement(By.xpath(".//label[contains(., '" + label + "')]/input"))
                .click();
        WebElement button = form.findElement(By.cssSelector(".cast-ballot"));
        button.click();
        waitUntilGone(button);
    }

    private void signOutAndIn(String username) {
        driver.findElement(By.xpath("//button[contains(., 'Выйти')]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.linkText("Войти")));
        signIn(username, "demo");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".account-link")));
    }
}
