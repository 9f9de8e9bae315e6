package nnfs.server;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.time.Duration;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import java.util.function.Supplier;
import java.util.logging.Level;
import nnfs.model.ModelDocument;
import nnfs.nn.Network;
import org.junit.jupiter.api.Assertions;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium, driven through chromedriver: both given explicitly (NNFS_CHROME and NNFS_CHROMEDRIVER, else
 * found on PATH, else Debian's /usr/bin/chromium and /usr/bin/chromedriver), so Selenium never downloads a browser
 * or a driver. A fresh profile each time.
 */
final class Browser {
    private Browser() {}

    private static String missing; // said in full by the first test that needs the browser, referred to after

    static ChromeDriver start() throws Exception {
        Path chrome = find("NNFS_CHROME", "chromium", "chromium-browser", "google-chrome");
        Path driver = find("NNFS_CHROMEDRIVER", "chromedriver");
        synchronized (Browser.class) {
            if (missing != null) Assertions.fail("no browser to test with: " + missing);
            if (chrome == null || driver == null) {
                missing = (chrome == null ? "Chromium" : "") + (chrome == null && driver == null ? " and " : "") + (driver == null ? "chromedriver" : "")
                        + " not found";
                Assertions.fail("The browser tests need Chromium and its chromedriver: " + missing + " (looked in "
                        + "NNFS_CHROME / NNFS_CHROMEDRIVER, on PATH, and in /usr/bin). On Debian or Ubuntu: apt-get install chromium "
                        + "chromium-driver; elsewhere install both of one version and name them in NNFS_CHROME and NNFS_CHROMEDRIVER.");
            }
        }
        ChromeOptions o = new ChromeOptions();
        o.setBinary(chrome.toString());
        o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + Files.createTempDirectory("nnfs-chromium").toAbsolutePath(), "--window-size=1200,900");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        o.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver.toFile())
                .usingAnyFreePort().build();
        ChromeDriver d = new ChromeDriver(service, o);
        d.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return d;
    }

    /** The executable an environment variable names, else the first of the names on PATH, else in /usr/bin. */
    static Path find(String variable, String... names) {
        String named = System.getenv(variable);
        if (named != null && !named.isBlank()) return Files.isExecutable(Path.of(named)) ? Path.of(named) : null;
        List<String> dirs = new ArrayList<>(List.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)));
        dirs.add("/usr/bin");
        for (String name : names) {
            for (String dir : dirs) {
                if (dir.isEmpty()) continue;
                Path p = Path.of(dir, name);
                if (Files.isExecutable(p) && !Files.isDirectory(p)) return p;
            }
        }
        return null;
    }

    /** Waits for a condition; on time-out fails with the page's errors and the browser console. */
    static void waitFor(ChromeDriver d, String what, Supplier<Boolean> ok, int seconds) {
        try {
            new WebDriverWait(d, Duration.ofSeconds(seconds)).until(x -> ok.get());
        } catch (TimeoutException e) {
            StringBuilder console = new StringBuilder();
            d.manage().logs().get(LogType.BROWSER).forEach(l -> console.append(l.getMessage()).append('\n'));
            Assertions.fail("waited " + seconds + " s for " + what + "; errors: "
                    + d.findElement(By.id("errors")).getText() + "; console: " + console);
        }
    }

    /**
     * Shares the model on screen as a learner does: Share, then the title form, with the automatic title it offers
     * kept (null) or replaced by {@code title}.
     */
    static void share(ChromeDriver d, String title) {
        js(d, "document.getElementById('b-share').scrollIntoView({block: 'center'}); document.getElementById('b-share').click()");
        waitFor(d, "the title form", () -> d.findElement(org.openqa.selenium.By.id("share-title-form")).isDisplayed(), 20);
        var input = d.findElement(org.openqa.selenium.By.id("share-title"));
        waitFor(d, "the automatic title", () -> !input.getAttribute("value").isEmpty(), 20);
        if (title != null) {
            input.clear();
            input.sendKeys(title);
        }
        d.findElement(org.openqa.selenium.By.cssSelector("#share-title-form button[type=submit]")).click();
    }

    static Object js(ChromeDriver d, String script, Object... args) {
        return d.executeScript(script, args);
    }

    /** The model document of the run on screen, as the app writes it. */
    static ModelDocument documentOnScreen(ChromeDriver d) {
        js(d, "window.nnfsLastDocument = null; window.nnfsApp.requestDocument();");
        waitFor(d, "the document", () -> js(d, "return window.nnfsLastDocument") != null, 30);
        return ModelDocument.parse((String) js(d, "return window.nnfsLastDocument"));
    }

    /** The same layer sizes and every weight and bias bit for bit. */
    static void assertSameWeights(Network a, Network b) {
        Assertions.assertArrayEquals(a.sizes, b.sizes);
        for (int l = 0; l < a.layers(); l++) {
            Assertions.assertArrayEquals(a.w[l], b.w[l], 0.0, "W" + (l + 1) + " bit for bit");
            Assertions.assertArrayEquals(a.b[l], b.b[l], 0.0, "b" + (l + 1) + " bit for bit");
        }
    }
}
