package dev.warden.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by its chromedriver, against the test's real HTTP port, with a fresh profile
 * each time. Every step can be saved as a PNG under target/console-screenshots/ (and, for the README, in the
 * folder {@code -Dconsole.screenshots} names).
 */
final class ConsoleBrowser implements AutoCloseable {
    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("WARDEN_CHROMIUM", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getenv().getOrDefault("WARDEN_CHROMEDRIVER", "/usr/bin/chromedriver"));
    private static final Path SHOTS = Path.of("target", "console-screenshots");

    private final ChromeDriver driver;
    private final Path profile;
    private final String base;
    private int step;

    /** Skips the test where no browser is installed; on CI (CI set) that is a failure: .ci/run installs them. */
    static void requireInstalled() {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        String missing = "headless Chromium is not installed (" + CHROMIUM + ", " + CHROMEDRIVER
                + "): apt-get install chromium chromium-driver, as .ci/run does";
        if (System.getenv("CI") != null && !present) Assertions.fail(missing);
        Assumptions.assumeTrue(present, missing);
    }

    ConsoleBrowser(URL base) {
        try {
            this.profile = Files.createTempDirectory("warden-chromium-");
            Files.createDirectories(SHOTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.base = base.toString().replaceAll("/$", "");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=1440,1000");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    ChromeDriver driver() {
        return driver;
    }

    void open(String path) {
        driver.get(base + path);
    }

    String path() {
        return driver.getCurrentUrl().substring(base.length());
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    WebElement waitFor(String css) {
        return new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    }

    /**
     * Types {@code text} into the text field {@code css}, found again and cleared while the page is still being
     * replaced: Chromium refuses keys for a node of a document that a redirect's next page has just superseded
     * ("Node with given id does not belong to the document"), even when the field was found a moment before.
     */
    void type(String css, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(WebDriverException.class).until(d -> {
            WebElement field = find(css);
            field.clear();
            field.sendKeys(text);
            return true;
        });
    }

    void signIn(String user, String password) {
        open("/console/login");
        type("#username", user);
        type("#password", password);
        clickThrough(find("#signin button[type=submit]"));
    }

    /**
     * Clicks {@code control} and waits until the page it is on has been replaced: an element found on the old page
     * (an id that both pages carry, a row both list) would otherwise be read or go stale while the next one loads.
     */
    void clickThrough(WebElement control) {
        control.click();
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.until(ExpectedConditions.stalenessOf(control));
        // The next page may itself redirect (sign-in): wait until a document has finished loading.
        wait.until(d -> "complete".equals(driver.executeScript("return document.readyState")));
    }

    void signOut() {
        find("form.signout button").click();
        waitFor("#signin");
    }

    /** A numbered screenshot of the step; with {@code readmeName}, also the README's picture of that name. */
    void screenshot(String name, String readmeName) {
        byte[] png = driver.getScreenshotAs(OutputType.BYTES);
        try {
            Files.write(SHOTS.resolve(String.format("%02d-%s.png", ++step, name)), png);
            String readme = System.getProperty("console.screenshots");
            if (readmeName != null && readme != null && !readme.isBlank()) {
                Path folder = Path.of(readme); // relative to the project folder, where Maven runs the tests
                Files.createDirectories(folder);
                Files.write(folder.resolve(readmeName + ".png"), png);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void screenshot(String name) {
        screenshot(name, null);
    }

    /** The window as tall as the page, for a picture of all of it. */
    void fitPage() {
        Number height = (Number) driver.executeScript("return document.documentElement.scrollHeight");
        driver.manage().window().setSize(new Dimension(1440, Math.min(4000, Math.max(1000, height.intValue() + 40))));
    }

    void normalWindow() {
        driver.manage().window().setSize(new Dimension(1440, 1000));
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temp directory left behind is harmless
        }
    }
}
