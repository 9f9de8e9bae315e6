package nnfs.server;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import nnfs.client.BitIdentityCases;
import nnfs.client.Engine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;
import java.time.Duration;
import java.util.Map;
import nnfs.model.Json;

/**
 * Both builds of the engine, as the browser runs them (in the app's Web Worker, in headless Chromium): the
 * WebAssembly GC build, the app's default, and the JavaScript fallback each give the JVM's bits on the five
 * training setups, the 40,000-argument maths report and logistic regression.
 */
class EngineBuildsBrowserTest {
    static TestServer s;
    static ChromeDriver d;

    @BeforeAll
    static void start(@TempDir Path dir) throws Exception {
        s = TestServer.sqlite(dir);
        d = Browser.start();
        d.get(s.url("/bench.html")); // a page of our origin that starts nothing by itself
        d.manage().timeouts().scriptTimeout(Duration.ofMinutes(5));
    }

    @AfterAll
    static void stop() {
        if (d != null) d.quit();
        if (s != null) s.close();
    }

    /** One report from a fresh worker of the given build. */
    static String report(String engine, String message) {
        Object r = d.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "const w = new Worker('/js/worker.js', { name: arguments[0] });"
                + "w.onmessage = e => { if (e.data.type === 'report' || e.data.type === 'error') { w.terminate(); done(e.data); } };"
                + "w.onerror = e => done({ type: 'error', message: String(e.message) });"
                + "w.postMessage(JSON.parse(arguments[1]));", engine, message);
        @SuppressWarnings("unchecked")
        Map<String, Object> m = (Map<String, Object>) r;
        assertEquals("report", m.get("type"), engine + " failed: " + m);
        assertEquals(engine, m.get("engine"), "the worker ran the build it was asked for");
        return (String) m.get("text");
    }

    static String json(String s) {
        return Json.write(s);
    }

    @Test
    void everyTrainingGivesTheJvmsBitsInBothBuilds() {
        for (BitIdentityCases.Case c : BitIdentityCases.cases()) {
            String jvm = Engine.trainReport(c.request(), c.passes(), c.recordEvery());
            assertTrue(jvm.contains("after " + c.passes() + " passes"), jvm);
            for (String engine : new String[] {"wasm", "js"}) {
                String msg = "{\"cmd\":\"report\",\"kind\":\"train\",\"request\":" + json(c.request()) + ",\"passes\":" + c.passes()
                        + ",\"every\":" + c.recordEvery() + "}";
                assertEquals(jvm, report(engine, msg), engine + ": " + c.name());
            }
        }
    }

    @Test
    void everyDeterministicFunctionGivesTheJvmsBitsInBothBuilds() {
        String jvm = Engine.mathReport(40000);
        for (String engine : new String[] {"wasm", "js"}) {
            assertEquals(jvm, report(engine, "{\"cmd\":\"report\",\"kind\":\"math\",\"count\":40000}"), engine);
        }
    }

    @Test
    void logisticRegressionGivesTheJvmsBitsInBothBuilds() {
        for (BitIdentityCases.Case c : BitIdentityCases.cases()) {
            String jvm = Engine.logregReport(c.request());
            for (String engine : new String[] {"wasm", "js"}) {
                assertEquals(jvm, report(engine, "{\"cmd\":\"report\",\"kind\":\"logreg\",\"request\":" + json(c.request()) + "}"), engine + ": " + c.name());
            }
        }
    }
}
