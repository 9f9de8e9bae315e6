package nnfs.server;

import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import java.util.ArrayList;
import org.openqa.selenium.By;

/**
 * The benchmark runner (not part of the test suite: its name does not end in Test). Serves the app, opens
 * /bench.html#run in headless Chromium and prints microseconds per pass for the JavaScript and WebAssembly GC
 * engines and the hand-written yardstick, hidden sizes 3 and 50, then times the app's hidden-size comparison from
 * the click to the last panel, ten times (the goal: under 4 s in nine of ten). Run it with:
 * {@code mvn -pl server -am test -Dtest=BrowserBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 */
class BrowserBenchmark {
    @Test
    void run() throws Exception {
        try (TestServer s = TestServer.sqlite(Files.createTempDirectory("nnfs-bench"))) {
            ChromeDriver d = Browser.start();
            try {
                d.get(s.url("/bench.html#run"));
                new WebDriverWait(d, Duration.ofMinutes(10)).until(x -> ((JavascriptExecutor) x).executeScript("return window.nnfsBench") != null);
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> rows = (List<Map<String, Object>>) ((JavascriptExecutor) d).executeScript("return window.nnfsBench");
                System.out.println("Chromium " + d.getCapabilities().getBrowserVersion() + ", the article's training in a Web Worker:");
                for (Map<String, Object> r : rows) {
                    System.out.println(r.containsKey("error")
                            ? String.format("  %-4s hidden %-3s %s", r.get("engine"), r.get("hidden"), r.get("error"))
                            : String.format("  %-4s hidden %-3s %8.1f us per pass (median; all: %s)", r.get("engine"), r.get("hidden"),
                                    ((Number) r.get("median")).doubleValue(), r.get("times")));
                }
                // the article's comparison in the app, as a learner starts it: from the click to the last panel. First the
                // server finishes its own figures (it renders them at start-up): a learner's browser does not share its
                // cores with the server, so neither should this one's
                for (String fig : List.of("dataset", "logistic-regression", "hidden-3", "hidden-sizes")) {
                    while (s.get("/api/figures/article/" + fig + ".png").statusCode() != 200) Thread.sleep(200);
                }
                List<String> seconds = new ArrayList<>();
                for (int round = 0; round < 10; round++) {
                    d.get(s.url("/?round=" + round));
                    new WebDriverWait(d, Duration.ofMinutes(1)).until(x -> x.findElement(By.id("v-pass")).getText().startsWith("0 /"));
                    d.findElement(By.id("b-compare")).click();
                    new WebDriverWait(d, Duration.ofMinutes(5)).until(x -> ((JavascriptExecutor) x)
                            .executeScript("return document.getElementById('compare-grid').dataset.seconds") != null);
                    seconds.add((String) ((JavascriptExecutor) d).executeScript("return document.getElementById('compare-grid').dataset.seconds"));
                }
                System.out.println("the hidden-size comparison (7 sizes x 20000 passes, " + ((JavascriptExecutor) d)
                        .executeScript("return document.getElementById('compare-status').textContent") + "): " + seconds + " s");
            } finally {
                d.quit();
            }
        }
    }
}
