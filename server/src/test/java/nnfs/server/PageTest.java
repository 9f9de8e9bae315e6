package nnfs.server;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;
import java.util.function.Supplier;

/** A browser test's fixture: a real server on an SQLite file in a fresh folder, and headless Chromium, per class. */
abstract class PageTest {
    @TempDir
    static Path dir;
    static TestServer s;
    static ChromeDriver d;

    @BeforeAll
    static void startServerAndBrowser() throws Exception {
        s = TestServer.sqlite(dir);
        d = Browser.start();
    }

    @AfterAll
    static void stopServerAndBrowser() {
        if (d != null) d.quit();
        if (s != null) s.close();
        d = null;
        s = null;
    }

    static Object js(String script, Object... args) {
        return Browser.js(d, script, args);
    }

    static void waitFor(String what, Supplier<Boolean> ok, int seconds) {
        Browser.waitFor(d, what, ok, seconds);
    }
}
