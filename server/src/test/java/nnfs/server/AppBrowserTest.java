package nnfs.server;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.time.Duration;
import nnfs.data.DatasetSpec;
import nnfs.model.ModelDocument;
import nnfs.nn.Network;
import nnfs.nn.Training;
import nnfs.nn.TrainingSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The browser app in real headless Chromium: the article's run in a worker, the same bits as the JVM. */
class AppBrowserTest {
    @TempDir
    static Path dir;
    static TestServer s;
    static ChromeDriver d;

    @BeforeAll
    static void start() throws Exception {
        s = TestServer.sqlite(dir);
        d = Browser.start();
    }

    @AfterAll
    static void stop() {
        if (d != null) d.quit();
        s.close();
    }

    static String log() {
        return d.findElement(By.id("log")).getText();
    }

    static void waitFor(String what, java.util.function.Supplier<Boolean> ok, int seconds) {
        try {
            new WebDriverWait(d, Duration.ofSeconds(seconds)).until(x -> ok.get());
        } catch (org.openqa.selenium.TimeoutException e) {
            StringBuilder console = new StringBuilder();
            d.manage().logs().get(LogType.BROWSER).forEach(l -> console.append(l.getMessage()).append('\n'));
            fail("waited " + seconds + " s for " + what + "; errors: " + d.findElement(By.id("errors")).getText() + "; console: " + console);
        }
    }

    /** Keeps a picture of the page in target/ for a person to look at. */
    static void screenshot(String name) throws Exception {
        java.nio.file.Files.write(Path.of("target", name), d.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
    }

    @Test
    void theDefaultScreenTrainsTheArticlesNetworkToTheCommandLinesBits() throws Exception {
        d.get(s.url("/"));
        waitFor("pass 0 ready", () -> d.findElement(By.id("v-pass")).getText().startsWith("0 / 20000"), 30);
        d.findElement(By.id("b-end")).click();
        waitFor("the run to finish", () -> d.findElement(By.id("v-pass")).getText().equals("20000 / 20000"), 120);
        screenshot("app-article.png");
        String[] lines = log().split("\n");
        assertEquals("Loss after iteration 0: 0.432387", lines[0]);
        assertEquals("Loss after iteration 1000: 0.068947", lines[1]);
        assertEquals(20, lines.length);
        ((JavascriptExecutor) d).executeScript("window.nnfsLastDocument = null; window.nnfsApp.requestDocument();");
        waitFor("the document", () -> ((JavascriptExecutor) d).executeScript("return window.nnfsLastDocument") != null, 30);
        ModelDocument browser = ModelDocument.parse((String) ((JavascriptExecutor) d).executeScript("return window.nnfsLastDocument"));
        Training jvm = Training.article(DatasetSpec.article().generate(), 3, TrainingSettings.article());
        jvm.runToEnd();
        Network a = browser.network(), b = jvm.network();
        for (int l = 0; l < 2; l++) {
            assertArrayEquals(b.w[l], a.w[l], 0.0, "W" + (l + 1) + " bit for bit");
            assertArrayEquals(b.b[l], a.b[l], 0.0, "b" + (l + 1) + " bit for bit");
        }
    }
}
