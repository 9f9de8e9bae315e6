package nnfs.server;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import nnfs.model.ModelDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import java.util.function.Supplier;
import nnfs.server.store.JdbcModelStore;

/**
 * Sharing and working offline, in real Chromium: a shared link opens in a fresh profile with the same weights;
 * with the server really stopped (not DevTools' emulation), the app reloads from its service worker, trains,
 * and a fragment-only link carries the model.
 */
class ShareOfflineBrowserTest {

    static void waitFor(ChromeDriver d, String what, Supplier<Boolean> ok) {
        Browser.waitFor(d, what, ok, 90);
    }

    static String pass(ChromeDriver d) {
        return d.findElement(By.id("v-pass")).getText();
    }

    @Test
    void shareOpenElsewhereThenStopTheServerAndKeepWorking(@TempDir Path dir) throws Exception {
        TestServer s = TestServer.sqlite(dir);
        ChromeDriver d = Browser.start();
        try {
            d.get(s.url("/#passes=500&hidden=4"));
            waitFor(d, "the page to be ready", () -> pass(d).equals("0 / 500"));
            waitFor(d, "the service worker to control the page", () -> Boolean.TRUE.equals(Browser.js(d, "return !!navigator.serviceWorker.controller")));
            d.findElement(By.id("b-end")).click();
            waitFor(d, "the run to end", () -> pass(d).equals("500 / 500"));
            ModelDocument trained = Browser.documentOnScreen(d);

            // the views below update after the run's last report: bring the button to the middle of the screen first
            Browser.share(d, null);
            waitFor(d, "the share link", () -> d.findElement(By.id("share-link")).getAttribute("value").startsWith(s.url("/m/")));
            String link = d.findElement(By.id("share-link")).getAttribute("value");
            String embed = d.findElement(By.id("share-embed")).getAttribute("value");
            assertTrue(embed.startsWith("<iframe src=\"" + s.url("/embed/")) && embed.contains(" title=\"") && embed.contains(" loading=\"lazy\""), embed);
            assertTrue(d.findElement(By.id("share-oembed")).getAttribute("value").contains("/oembed?url="));

            ChromeDriver fresh = Browser.start(); // another profile: nothing cached, nothing shared but the link
            try {
                fresh.get(link);
                waitFor(fresh, "the shared model", () -> pass(fresh).equals("500 / 500"));
                Browser.assertSameWeights(trained.network(), Browser.documentOnScreen(fresh).network());
            } finally {
                fresh.quit();
            }

            // opened once here (its document is kept by the service worker); another model never opened here
            d.get(link);
            waitFor(d, "the shared model, online", () -> pass(d).equals("500 / 500"));
            assertTrue(d.findElement(By.id("network")).getAttribute("hidden") != null, "no offline notice while the server answers");
            String neverOpened = (String) TestServer.json(s.postJson("/api/models", TestServer.trainedDocument("never opened", 3, 100)).body()).get("id");

            String base = s.url("");
            s.close(); // the server really stops: its port is closed
            for (String page : new String[] {link, base + "/embed/" + link.substring(link.lastIndexOf('/') + 1)}) {
                d.get("about:blank");
                d.get(page);
                waitFor(d, "the model opened before, offline: " + page, () -> pass(d).equals("500 / 500"));
                Browser.assertSameWeights(trained.network(), Browser.documentOnScreen(d).network());
                waitFor(d, "the offline notice", () -> d.findElement(By.id("network")).isDisplayed());
                assertEquals(Browser.js(d, "return nnfsApp.strings.en.offline"), d.findElement(By.id("network")).getText());
            }
            d.get("about:blank");
            d.get(base + "/m/" + neverOpened);
            waitFor(d, "the page to say why the model is not there", () -> !d.findElement(By.id("errors")).getText().isEmpty());
            assertEquals(Browser.js(d, "return nnfsApp.strings.en.needsConnection"), d.findElement(By.id("errors")).getText());
            assertEquals(Browser.js(d, "return nnfsApp.strings.en.notShown"), d.findElement(By.id("status")).getText());
            assertEquals("", d.findElement(By.id("v-pass")).getText().replace("—", ""), "no other model trained in its place");
            assertEquals(Boolean.TRUE, Browser.js(d, "return document.getElementById('b-play').disabled"));

            d.get("about:blank");
            d.get(base + "/#passes=500&hidden=4");
            waitFor(d, "the app, offline", () -> pass(d).equals("0 / 500"));
            d.findElement(By.id("b-end")).click();
            waitFor(d, "the same run, offline", () -> pass(d).equals("500 / 500"));
            Browser.share(d, null);
            waitFor(d, "a fragment link", () -> d.findElement(By.id("share-link")).getAttribute("value").contains("doc="));
            String offlineLink = d.findElement(By.id("share-link")).getAttribute("value");
            assertFalse(d.findElement(By.id("share-note")).getText().isEmpty());

            d.get("about:blank");
            d.get(offlineLink);
            waitFor(d, "the model from the fragment", () -> pass(d).equals("500 / 500"));
            Browser.assertSameWeights(trained.network(), Browser.documentOnScreen(d).network());
            assertEquals(Browser.js(d, "return nnfsApp.strings.en.fragmentModel"), d.findElement(By.id("model-note")).getText(),
                    "a model in the link says so, and how to store it on the server");

            d.get("about:blank");
            d.get(base + "/#passes=300");
            waitFor(d, "the app, reloaded with the server stopped", () -> pass(d).equals("0 / 300"));
            d.findElement(By.id("b-step100")).click();
            waitFor(d, "100 passes trained offline", () -> pass(d).equals("100 / 300"));
            assertTrue(d.findElement(By.id("log")).getText().startsWith("Loss after iteration 0: "));
        } finally {
            d.quit();
            s.close();
        }
    }

    /** A server that answers but does not store the model (here: busy) is never reported as unreachable: it says why. */
    @Test
    void aServerThatAnswersWithoutStoringSaysWhy(@TempDir Path dir) throws Exception {
        try (TestServer s = new TestServer(JdbcModelStore.sqlite(dir), 1000, 1)) {
            ChromeDriver d = Browser.start();
            try {
                d.get(s.url("/#passes=200&hidden=3"));
                waitFor(d, "the page to be ready", () -> pass(d).equals("0 / 200"));
                d.findElement(By.id("b-end")).click();
                waitFor(d, "the run to end", () -> pass(d).equals("200 / 200"));
                try (AutoCloseable held = s.server.occupyTrainingSlots()) {
                    Browser.share(d, null);
                    waitFor(d, "the share note", () -> !d.findElement(By.id("share-note")).getText().isEmpty());
                    String note = d.findElement(By.id("share-note")).getText();
                    assertTrue(note.startsWith("The server did not store the model (") && note.contains("training slots are busy"), note);
                    assertTrue(d.findElement(By.id("share-link")).getAttribute("value").contains("doc="), "the link carries the model instead");
                }
                assertEquals(0, s.store.count());
            } finally {
                d.quit();
            }
        }
    }

    /**
     * Offline, /article's live views and an embed on a course page of another origin, opened before, still run: a
     * frame is given the embed's own shell (which may be framed), with its preset, not the app's (which may not).
     */
    @Test
    void theArticlesLiveViewsAndACoursePagesEmbedWorkOffline(@TempDir Path dir) throws Exception {
        TestServer s = TestServer.sqlite(dir);
        String id = (String) TestServer.json(s.postJson("/api/models", TestServer.trainedDocument("on a course page", 3, 300)).body()).get("id");
        com.sun.net.httpserver.HttpServer course = HostPage.serve("localhost", "<!doctype html><html><head><title>course</title></head><body>"
                + "<iframe id=\"f\" src=\"" + s.url("/embed/" + id) + "\" width=\"640\" height=\"480\" title=\"nnfs\"></iframe></body></html>");
        String coursePage = "http://localhost:" + course.getAddress().getPort() + "/week-3";
        ChromeDriver d = Browser.start();
        try {
            String article = s.url("/article");
            d.get(article);
            waitFor(d, "the service worker", () -> Boolean.TRUE.equals(Browser.js(d, "return !!navigator.serviceWorker.controller")));
            d.get(coursePage);
            d.switchTo().frame(d.findElement(By.id("f")));
            waitFor(d, "the embed on the course page", () -> pass(d).equals("300 / 300"));
            waitFor(d, "its own service worker (the course page's partition)", () -> Boolean.TRUE.equals(Browser.js(d, "return !!navigator.serviceWorker.controller")));
            waitFor(d, "the model kept there", () -> Boolean.TRUE.equals(d.executeAsyncScript("const cb = arguments[0];"
                    + "caches.open('nnfs-models').then(c => c.match('/api/models/" + id + "')).then(r => cb(!!r), () => cb(false));")));
            d.switchTo().defaultContent();
            s.close(); // the server really stops

            d.get("about:blank");
            d.get(article);
            int frames = ((Number) Browser.js(d, "return document.querySelectorAll('.live').length")).intValue();
            assertTrue(frames >= 5, "the article's live views: " + frames);
            for (int i = 0; i < frames; i++) {
                Browser.js(d, "document.querySelectorAll('.live')[arguments[0]].scrollIntoView()", i);
                int k = i;
                waitFor(d, "live view " + i + " started", () -> !Browser.js(d, "return document.querySelectorAll('.live')[arguments[0]].querySelectorAll('iframe').length", k).equals(0L));
                d.switchTo().frame(d.findElements(By.cssSelector(".live")).get(i).findElement(By.tagName("iframe")));
                String src = (String) Browser.js(d, "return location.href");
                waitFor(d, "live view " + i + " offline (" + src + ")", () -> !d.findElements(By.id("v-pass")).isEmpty() && pass(d).contains(" / ")
                        || !d.findElements(By.id("v-accuracy")).isEmpty() && d.findElement(By.id("v-accuracy")).getText().endsWith("%"));
                if (src.contains("hidden=50")) assertEquals("50", String.valueOf(Browser.js(d, "return nnfsApp.state().hidden")), "its preset, not the app's defaults");
                d.switchTo().defaultContent();
            }
            d.get("about:blank");
            d.get(coursePage);
            d.switchTo().frame(d.findElement(By.id("f")));
            waitFor(d, "the course page's embed, offline", () -> pass(d).equals("300 / 300"));
            d.switchTo().defaultContent();
        } finally {
            d.quit();
            course.stop(0);
            s.close();
        }
    }
}
