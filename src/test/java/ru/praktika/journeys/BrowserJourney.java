package ru.praktika.journeys;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A real headless Chromium (Debian's chromium and chromedriver, explicit paths so Selenium never downloads one).
 * Screenshots go to {@code target/screenshots}; on failure one is taken automatically.
 */
abstract class BrowserJourney {

    @LocalServerPort
    int port;

    WebDriver driver;
    private Path profile;
    /** Where files the browser downloads land. */
    Path downloads;

    /**
     * A wait that looks again when the page was replaced while it looked: Chromium then answers «Node with given id
     * does not belong to the document», an unknown error rather than a stale element. A condition that never holds
     * still fails, with the last error as the cause.
     */
    WebDriverWait waiting(int seconds) {
        WebDriverWait wait = new WebDriverWait(driver, java.time.Duration.ofSeconds(seconds));
        wait.ignoring(org.openqa.selenium.WebDriverException.class);
        return wait;
    }

    /** Runs before {@code @AfterEach} closes the browser, so a failure is photographed while the page is open. */
    @RegisterExtension
    final AfterTestExecutionCallback onFailure = context -> {
        if (context.getExecutionException().isPresent()) {
            screenshot("FAILED-" + context.getDisplayName().replaceAll("\\W", ""));
        }
    };

    @BeforeEach
    void startBrowser() throws IOException {
        profile = Files.createTempDirectory("praktika-chromium-");
        downloads = Files.createTempDirectory("praktika-downloads-");
        ChromeOptions options = new ChromeOptions();
        options.setExperimentalOption(
                "prefs",
                java.util.Map.of(
                        "download.default_directory", downloads.toString(),
                        "download.prompt_for_download", false,
                        "safebrowsing.enabled", false));
        options.setBinary(System.getProperty("praktika.chromium", "/usr/bin/chromium"));
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--lang=ru-RU",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(
                        new java.io.File(System.getProperty("praktika.chromedriver", "/usr/bin/chromedriver")))
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(1366, 900));
        ((ChromeDriver) driver)
                .executeCdpCommand(
                        "Browser.setDownloadBehavior",
                        java.util.Map.of("behavior", "allow", "downloadPath", downloads.toString()));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterEach
    void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    void signIn(String username, String password) {
        driver.get(url("/login"));
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.cssSelector("form.form button[type=submit]")).click();
    }

    /**
     * Clicks a link the page shows and waits until the browser has saved its file (with the page's session, as a
     * person's click would): returns the file. A download that asks for a second login never arrives.
     */
    Path download(org.openqa.selenium.WebElement link) throws IOException {
        java.util.Set<Path> before;
        try (var files = Files.list(downloads)) {
            before = files.collect(java.util.stream.Collectors.toSet());
        }
        link.click();
        return new org.openqa.selenium.support.ui.FluentWait<>(downloads)
                .withTimeout(Duration.ofSeconds(60))
                .pollingEvery(Duration.ofMillis(200))
                .withMessage("a downloaded file in " + downloads)
                .until(dir -> {
                    try (var files = Files.list(dir)) {
                        return files.filter(f -> !before.contains(f))
                                .filter(f -> !f.getFileName().toString().endsWith(".crdownload"))
                                .filter(f -> !f.getFileName().toString().endsWith(".tmp"))
                                .findFirst()
                                .orElse(null);
                    } catch (IOException e) {
                        return null;
                    }
                });
    }

    /**
     * Waits until the browser has left the page an element was on. Chromium answers a question about an element of a
     * page it is replacing either «stale element» or, during the swap, «node does not belong to the document»: both
     * mean the page is gone.
     */
    /**
     * Clicks a button that sends its form and waits until the browser shows the next page: what the old page showed
     * (the same rows, unfiltered) is then never mistaken for the answer.
     */
    void submitAndWaitForNextPage(By button) {
        org.openqa.selenium.WebElement page = driver.findElement(By.tagName("html"));
        driver.findElement(button).click();
        waitUntilGone(page);
    }

    void waitUntilGone(org.openqa.selenium.WebElement element) {
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> {
            try {
                element.isEnabled();
                return false;
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                return true;
            } catch (org.openqa.selenium.WebDriverException e) {
                if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                    return true;
                }
                throw e;
            }
        });
    }

    /** Shows the page as a 390 px wide phone does. */
    void asPhone() {
        ((ChromeDriver) driver)
                .executeCdpCommand(
                        "Emulation.setDeviceMetricsOverride",
                        java.util.Map.of("width", 390, "height", 844, "deviceScaleFactor", 2, "mobile", true));
    }

    /** A screenshot as a 1366 px desktop and as a 390 px phone shows the current page. */
    void screenshotsWideAndPhone(String name) {
        screenshot(name + "-1366");
        asPhone();
        driver.navigate().refresh();
        screenshot(name + "-390");
        ((ChromeDriver) driver).executeCdpCommand("Emulation.clearDeviceMetricsOverride", java.util.Map.of());
        driver.navigate().refresh();
    }

    /** How many CSS pixels the page is wider than the screen (0 when nothing scrolls sideways). */
    long sidewaysOverflow() {
        Object overflow = ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
        return ((Number) overflow).longValue();
    }

    void screenshot(String name) {
        if (driver == null) {
            return;
        }
        try {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException | RuntimeException ignored) {
            // a missing screenshot must not hide the real failure
        }
    }
}
