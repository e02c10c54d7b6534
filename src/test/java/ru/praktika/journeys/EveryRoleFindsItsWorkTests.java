package ru.praktika.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import ru.praktika.support.PraktikaTest;

/**
 * Each role signs in through /login, lands on its own desk and clicks what the pages show: files download with the
 * page's session, the secretariat opens, changes and switches off an account, and public pages fit a phone.
 */
@PraktikaTest
class EveryRoleFindsItsWorkTests extends BrowserJourney {

    private WebDriverWait waiting() {
        return waiting(60);
    }

    private void click(String linkText) {
        waiting()
                .until(ExpectedConditions.elementToBeClickable(By.linkText(linkText)))
                .click();
    }

    @Test
    void aRegionalOperatorLandsOnTheDeskAndDownloadsTheWorkbooksThePagesOffer() throws Exception {
        signIn("perm", "demo");
        waiting().until(ExpectedConditions.urlContains("/desk"));
        String desk = driver.findElement(By.tagName("main")).getText();
        assertThat(desk).contains("Мой стол", "Кампания 2024 года", "Приём карточек");
        screenshotsWideAndPhone("desk-regional-operator");

        click("Кампании");
        click("2024");
        click("Загрузить из Excel");
        waiting().until(ExpectedConditions.elementToBeClickable(By.id("template-link")));
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Пермский край");
        Path template = download(driver.findElement(By.id("template-link")));
        Path export = download(driver.findElement(By.id("export-link")));
        for (Path file : List.of(template, export)) {
            assertThat(file.getFileName().toString()).endsWith(".xlsx");
            try (InputStream in = Files.newInputStream(file);
                    XSSFWorkbook book = new XSSFWorkbook(in)) {
                assertThat(book.getNumberOfSheets()).isPositive();
            }
        }
    }

    @Test
    void aCouncilOrdersItsCollectionAndDownloadsItByClickingTheLinkThePageShows() throws Exception {
        signIn("perm", "demo");
        waiting().until(ExpectedConditions.urlContains("/desk"));
        click("Доклады");
        driver.findElement(By.id("kind-collection")).click();
        driver.findElement(By.id("format-docx")).click();
        WebElement year = driver.findElement(By.id("year"));
        year.clear();
        year.sendKeys("2024");
        driver.findElement(By.id("generate")).click();
        WebElement link = waiting(120)
                .until(ExpectedConditions.elementToBeClickable(By.cssSelector("#started a.download-result")));
        Path file = download(link);
        byte[] head = Files.readAllBytes(file);
        assertThat(file.getFileName().toString()).endsWith(".docx");
        assertThat(new String(head, 0, 2, java.nio.charset.StandardCharsets.ISO_8859_1))
                .isEqualTo("PK");
        try (InputStream in = Files.newInputStream(file);
                org.apache.poi.xwpf.usermodel.XWPFDocument doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(in)) {
            assertThat(doc.getParagraphs()).isNotEmpty();
        }
    }

    @Test
    void theSecretariatOpensChangesAndSwitchesOffAnOperatorFromTheUsersPage() {
        signIn("admin", "demo");
        waiting().until(ExpectedConditions.urlContains("/desk"));
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Ждут решения ассоциации");
        screenshotsWideAndPhone("desk-secretariat");

        click("Пользователи");
        click("Новый пользователь");
        driver.findElement(By.id("username")).sendKeys("kursk-council");
        driver.findElement(By.id("fullName")).sendKeys("Оператор Совета МО Курской области");
        driver.findElement(By.cssSelector("input[name=roles][value=REGIONAL_OPERATOR]"))
                .click();
        new Select(driver.findElement(By.id("regionCode"))).selectByVisibleText("Курская область");
        driver.findElement(By.cssSelector("form.form button[type=submit]")).click();
        WebElement handed =
                waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".notice.token code")));
        String password = handed.getText();
        assertThat(password).hasSizeGreaterThanOrEqualTo(8);

        WebElement fullName = driver.findElement(By.id("fullName"));
        fullName.clear();
        fullName.sendKeys("Петрова Мария Ивановна");
        driver.findElement(By.id("position")).sendKeys("консультант");
        driver.findElement(By.cssSelector("form.form button[type=submit]")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Петрова Мария Ивановна"));

        // the new operator can sign in with the handed password and lands on their council's desk
        driver.manage().deleteAllCookies();
        signIn("kursk-council", password);
        waiting().until(ExpectedConditions.urlContains("/desk"));
        driver.manage().deleteAllCookies();

        signIn("admin", "demo");
        waiting().until(ExpectedConditions.urlContains("/desk"));
        click("Пользователи");
        click("kursk-council");
        driver.findElement(By.xpath("//button[contains(., 'Отключить')]")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), "отключена"));
        click("Пользователи");
        assertThat(driver.findElement(By.xpath("//tr[.//a[text()='kursk-council']]"))
                        .getText())
                .contains("отключён", "Курская область");
    }

    @Test
    void aCouncilPublishesTheContactsOfItsCardAndTheSecretariatReadsItInTheAuditLog() throws Exception {
        signIn("perm", "demo");
        waiting().until(ExpectedConditions.urlContains("/desk"));
        click("Практики");
        new Select(driver.findElement(By.id("f-status"))).selectByVisibleText("опубликована");
        driver.findElement(By.cssSelector("form.filters button[type=submit]")).click();
        waiting().until(ExpectedConditions.urlContains("status=PUBLISHED"));
        // the first published card of the council that has a contact person (other tests publish cards without one)
        java.util.List<String> titles =
                driver.findElements(By.cssSelector("main table tbody a[href*='/practices/']")).stream()
                        .map(WebElement::getText)
                        .toList();
        WebElement toggle = null;
        for (String title : titles) {
            driver.findElement(By.linkText(title)).click();
            toggle = waiting().until(ExpectedConditions.elementToBeClickable(By.id("contacts-toggle")));
            if (!driver.findElements(By.id("contacts")).isEmpty()) {
                break;
            }
            driver.navigate().back();
            waiting().until(ExpectedConditions.urlContains("status=PUBLISHED"));
        }
        assertThat(driver.findElements(By.id("contacts")))
                .as("a published card with a contact person")
                .isNotEmpty();
        String card = driver.getCurrentUrl();
        String number = card.replaceAll(".*/practices/(\\d+).*", "$1");
        assertThat(toggle.getText()).startsWith("Показать контакты");
        toggle.click();
        waiting()
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector(".notice"), "Контакты показаны"));
        String contact = driver.findElement(By.id("contacts")).getText();
        // what a visitor without a session gets for the same page now shows the contact person
        Object visitorSees = ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeAsyncScript(
                        "const done = arguments[arguments.length - 1];"
                                + "fetch(arguments[0], {credentials: 'omit'}).then(r => r.text()).then(done);",
                        card);
        assertThat((String) visitorSees).contains(contact.split(" · ")[0]);
        screenshotsWideAndPhone("card-contacts-published");
        // the anonymous fetch above got a CSRF cookie of its own: the page is reloaded, as a person would, before the
        // next form is sent
        driver.navigate().refresh();
        waiting()
                .until(ExpectedConditions.elementToBeClickable(By.id("contacts-toggle")))
                .click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), "скрыты"));
        driver.manage().deleteAllCookies();

        signIn("admin", "demo");
        waiting().until(ExpectedConditions.urlContains("/desk"));
        click("Журнал");
        new Select(driver.findElement(By.id("type"))).selectByVisibleText("карточка практики");
        submitAndWaitForNextPage(By.cssSelector("form.search-form button[type=submit]"));
        String entry = waiting()
                .until(d -> d.findElement(By.partialLinkText(
                                "Пермский край: контакты карточки №" + number + " открыты для публики"))
                        .getAttribute("href"));
        assertThat(entry).endsWith("/practices/" + number);
        screenshotsWideAndPhone("audit-log");

        click("Кампании");
        click("2024");
        click("Загрузить из Excel");
        new Select(driver.findElement(By.id("region"))).selectByVisibleText("Пермский край");
        driver.findElement(By.id("choose-region")).click();
        waiting().until(ExpectedConditions.elementToBeClickable(By.id("template-link")));
        screenshotsWideAndPhone("import-secretariat");
        assertThat(download(driver.findElement(By.id("template-link")))
                        .getFileName()
                        .toString())
                .endsWith(".xlsx");
    }

    @Test
    void anExpertLandsOnCardsWaitingForAnOpinion() {
        signIn("expert", "demo");
        waiting().until(ExpectedConditions.urlContains("/desk"));
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Ждут мнения эксперта");
    }

    @Test
    void everyPublicPageFitsAPhoneWithoutScrollingSideways() {
        asPhone();
        driver.get(url("/practices?status=PUBLISHED"));
        String card = driver.findElement(By.cssSelector("main table a[href*='/practices/']"))
                .getAttribute("href");
        driver.get(url("/regions"));
        String region =
                driver.findElement(By.cssSelector("main a[href*='/regions/']")).getAttribute("href");
        driver.get(url("/national-projects"));
        String project = driver.findElement(By.cssSelector("main a[href*='/national-projects/']"))
                .getAttribute("href");
        for (String page : List.of(
                url("/"),
                url("/practices"),
                card,
                url("/regions"),
                region,
                url("/national-projects"),
                project,
                url("/organizations"),
                url("/news"),
                url("/about"),
                url("/login"))) {
            driver.get(page);
            waiting()
                    .until(d -> "complete"
                            .equals(((org.openqa.selenium.JavascriptExecutor) d)
                                    .executeScript("return document.readyState")));
            assertThat(sidewaysOverflow())
                    .as("sideways scroll on %s at 390 px", page)
                    .isLessThanOrEqualTo(0);
        }
        driver.get(card);
        screenshot("phone-practice-card");
        driver.get(region);
        screenshot("phone-region");
    }
}
