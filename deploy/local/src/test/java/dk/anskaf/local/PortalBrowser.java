package dk.anskaf.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;

/**
 * Debian's headless Chromium driven through chromedriver, with axe-core for WCAG 2.1 A/AA checks and
 * helpers that reach every control with the Tab key only, as a keyboard user would.
 */
final class PortalBrowser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private final ChromeDriver driver;
    private final String axe;

    private PortalBrowser(ChromeDriver driver, String axe) {
        this.driver = driver;
        this.axe = axe;
    }

    /**
     * Starts Chromium, or skips the test with the reason when it is not installed here. In CI
     * ({@code CI=true}) a missing Chromium fails instead: .ci/run installs it.
     */
    static PortalBrowser start() throws IOException {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if ("true".equals(System.getenv("CI"))) {
            assertThat(present)
                    .as("CI=true: Chromium and chromedriver must be installed (.ci/run installs them)")
                    .isTrue();
        }
        Assumptions.assumeTrue(
                present, "Browser tests skipped: /usr/bin/chromium and /usr/bin/chromedriver are not installed");
        ChromeOptions options = new ChromeOptions()
                .setBinary(CHROMIUM.toFile())
                .addArguments(
                        "--headless=new",
                        "--no-sandbox",
                        "--disable-dev-shm-usage",
                        "--window-size=1280,1000",
                        "--lang=da");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        try (InputStream source = PortalBrowser.class.getResourceAsStream("/axe/axe.min.js")) {
            return new PortalBrowser(driver, new String(source.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    void open(String url) {
        driver.get(url);
    }

    /** A narrower window shows the pages as on a phone: DKFDS's header then has its Menu button. */
    void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    String url() {
        return driver.getCurrentUrl();
    }

    String title() {
        return driver.getTitle();
    }

    String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    String heading() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    String attribute(String css, String name) {
        return driver.findElement(By.cssSelector(css)).getDomAttribute(name);
    }

    /** Runs axe-core on the page as it is now and fails with every WCAG 2.1 A/AA violation listed. */
    void assertAccessible(String what) {
        JavascriptExecutor js = driver;
        js.executeScript(axe);
        Object violations = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}})
                   .then(result => done(result.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + ' -> '
                        + v.nodes.map(n => n.target.join(' ')).join(', '))))
                   .catch(error => done(['axe failed: ' + error]));
                """, WCAG_21_AA);
        assertThat((List<?>) violations)
                .as("WCAG 2.1 AA violations on " + what + " (" + url() + ")")
                .isEmpty();
    }

    /** Presses Tab until the focused element matches the selector; fails if it is not reachable. */
    WebElement tabTo(String css) {
        for (int i = 0; i < 150; i++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
            WebElement focused = driver.switchTo().activeElement();
            if ((Boolean) ((JavascriptExecutor) driver)
                    .executeScript("return arguments[0].matches(arguments[1])", focused, css)) {
                return focused;
            }
        }
        throw new AssertionError("Not reachable with the Tab key: " + css + " on " + url());
    }

    /** Presses Enter on a link or button that loads a new page, and waits until it has loaded. */
    void follow() {
        JavascriptExecutor js = driver;
        js.executeScript("window.anskafPreviousPage = true");
        press(Keys.ENTER);
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            Object loaded = js.executeScript(
                    "return window.anskafPreviousPage === undefined && document.readyState === 'complete'");
            if (Boolean.TRUE.equals(loaded)) {
                return;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new AssertionError("No new page after Enter on " + url() + ": "
                + js.executeScript("return document.readyState + ' ' + window.anskafPreviousPage + ' '"
                        + " + document.title + ' ' + document.activeElement.outerHTML"));
    }

    /** Runs a script in the page (to find things, never to act for the user). */
    Object script(String javascript, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(javascript, arguments);
    }

    /** Types into whatever has focus. */
    void type(String text) {
        new Actions(driver).sendKeys(text).perform();
    }

    /**
     * Chooses a file in the focused file input. A keyboard user opens the system's file dialog with
     * Enter; a headless browser has none, so the path goes to the input as WebDriver prescribes.
     */
    void chooseFile(java.nio.file.Path file) {
        driver.switchTo().activeElement().sendKeys(file.toAbsolutePath().toString());
    }

    String textOf(String css) {
        return driver.findElement(By.cssSelector(css)).getText();
    }

    void press(Keys key) {
        new Actions(driver).sendKeys(key).perform();
    }

    WebElement focused() {
        return driver.switchTo().activeElement();
    }

    /** Saves a screenshot under target/screenshots (docs/screenshots holds the chosen ones). */
    void screenshot(String name) throws IOException {
        Path folder = Path.of("target", "screenshots");
        Files.createDirectories(folder);
        Files.write(folder.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    }

    @Override
    public void close() {
        driver.quit();
    }
}
