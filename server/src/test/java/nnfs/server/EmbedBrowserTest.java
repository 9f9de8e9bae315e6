package nnfs.server;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import nnfs.data.DataSource;
import nnfs.data.DatasetSpec;
import nnfs.model.ModelDocument;
import nnfs.nn.Schedule;
import nnfs.nn.Training;
import nnfs.nn.TrainingSettings;
import nnfs.server.http.Html;

/**
 * The embed as a course page shows it: in an iframe on a page of another origin (a host server of its own on
 * "localhost", the app on "127.0.0.1"), at the sizes course pages use.
 */
class EmbedBrowserTest extends PageTest {

    /** The host page: one iframe of the given source and size, sandboxed when asked (query: src, w, h, sandbox). */
    static final String HOST_PAGE = "<!doctype html><html><head><title>course page</title></head><body style=\"margin:0\"><script>"
            + "const q = new URLSearchParams(location.search), f = document.createElement('iframe');"
            + "f.src = q.get('src'); f.width = q.get('w'); f.height = q.get('h'); f.style.border = '0'; f.id = 'f'; f.title = 'nnfs';"
            + "if (q.get('sandbox')) f.setAttribute('sandbox', q.get('sandbox'));"
            + "document.body.appendChild(f);</script></body></html>";

    @RegisterExtension
    static final HostPage host = new HostPage("localhost", HOST_PAGE);

    /** Opens the host page with the embed at w x h and switches into the frame once the plot is drawn. */
    static void openFramed(String src, int w, int h) {
        openFramed(src, w, h, "");
    }

    /** The same in a frame with the given sandbox attribute (none when empty). */
    static void openFramed(String src, int w, int h, String sandbox) {
        d.switchTo().defaultContent();
        d.get(host.url("/?w=" + w + "&h=" + h + "&src=" + Html.urlEncode(src)
                + "&sandbox=" + Html.urlEncode(sandbox)));
        waitFor("the frame", () -> !d.findElements(By.id("f")).isEmpty(), 10);
        d.switchTo().frame(d.findElement(By.id("f")));
        waitFor("the engine", () -> d.findElement(By.id("v-pass")).getText().contains(" / "), 30);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theEmbedFitsEveryFrameWithoutScrollbarsOrClipping() throws Exception {
        String doc = TestServer.trainedDocument("Fits every frame: a title long enough to push the link out of a narrow frame", 3, 300);
        String id = (String) TestServer.json(s.postJson("/api/models", doc).body()).get("id");
        Map<String, Object> o = TestServer.json(s.get("/oembed?url=" + Html.urlEncode(s.url("/m/" + id))).body());
        int ow = ((Double) o.get("width")).intValue(), oh = ((Double) o.get("height")).intValue();
        for (int[] size : new int[][] {{300, 250}, {342, 406}, {480, 360}, {ow, oh}, {1024, 768}, {360, 640}}) {
            int w = size[0], h = size[1];
            openFramed(s.url("/embed/" + id), w, h);
            List<Number> m = (List<Number>) js("const c = document.getElementById('boundary').getBoundingClientRect(), e = document.documentElement;"
                    + "return [e.scrollWidth, e.scrollHeight, innerWidth, innerHeight, c.left, c.top, c.right, c.bottom];");
            String at = w + "x" + h + ": " + m;
            assertEquals(w, m.get(2).intValue(), at);
            assertEquals(h, m.get(3).intValue(), at);
            assertTrue(m.get(0).intValue() <= w && m.get(1).intValue() <= h, "no scrollbar at " + at);
            assertTrue(m.get(4).doubleValue() >= 0 && m.get(5).doubleValue() >= 0 && m.get(6).doubleValue() <= w && m.get(7).doubleValue() <= h,
                    "the plot inside the frame at " + at);
            double plotH = m.get(7).doubleValue() - m.get(5).doubleValue(), plotW = m.get(6).doubleValue() - m.get(4).doubleValue();
            assertTrue(plotH >= 0.45 * h || plotW >= 0.9 * w, "the plot takes the room there is at " + at);
            if (w <= 300) assertTrue(plotW * plotH >= 0.6 * w * h, "the plot takes 60 % of a frame as small as " + at + ": " + Math.round(100 * plotW * plotH / (w * h)) + " %");
            assertEquals(4.0 / 3, plotW / plotH, 0.03, "the plot keeps its 4:3 at " + at);
            assertTrue(d.findElement(By.id("b-play")).isDisplayed(), "Play is there at " + at);
            // the title line: "Open in nnfs" and its "?" inside the frame, however long the title
            List<Number> line = (List<Number>) js("const a = document.getElementById('open-full').getBoundingClientRect(),"
                    + " q = document.querySelector('#h-boundary .help-button').getBoundingClientRect(); return [a.left, a.right, a.width, q.right, q.width];");
            assertTrue(line.get(2).doubleValue() > 0 && line.get(0).doubleValue() >= 0 && line.get(1).doubleValue() <= w, "Open in nnfs inside at " + at + ": " + line);
            assertTrue(line.get(4).doubleValue() > 0 && line.get(3).doubleValue() <= w, "the help button inside at " + at + ": " + line);
        }
        d.switchTo().defaultContent();
    }
    /**
     * The logistic-regression setup (step 2 of /article) is drawn as its model says at every size: at sampled pixels
     * the region's colour leans to the class the model predicts there (it was once drawn in diagonal stripes, its grid
     * read at another size than the one computed).
     */
    @Test
    @SuppressWarnings("unchecked")
    void theLogisticRegressionEmbedIsDrawnAsItsModelSaysAtEverySize() throws Exception {
        for (int[] size : new int[][] {{400, 300}, {640, 520}, {960, 720}}) {
            String at = size[0] + "x" + size[1];
            d.switchTo().defaultContent();
            d.get(host.url("/?w=" + size[0] + "&h=" + size[1] + "&src=" + Html.urlEncode(s.url("/embed?model=logreg")) + "&sandbox="));
            waitFor("the frame", () -> !d.findElements(By.id("f")).isEmpty(), 10);
            d.switchTo().frame(d.findElement(By.id("f")));
            waitFor("the baseline at " + at, () -> Boolean.TRUE.equals(js("const b = window.nnfsApp && nnfsApp.boundary(); return !!(b && b.colours && b.points)")), 30);
            js("window.nnfsLastDocument = null; nnfsApp.requestDocument(true);");
            waitFor("the baseline's document", () -> js("return window.nnfsLastDocument") != null, 30);
            ModelDocument doc = ModelDocument.parse((String) js("return window.nnfsLastDocument"));
            assertFalse(doc.isNetwork(), "the embed shows logistic regression");
            List<List<Number>> samples = (List<List<Number>>) js("const b = nnfsApp.boundary(), c = document.getElementById('boundary'), g = c.getContext('2d');"
                    + "const [x0, x1, y0, y1] = b.points.bounds, px = g.getImageData(0, 0, c.width, c.height).data, out = [];"
                    + "for (let j = 1; j < 20; j++) for (let i = 1; i < 20; i++) {"
                    + "  const X = Math.floor(i * c.width / 20), Y = Math.floor(j * c.height / 20), p = 4 * (Y * c.width + X);"
                    + "  out.push([x0 + (X + 0.5) / c.width * (x1 - x0), y1 - (Y + 0.5) / c.height * (y1 - y0), px[p], px[p + 1], px[p + 2]]); }"
                    + "return out;");
            int agree = 0, dark = 0;
            int[] darkInRow = new int[20];
            for (int k = 0; k < samples.size(); k++) {
                List<Number> p = samples.get(k);
                int red = p.get(2).intValue(), blue = p.get(4).intValue();
                if (red + p.get(3).intValue() + blue < 60) { // a point's outline, or no region drawn
                    dark++;
                    darkInRow[k / 19]++;
                    continue;
                }
                int predicted = doc.model.predict(new double[] {p.get(0).doubleValue(), p.get(1).doubleValue()}, 0);
                // class 0 is Spectral's red end, class 1 its purple end: the regions lean that way, paled or not
                if ((red > blue) == (predicted == 0)) agree++;
            }
            for (int row = 0; row < 19; row++) assertTrue(darkInRow[row] < 10, "a dark band on row " + row + " at " + at);
            assertTrue(dark < 0.2 * samples.size(), dark + " dark samples at " + at);
            assertTrue(agree >= 0.85 * (samples.size() - dark), agree + " of " + (samples.size() - dark) + " sampled pixels agree with the model at " + at);
        }
        d.switchTo().defaultContent();
    }

    /**
     * A shared model's embed opens trained, with one action: "Watch it train", which ends on the same bits. Also in
     * a frame sandboxed as course platforms do (scripts, no same origin: an opaque origin, no storage, no service
     * worker), in Japanese.
     */
    @ParameterizedTest(name = "sandbox=''{0}'', lang={1}, anneal={2}")
    @CsvSource({"'', en, none", "allow-scripts, ja, none", "'', en, step:0.3:100"})
    @SuppressWarnings("unchecked")
    void aTrainedModelsEmbedReplaysItsTrainingToTheSameBits(String sandbox, String lang, String anneal) throws Exception {
        // with a step factor the form does not offer (the command line's step:0.3:100), kept through the replay
        Training t = Training.article(DatasetSpec.article().generate(), 3,
                TrainingSettings.article().withPasses(300).withSchedule(Schedule.parse(anneal)));
        t.runToEnd();
        String doc = ModelDocument.of("replay", t, DataSource.article()).write();
        String id = (String) TestServer.json(s.postJson("/api/models", doc).body()).get("id");
        openFramed(s.url("/embed/" + id + "?lang=" + lang), 480, 360, sandbox);
        boolean sandboxed = !sandbox.isEmpty();
        assertEquals(sandboxed, js("return window.origin").equals("null"), "the frame's origin is opaque exactly when sandboxed");
        assertEquals(sandboxed, (Boolean) js("try { localStorage.getItem('x'); return false; } catch (e) { return true; }"),
                "storage is refused exactly when sandboxed");
        assertEquals(lang, js("return document.documentElement.lang"));
        waitFor("the trained model", () -> d.findElement(By.id("v-pass")).getText().equals("300 / 300"), 30);
        assertEquals("", d.findElement(By.id("errors")).getText(), "no error shown");
        String watch = (String) js("return nnfsApp.strings[document.documentElement.lang].watchTrain");
        var play = d.findElement(By.id("b-play"));
        waitFor("the one action", () -> play.getText().equals(watch) && play.isEnabled(), 10);
        play.click();
        waitFor("the replay from pass 0", () -> Long.parseLong(d.findElement(By.id("v-pass")).getText().split(" / ")[0]) < 300, 30);
        waitFor("the replay's end", () -> d.findElement(By.id("v-pass")).getText().equals("300 / 300"), 60);
        String replayed = (String) d.executeAsyncScript("const cb = arguments[arguments.length - 1]; window.nnfsLastDocument = null;"
                + "window.nnfsApp.requestDocument(false); const t = setInterval(() => { if (window.nnfsLastDocument) { clearInterval(t); cb(window.nnfsLastDocument); } }, 50);");
        Map<String, Object> before = (Map<String, Object>) TestServer.json(doc).get("model");
        Map<String, Object> after = (Map<String, Object>) TestServer.json(replayed).get("model");
        assertEquals(before, after, "the replay ends on the stored weights, to the bit");
        waitFor("the action again", () -> play.getText().equals(watch) && play.isEnabled(), 10);
        d.switchTo().defaultContent();
    }

    /** A teacher's choices in the embed's query: no controls and training at once, or Play alone, with a caption. */
    @Test
    void theEmbedsOptionsChooseItsControlsHowItStartsAndItsCaption() throws Exception {
        String doc = TestServer.trainedDocument("options", 3, 300);
        String id = (String) TestServer.json(s.postJson("/api/models", doc).body()).get("id");
        openFramed(s.url("/embed/" + id + "?controls=none&start=replay&caption=" + Html.urlEncode("Watch the boundary bend")), 640, 520);
        assertFalse(d.findElement(By.id("b-play")).isDisplayed(), "no controls");
        assertEquals("Watch the boundary bend", d.findElement(By.id("embed-caption")).getText());
        waitFor("it trains by itself from pass 0", () -> Long.parseLong(d.findElement(By.id("v-pass")).getText().split(" / ")[0]) < 300, 30);
        waitFor("to the end", () -> d.findElement(By.id("v-pass")).getText().equals("300 / 300"), 60);

        openFramed(s.url("/embed/" + id + "?controls=play"), 1024, 768);
        assertTrue(d.findElement(By.id("b-play")).isDisplayed());
        assertTrue(d.findElement(By.id("b-reset")).isDisplayed());
        for (String b : new String[] {"b-step1", "b-step100", "b-end", "b-settings"}) assertFalse(d.findElement(By.id(b)).isDisplayed(), b);
        assertFalse(d.findElement(By.id("embed-caption")).isDisplayed(), "no caption asked, none shown");

        openFramed(s.url("/embed/" + id), 1024, 768);
        for (String b : new String[] {"b-play", "b-step1", "b-step100", "b-reset", "b-end"}) assertTrue(d.findElement(By.id(b)).isDisplayed(), b);
        d.switchTo().defaultContent();
    }

    /** ?lang=ja on a share link and on an embed: the page, its <html lang> and its words follow. */
    @Test
    void langFollowsTheAddressOnShareLinksAndEmbeds() throws Exception {
        String id = (String) TestServer.json(s.postJson("/api/models", TestServer.trainedDocument("lang", 3, 100)).body()).get("id");
        for (String path : new String[] {"/m/" + id + "?lang=ja", "/embed/" + id + "?lang=ja", "/embed?data=circles&hidden=4&lang=ja"}) {
            d.switchTo().defaultContent();
            d.get("about:blank");
            d.get(s.url(path));
            waitFor("the page " + path, () -> d.findElement(By.id("v-pass")).getText().contains(" / "), 30);
            assertEquals("ja", js("return document.documentElement.lang"), path);
            assertEquals(js("return nnfsApp.strings.ja.boundary"), d.findElement(By.cssSelector("#h-boundary span")).getText(), path);
        }
    }
}
