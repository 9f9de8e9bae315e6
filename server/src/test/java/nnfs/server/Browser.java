package nnfs.server;

import java.io.File;
import java.nio.file.Files;
import java.time.Duration;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium from Debian's packages, driven through Debian's chromedriver: both given explicitly, so
 * Selenium never downloads a browser or a driver. A fresh profile each time.
 */
final class Browser {
    private Browser() {}

    static ChromeDriver start() throws Exception {
        ChromeOptions o = new ChromeOptions();
        o.setBinary("/usr/bin/chromium");
        o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + Files.createTempDirectory("nnfs-chromium").toAbsolutePath(), "--window-size=1200,900");
        org.openqa.selenium.logging.LoggingPreferences logs = new org.openqa.selenium.logging.LoggingPreferences();
        logs.enable(org.openqa.selenium.logging.LogType.BROWSER, java.util.logging.Level.ALL);
        o.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .usingAnyFreePort().build();
        ChromeDriver d = new ChromeDriver(service, o);
        d.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return d;
    }

    /** Waits for a condition; on time-out fails with the page's errors and the browser console. */
    static void waitFor(ChromeDriver d, String what, java.util.function.Supplier<Boolean> ok, int seconds) {
        try {
            new org.openqa.selenium.support.ui.WebDriverWait(d, Duration.ofSeconds(seconds)).until(x -> ok.get());
        } catch (org.openqa.selenium.TimeoutException e) {
            StringBuilder console = new StringBuilder();
            d.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).forEach(l -> console.append(l.getMessage()).append('\n'));
            org.junit.jupiter.api.Assertions.fail("waited " + seconds + " s for " + what + "; errors: "
                    + d.findElement(org.openqa.selenium.By.id("errors")).getText() + "; console: " + console);
        }
    }

    static Object js(ChromeDriver d, String script, Object... args) {
        return d.executeScript(script, args);
    }

    /** The model document of the run on screen, as the app writes it. */
    static nnfs.model.ModelDocument documentOnScreen(ChromeDriver d) {
        js(d, "window.nnfsLastDocument = null; window.nnfsApp.requestDocument();");
        waitFor(d, "the document", () -> js(d, "return window.nnfsLastDocument") != null, 30);
        return nnfs.model.ModelDocument.parse((String) js(d, "return window.nnfsLastDocument"));
    }

    /** The same layer sizes and every weight and bias bit for bit. */
    static void assertSameWeights(nnfs.nn.Network a, nnfs.nn.Network b) {
        org.junit.jupiter.api.Assertions.assertArrayEquals(a.sizes, b.sizes);
        for (int l = 0; l < a.layers(); l++) {
            org.junit.jupiter.api.Assertions.assertArrayEquals(a.w[l], b.w[l], 0.0, "W" + (l + 1) + " bit for bit");
            org.junit.jupiter.api.Assertions.assertArrayEquals(a.b[l], b.b[l], 0.0, "b" + (l + 1) + " bit for bit");
        }
    }
}
