package nnfs.server;

import static org.junit.jupiter.api.Assertions.*;

import com.sun.net.httpserver.HttpServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import nnfs.data.DataSource;
import nnfs.data.DatasetSpec;
import nnfs.model.ModelDocument;
import nnfs.nn.Training;
import nnfs.nn.TrainingSettings;

/** A share link and an embed, opened in real headless Chromium; the embed framed by a page of another origin. */
class BrowserTest {

    static long naturalWidth(ChromeDriver d, WebElement img) {
        new WebDriverWait(d, Duration.ofSeconds(60)).until(x -> (Boolean) ((JavascriptExecutor) x)
                .executeScript("return arguments[0].complete", img));
        return (Long) ((JavascriptExecutor) d).executeScript("return arguments[0].naturalWidth", img);
    }

    @Test
    void aShareLinkOpensAndAnEmbedWorksInsideAnotherSitesIframe(@TempDir Path dir) throws Exception {
        try (TestServer s = TestServer.sqlite(dir)) {
            // the article's run stopped after 2000 of its 20000 passes
            Training run = Training.article(DatasetSpec.article().generate(), 3, TrainingSettings.article());
            run.advance(2000);
            String doc = ModelDocument.of("in a browser", run, DataSource.article()).write();
            String id = (String) TestServer.json(s.postJson("/api/models", doc).body()).get("id");
            // a page on another origin (another host name and port) that frames the embed and, wrongly, the share page
            String page = "<!doctype html><title>course</title><h1>A course page</h1>"
                    + "<iframe id=\"embed\" src=\"" + s.url("/embed/" + id) + "\" width=\"660\" height=\"540\"></iframe>"
                    + "<iframe id=\"share\" src=\"" + s.url("/m/" + id) + "\" width=\"660\" height=\"540\"></iframe>";
            HttpServer other = HostPage.serve("127.0.0.1", page);
            ChromeDriver d = Browser.start();
            try {
                d.get(s.url("/m/" + id));
                // the full app opens on the shared model, where its training stopped, ready to go on
                new WebDriverWait(d, Duration.ofSeconds(60)).until(x -> x.findElement(By.id("v-pass")).getText().equals("2000 / 20000"));
                assertTrue(d.findElement(By.id("shared-title")).getText().contains("in a browser"));
                assertTrue(d.findElement(By.id("log")).getText().startsWith("Loss after iteration 0: 0.432387"));
                assertTrue(d.getTitle().startsWith("in a browser"), d.getTitle());
                d.findElement(By.id("b-step100")).click();
                new WebDriverWait(d, Duration.ofSeconds(60)).until(x -> x.findElement(By.id("v-pass")).getText().equals("2100 / 20000"));

                d.get("http://localhost:" + other.getAddress().getPort() + "/");
                d.switchTo().frame(d.findElement(By.id("embed")));
                // the compact app inside the frame: the model where it stopped, its controls, a link to the full app
                new WebDriverWait(d, Duration.ofSeconds(60)).until(x -> x.findElement(By.id("v-pass")).getText().equals("2000 / 20000"));
                assertTrue(d.findElement(By.id("open-full")).getAttribute("href").endsWith("/m/" + id));
                assertFalse(d.findElement(By.id("settings")).isDisplayed(), "the embed is compact");
                d.findElement(By.id("b-step100")).click();
                new WebDriverWait(d, Duration.ofSeconds(60)).until(x -> x.findElement(By.id("v-pass")).getText().equals("2100 / 20000"));
                d.findElement(By.id("b-reset")).click();
                new WebDriverWait(d, Duration.ofSeconds(60)).until(x -> x.findElement(By.id("v-pass")).getText().equals("0 / 20000"));
                d.switchTo().defaultContent();
                d.switchTo().frame(d.findElement(By.id("share")));
                List<WebElement> blocked = d.findElements(By.id("v-pass"));
                assertTrue(blocked.isEmpty(), "the share page refuses to be framed (frame-ancestors 'none')");
            } finally {
                d.quit();
                other.stop(0);
            }
        }
    }

    /**
     * A model shared without a title of its own is named on its page as the server names it, in the page's
     * language, and renamed when the reader switches language (the app's own title once replaced it).
     */
    @Test
    void anUntitledSharedModelIsNamedInThePagesLanguage(@TempDir Path dir) throws Exception {
        try (TestServer s = TestServer.sqlite(dir)) {
            Training run = Training.article(DatasetSpec.article().generate(), 3, TrainingSettings.article());
            run.advance(100);
            String id = (String) TestServer.json(s.postJson("/api/models", ModelDocument.of("", run, DataSource.article()).write()).body()).get("id");
            ChromeDriver d = Browser.start();
            try {
                d.get(s.url("/m/" + id + "?lang=ja"));
                String ja = nnfs.model.ModelName.of(run.network(), "ja"), en = nnfs.model.ModelName.of(run.network(), "en");
                new WebDriverWait(d, Duration.ofSeconds(60)).until(x -> x.findElement(By.id("shared-title")).getText()
                        .equals(nnfs.text.UiText.SHARED_MODEL.format("ja") + ": " + ja));
                assertEquals(ja + " — nnfs", d.getTitle());
                new org.openqa.selenium.support.ui.Select(d.findElement(By.id("f-lang"))).selectByValue("en");
                new WebDriverWait(d, Duration.ofSeconds(10)).until(x -> x.findElement(By.id("shared-title")).getText()
                        .equals(nnfs.text.UiText.SHARED_MODEL.format("en") + ": " + en));
                assertEquals(en + " — nnfs", d.getTitle());
            } finally {
                d.quit();
            }
        }
    }
}
