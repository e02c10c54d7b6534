package ru.praktika.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import ru.praktika.support.PraktikaTest;

/**
 * The secretary creates a meeting, invites all regions, marks the roll call, records two items with speakers and a
 * decision with an instruction, closes the meeting and publishes the press release; the public news page shows it.
 */
@PraktikaTest
class SecretaryRecordsMeetingTests extends BrowserJourney {

    static final String TITLE = "Селекторное совещание ВАРМСУ о сборнике лучших практик";
    WebDriverWait wait;

    @Test
    void secretaryRecordsAMeetingAndPublishesThePressRelease() {
        wait = waiting(20);
        signIn("admin", "demo");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".account-link")));
        driver.get(url("/meetings"));
        driver.findElement(By.id("new-meeting")).click();
        driver.findElement(By.id("title")).sendKeys(TITLE);
        WebElement starts = driver.findElement(By.id("startsAt"));
        starts.sendKeys("21.12.2026 11:00");
        driver.findElement(By.id("chairName")).sendKeys("Иван Цецерский");
        driver.findElement(By.id("chairPosition")).sendKeys("председатель Правления ВАРМСУ");
        driver.findElement(By.id("create")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), TITLE));

        driver.findElement(By.id("invite-all")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), "приглашены"));
        List<WebElement> boxes = driver.findElements(By.cssSelector("#roll-call input[name=present]"));
        assertThat(boxes).hasSize(89);
        for (int i = 0; i < 5; i++) {
            boxes.get(i).click();
        }
        driver.findElement(By.id("save-roll-call")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".roll-call"), "На связи советов: 5 из 89"));
        assertThat(driver.findElements(By.cssSelector(".region-map path.present")))
                .hasSizeGreaterThanOrEqualTo(4);

        addItem("О подготовке сборника лучших муниципальных практик");
        speech(0, "Сергей Рыбаков", "заместитель Председателя Правления Ассоциации");
        addItem("О плане совещаний на 2027 год");
        speech(1, "Екатерина Шугрина", "научный эксперт Правления ВАРМСУ");
        WebElement second = driver.findElements(By.cssSelector(".agenda-item")).get(1);
        second.findElement(By.cssSelector("textarea[name=text]")).sendKeys("Утвердить план совещаний на 2027 год");
        second.findElement(By.xpath(".//button[contains(., 'Записать решение')]"))
                .click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".instruction-form")));
        WebElement order = driver.findElement(By.cssSelector(".instruction-form"));
        order.findElement(By.name("text")).sendKeys("Разослать план советам муниципальных образований");
        order.findElement(By.name("assigneeName")).sendKeys("Исполнительная дирекция ВАРМСУ");
        order.findElement(By.name("deadline")).sendKeys("20.01.2027");
        order.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".meeting"), "Разослать план советам муниципальных образований"));
        screenshot("meeting-recorded");

        driver.findElement(By.id("hold")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("close"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("meeting-state"), "закрыто"));
        driver.findElement(By.id("draft-press")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("press-text")));
        assertThat(driver.findElement(By.id("press-text")).getAttribute("value"))
                .contains(
                        "Сергей Рыбаков",
                        "Екатерина Шугрина",
                        "О плане совещаний на 2027 год",
                        "Утвердить план совещаний на 2027 год");
        driver.findElement(By.id("publish-press")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), "опубликован"));

        driver.findElement(By.xpath("//button[contains(., 'Выйти')]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.linkText("Войти")));
        driver.get(url("/news"));
        assertThat(driver.findElement(By.tagName("main")).getText()).contains(TITLE);
        // the news item has a press office's headline, not the meeting's long title
        driver.findElement(By.partialLinkText("ВАРМСУ провела селекторное совещание"))
                .click();
        assertThat(driver.findElement(By.cssSelector(".prose-text")).getText()).contains("Сергей Рыбаков");
        screenshot("news-item");
    }

    private void addItem(String title) {
        driver.findElement(By.id("item-title")).sendKeys(title);
        driver.findElement(By.id("add-item")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".meeting"), title));
    }

    private void speech(int index, String name, String position) {
        WebElement item = driver.findElements(By.cssSelector(".agenda-item")).get(index);
        item.findElement(By.name("personName")).sendKeys(name);
        item.findElement(By.name("position")).sendKeys(position);
        item.findElement(By.xpath(".//button[contains(., 'Записать выступление')]"))
                .click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".meeting"), position + " – " + name));
    }
}
