package nnfs.server;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import nnfs.model.ModelDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Sharing and working offline, in real Chromium: a shared link opens in a fresh profile with the same weights;
 * with the server really stopped (not DevTools' emulation), the app reloads from its service worker, trains,
 * and a fragment-only link carries the model.
 */
class ShareOfflineBrowserTest {

    static void waitFor(ChromeDriver d, String what, java.util.function.Supplier<Boolean> ok) {
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
            Browser.js(d, "document.getElementById('b-share').scrollIntoView({block: 'center'})");
            Thread.sleep(300);
            d.findElement(By.id("b-share")).click();
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

            String base = s.url("");
            s.close(); // the server really stops: its port is closed
            d.findElement(By.id("b-share")).click();
            waitFor(d, "a fragment link", () -> d.findElement(By.id("share-link")).getAttribute("value").contains("doc="));
            String offlineLink = d.findElement(By.id("share-link")).getAttribute("value");
            assertFalse(d.findElement(By.id("share-note")).getText().isEmpty());

            d.get("about:blank");
            d.get(offlineLink);
            waitFor(d, "the model from the fragment", () -> pass(d).equals("500 / 500"));
            Browser.assertSameWeights(trained.network(), Browser.documentOnScreen(d).network());

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
}
