package nnfs.server;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.Map;
import nnfs.model.ModelDocument;
import nnfs.nn.Network;
import nnfs.nn.Training;
import nnfs.nn.TrainingSettings;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import nnfs.cli.Main;
import nnfs.data.DataSource;
import nnfs.data.Dataset;
import nnfs.data.DatasetSpec;
import nnfs.nn.Evaluation;
import nnfs.model.Json;
import nnfs.nn.Activation;
import nnfs.text.PyFormat;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

/** The browser app in real headless Chromium: the article's run in a worker, the same bits as the JVM. */
class AppBrowserTest extends PageTest {

    static String log() {
        return d.findElement(By.id("log")).getText();
    }

    /** Keeps a picture of the page in target/ for a person to look at. */
    static void screenshot(String name) throws Exception {
        Files.write(Path.of("target", name), d.getScreenshotAs(OutputType.BYTES));
    }

    static ModelDocument documentOnScreen() {
        return Browser.documentOnScreen(d);
    }

    static void assertSameWeights(Network a, Network b) {
        Browser.assertSameWeights(a, b);
    }

    static void openFresh(String url) {
        d.get("about:blank");
        d.get(url);
        waitFor("pass 0 ready", () -> d.findElement(By.id("v-pass")).getText().startsWith("0 / "), 30);
    }

    /**
     * One picture of a model: the page's regions are the colours of shared's one rule (Palette.region), the rule the
     * server's PNG and card draw with, cell for cell, shaded by certainty and, after the box is unticked, not.
     */
    @Test
    @SuppressWarnings("unchecked")
    void thePlotIsColouredByTheRuleTheServersPicturesUse() {
        openFresh(s.url("/#passes=300&hidden=4&data=spiral&classes=3&test=0.2"));
        d.findElement(By.id("b-end")).click();
        waitFor("the run to end", () -> d.findElement(By.id("v-pass")).getText().equals("300 / 300"), 60);
        ModelDocument doc = documentOnScreen();
        nnfs.data.Dataset[] tt = doc.data.trainAndTest();
        nnfs.grid.DecisionGrid.Bounds bounds = nnfs.grid.DecisionGrid.Bounds.around(tt[1] == null ? tt[0] : tt[0].plus(tt[1]), nnfs.Limits.PLOT_MARGIN);
        for (boolean shade : new boolean[] {true, false}) {
            if (!shade) {
                js("window.nnfsColoursBefore = nnfsApp.boundary().colours");
                d.findElement(By.id("f-shade")).click();
                waitFor("the colours without shading", () -> Boolean.TRUE.equals(js("return nnfsApp.boundary().colours !== window.nnfsColoursBefore")), 30);
            }
            Map<String, Object> shown = (Map<String, Object>) js("const b = nnfsApp.boundary(); return { w: b.gridSize.w, h: b.gridSize.h, colours: Array.from(b.colours) }");
            int w = ((Long) shown.get("w")).intValue(), h = ((Long) shown.get("h")).intValue();
            List<Long> colours = (List<Long>) shown.get("colours");
            double[] probs = nnfs.grid.DecisionGrid.pixels(doc.model, bounds, w, h).probabilities;
            int[] expected = nnfs.grid.Palette.regions(probs, doc.model.classes(), shade);
            int[] other = nnfs.grid.Palette.regions(probs, doc.model.classes(), !shade);
            assertEquals(expected.length, colours.size());
            int pale = 0;
            for (int c = 0; c < expected.length; c++) {
                assertEquals(expected[c], colours.get(c).intValue(), "shade " + shade + ", cell " + c + " of " + w + " x " + h);
                if (expected[c] != other[c]) pale++;
            }
            assertTrue(pale > 0, "shading changes some cells");
        }
    }

    /**
     * At 1280 x 800 the first screen holds the data, the diagram, the plot, Play and the loss chart, in English and
     * Japanese and however wide the hidden layer: the unit pictures take what the loss chart leaves above the fold
     * (64 px for the article's 3 units in English).
     */
    @Test
    void theFirstScreenHoldsTheLossChartForAnyLayerInBothLanguages() {
        Dimension before = d.manage().window().getSize();
        try {
            d.manage().window().setSize(new Dimension(1280, 800));
            @SuppressWarnings("unchecked")
            List<Long> inner = (List<Long>) js("return [innerWidth, innerHeight]");
            d.manage().window().setSize(new Dimension(1280 + 1280 - inner.get(0).intValue(), 800 + 800 - inner.get(1).intValue()));
            for (String lang : new String[] {"en", "ja"}) {
                for (int units : new int[] {3, 5, 8}) {
                    String at = lang + ", " + units + " units";
                    openFresh(s.url("/#hidden=" + units + "&lang=" + lang));
                    waitFor("the diagram, " + at, () -> d.findElements(By.cssSelector("#diagram .unit")).size() >= 2 + units + 2, 30);
                    @SuppressWarnings("unchecked")
                    List<Number> m = (List<Number>) js("const r = id => document.getElementById(id).getBoundingClientRect();"
                            + "return [innerHeight, r('loss').bottom, r('b-play').bottom, r('boundary').bottom, document.querySelector('#diagram .unit').getBoundingClientRect().width, r('diagram').top]");
                    assertEquals(800, m.get(0).intValue(), at);
                    assertTrue(m.get(1).doubleValue() <= 800, "the loss chart above the fold, " + at + ": " + m);
                    assertTrue(m.get(2).doubleValue() <= 800 && m.get(3).doubleValue() <= 800, "Play and the plot too, " + at + ": " + m);
                    if (units <= 5) assertTrue(m.get(4).doubleValue() >= 36, "unit pictures still large, " + at + ": " + m);
                    if (units == 3 && lang.equals("en")) assertEquals(64, m.get(4).intValue(), "the article's units at full size");
                }
            }
            // opened in a shorter window, then made taller: the units grow back to the room there is
            Dimension full = d.manage().window().getSize();
            d.manage().window().setSize(new Dimension(full.width, full.height - 200));
            openFresh(s.url("/#hidden=3"));
            waitFor("the diagram", () -> d.findElements(By.cssSelector("#diagram .unit")).size() == 7, 30);
            double small = ((Number) js("return document.querySelector('#diagram .unit').getBoundingClientRect().width")).doubleValue();
            assertTrue(small < 64, "less room, smaller units: " + small);
            d.manage().window().setSize(full);
            waitFor("the units at full size again", () -> ((Number) js("return document.querySelector('#diagram .unit').getBoundingClientRect().width")).intValue() == 64, 10);
        } finally {
            d.manage().window().setSize(before);
        }
    }

    /** The data sets as thumbnails: a click trains on one at once, and the browser's Back undoes it. */
    @Test
    void aDataSetsThumbnailTrainsOnItAtOnceAndBackUndoesIt() {
        openFresh(s.url("/#passes=300"));
        waitFor("pass 0 ready", () -> d.findElement(By.id("v-pass")).getText().equals("0 / 300"), 30);
        for (WebElement img : d.findElements(By.cssSelector(".thumb img"))) {
            assertTrue((Long) js("return arguments[0].naturalWidth", img) > 0, img.getAttribute("src") + " is drawn");
        }
        assertEquals("true", d.findElement(By.cssSelector(".thumb[data-kind='moons']")).getAttribute("aria-pressed"));
        d.findElement(By.cssSelector(".thumb[data-kind='circles']")).click();
        waitFor("the circles", () -> "circles".equals(js("return nnfsApp.state().data")), 10);
        assertEquals("true", d.findElement(By.cssSelector(".thumb[data-kind='circles']")).getAttribute("aria-pressed"));
        assertEquals("false", d.findElement(By.cssSelector(".thumb[data-kind='moons']")).getAttribute("aria-pressed"));
        assertEquals(DatasetSpec.Kind.CIRCLES.defaultNoise, Double.parseDouble(d.findElement(By.id("f-noise")).getAttribute("value")), "circles' own noise");
        waitFor("a new run on circles", () -> d.findElement(By.id("v-pass")).getText().equals("0 / 300")
                && String.valueOf(js("return location.hash")).contains("data=circles"), 30);
        d.navigate().back();
        waitFor("the moons again", () -> "moons".equals(js("return nnfsApp.state().data")), 10);
        assertEquals("true", d.findElement(By.cssSelector(".thumb[data-kind='moons']")).getAttribute("aria-pressed"));
        assertEquals(DatasetSpec.Kind.MOONS.defaultNoise, Double.parseDouble(d.findElement(By.id("f-noise")).getAttribute("value")));
    }

    /** A slider stops at the table's values: it writes its field and trains at once; a typed value rests it nearby. */
    @Test
    void aSliderWritesItsFieldAndTrainsAtOnce() {
        openFresh(s.url("/#passes=300"));
        waitFor("pass 0 ready", () -> d.findElement(By.id("v-pass")).getText().equals("0 / 300"), 30);
        List<Double> stops = nnfs.settings.Settings.find("lr").stops;
        int at = stops.indexOf(0.01);
        WebElement slider = d.findElement(By.id("s-lr"));
        assertEquals(String.valueOf(at), slider.getAttribute("value"), "the slider rests at the default");
        slider.sendKeys(Keys.ARROW_RIGHT);
        double next = stops.get(at + 1);
        waitFor("a run at the next stop", () -> String.valueOf(js("return location.hash")).contains("lr=" + next), 10);
        assertEquals(next, Double.parseDouble(d.findElement(By.id("f-lr")).getAttribute("value")));
        assertEquals(d.findElement(By.id("f-lr")).getAttribute("value"), slider.getAttribute("aria-valuetext"), "a screen reader hears the value");
        for (String key : new String[] {"noise", "test", "reg", "batch"}) assertFalse(d.findElements(By.id("s-" + key)).isEmpty(), key + " has a slider");

        // a value typed and left trains at once too, without "Apply"; a choice in a menu as well; Back undoes each
        WebElement passes = d.findElement(By.id("f-passes"));
        // typed over as a person does (Selenium's clear() would fire a change of its own: an empty field)
        passes.sendKeys(Keys.chord(Keys.CONTROL, "a"), "400", Keys.TAB);
        waitFor("the typed passes, at once", () -> d.findElement(By.id("v-pass")).getText().equals("0 / 400"), 10);
        new Select(d.findElement(By.id("f-data"))).selectByValue("circles");
        waitFor("the chosen data set, at once", () -> "circles".equals(js("return nnfsApp.state().data")) && d.findElement(By.id("v-pass")).getText().equals("0 / 400"), 10);
        d.navigate().back();
        waitFor("Back: the moons again", () -> "moons".equals(js("return nnfsApp.state().data")), 10);
        d.navigate().back();
        waitFor("Back: 300 passes again", () -> d.findElement(By.id("v-pass")).getText().equals("0 / 300") && "300".equals(passes.getAttribute("value")), 10);
        // a value that is not taken is said at its field and starts nothing
        passes.sendKeys(Keys.chord(Keys.CONTROL, "a"), "-5", Keys.TAB);
        waitFor("the field's message", () -> !d.findElement(By.id("m-passes")).getText().isEmpty(), 10);
        assertEquals("0 / 300", d.findElement(By.id("v-pass")).getText());
    }

    /** A data set brings its own noise (the table's default for it), unless the learner typed one. */
    @Test
    void eachDataSetBringsItsOwnNoiseUnlessOneWasTyped() {
        openFresh(s.url("/"));
        var data = new org.openqa.selenium.support.ui.Select(d.findElement(By.id("f-data")));
        WebElement noise = d.findElement(By.id("f-noise"));
        assertEquals(DatasetSpec.Kind.MOONS.defaultNoise, Double.parseDouble(noise.getAttribute("value")));
        for (DatasetSpec.Kind k : new DatasetSpec.Kind[] {DatasetSpec.Kind.CIRCLES, DatasetSpec.Kind.XOR, DatasetSpec.Kind.BLOBS, DatasetSpec.Kind.SPIRAL, DatasetSpec.Kind.MOONS}) {
            data.selectByValue(k.id);
            assertEquals(k.defaultNoise, Double.parseDouble(noise.getAttribute("value")), k.id);
        }
        noise.clear();
        noise.sendKeys("0.3");
        data.selectByValue("circles");
        assertEquals("0.3", noise.getAttribute("value"), "a noise the learner typed stays");
        d.findElement(By.id("b-apply")).click();
        waitFor("the circles run", () -> String.valueOf(js("return location.hash")).contains("data=circles"), 10);
        assertTrue(String.valueOf(js("return location.hash")).contains("noise=0.3"), String.valueOf(js("return location.hash")));
    }

    @Test
    void theJavaScriptAndWebAssemblyBuildsTrainToTheSameBits() {
        Training jvm = Training.article(DatasetSpec.article().generate(), 3, TrainingSettings.article().withPasses(3000));
        jvm.runToEnd();
        for (String engine : new String[] {"wasm", "js"}) {
            openFresh(s.url("/#passes=3000&engine=" + engine));
            // opened again once the offline cache controls the page, so that it answers for the worker's script too:
            // a worker once lost the build it was asked for that way, and trained on the JavaScript one
            waitFor("the offline cache in control", () -> Boolean.TRUE.equals(js("return !!(navigator.serviceWorker && navigator.serviceWorker.controller)")), 30);
            openFresh(s.url("/#passes=3000&engine=" + engine));
            assertEquals(engine, js("return window.nnfsApp.engine()"));
            assertEquals(engine, js("return window.nnfsApp.runningEngine()"), "the build the worker runs");
            d.findElement(By.id("b-end")).click();
            waitFor("the run to end", () -> d.findElement(By.id("v-pass")).getText().equals("3000 / 3000"), 120);
            assertTrue(log().startsWith("Loss after iteration 0: 0.432387\n"), log());
            assertSameWeights(jvm.network(), documentOnScreen().network());
        }
    }

    @Test
    void theDefaultScreenTrainsTheArticlesNetworkToTheCommandLinesBits() throws Exception {
        d.get(s.url("/"));
        waitFor("pass 0 ready", () -> d.findElement(By.id("v-pass")).getText().startsWith("0 / 20000"), 30);
        d.findElement(By.id("b-end")).click();
        waitFor("the run to finish", () -> d.findElement(By.id("v-pass")).getText().equals("20000 / 20000"), 120);
        screenshot("app-article.png");
        String[] lines = log().split("\n");
        // the log marks exactly the lines that equal the article's (the notebook's output, in the reference): the
        // first two always (they are exact), later ones where the chaotic run lands on the same printed digits
        List<String> article = new ArrayList<>();
        Map<?, ?> ref;
        try (var in = AppBrowserTest.class.getResourceAsStream("/nnfs-web/reference/article-training.json")) {
            ref = (Map<?, ?>) Json.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        ((List<?>) ref.get("notebook_printed_hidden3")).forEach(v -> article.add((String) v));
        assertEquals(20, article.size());
        Map<?, ?> exact = (Map<?, ?>) ref.get("exact");
        assertEquals("Loss after iteration 0: " + exact.get("loss_after_pass_0") + " ✓ as in the article", lines[0]);
        assertEquals("Loss after iteration 1000: " + exact.get("loss_after_pass_1000") + " ✓ as in the article", lines[1]);
        int marked = 0;
        for (int k = 0; k < 20; k++) {
            String mine = lines[k].replace(" ✓ as in the article", "");
            assertTrue(mine.startsWith("Loss after iteration " + (1000 * k) + ": "), lines[k]);
            boolean same = mine.endsWith(": " + article.get(k));
            assertEquals(same, lines[k].endsWith(" ✓ as in the article"), lines[k] + " against the article's " + article.get(k));
            if (same) marked++;
        }
        assertTrue(marked >= 2);
        assertTrue(d.findElement(By.id("log-legend")).isDisplayed());
        // a line without the mark is explained: chaotic after pass 1000, as between numpy's own builds (both quoted)
        WebElement chaos = d.findElement(By.id("log-chaos"));
        if (marked < 20) {
            assertTrue(chaos.isDisplayed(), "the unmarked lines are explained");
            String other = (String) ((List<?>) ref.get("numpy_other_run_hidden3")).get(19);
            assertTrue(chaos.getText().contains(article.get(19)) && chaos.getText().contains(other), chaos.getText());
        } else {
            assertFalse(chaos.isDisplayed(), "every line is marked: nothing to explain");
        }
        // the run ends alternating between numpy's two endings (rounding_spread): the even passes the log prints
        // land on one of them (which one depends on rounding), the last pass on the other; those two lines are not
        // lines the article prints
        List<String> endings = new ArrayList<>();
        ((List<?>) ((Map<?, ?>) ((Map<?, ?>) ref.get("rounding_spread")).get("3")).get("loss"))
                .forEach(v -> endings.add(PyFormat.f((Double) v)));
        assertEquals(2, endings.size());
        String printed = lines[19].replace(" ✓ as in the article", "").substring("Loss after iteration 19000: ".length());
        assertTrue(endings.contains(printed), lines[19] + " ends on one of numpy's endings " + endings);
        String other = endings.get(1 - endings.indexOf(printed));
        assertEquals("Loss after iteration 19998: " + printed, lines[20]);
        assertEquals("Loss after iteration 19999: " + other, lines[21]);
        assertEquals(22, lines.length);
        // following a point after the run asks the engine again; the log stays as it is (it once gained the two
        // alternating lines on every click)
        String before = d.findElement(By.id("inspect-what")).getText();
        for (int click = 0; click < 2; click++) {
            new org.openqa.selenium.interactions.Actions(d).moveToElement(d.findElement(By.id("boundary")), 10 * click, 10 * click).click().perform();
            String shown = before;
            waitFor("the point to be followed", () -> !d.findElement(By.id("inspect-what")).getText().equals(shown), 10);
            before = d.findElement(By.id("inspect-what")).getText();
        }
        assertEquals(22, log().split("\n").length, log());
        assertTrue(d.findElement(By.id("log-note")).getText().contains("period-2 oscillation"), "the note under the log says why");
        ModelDocument browser = documentOnScreen();
        // the command line's run of the same settings: java -jar nnfs.jar train --save FILE
        Path saved = dir.resolve("cli.json");
        Main.main(new String[] {"train", "--print-every", "0", "--save", saved.toString()});
        ModelDocument cli = ModelDocument.parse(Files.readString(saved));
        assertSameWeights(cli.network(), browser.network());
        // the loss curve the document keeps for charts: dense, ending at the last pass, the same as the command line's
        assertTrue(browser.curve.size() > 300, browser.curve.size() + " points");
        assertEquals(19999, browser.curve.pass(browser.curve.size() - 1));
        assertEquals(cli.curve, browser.curve);

        // the boundary canvas: class 0's colour at the top left, class 1's at the bottom right, as the model says
        assertEquals(0, browser.model.predict(new double[] {-1.5, 1.5}, 0));
        assertEquals(1, browser.model.predict(new double[] {2.5, -1.2}, 0));
        @SuppressWarnings("unchecked")
        List<Long> corners = (List<Long>) js("const c = document.getElementById('boundary'), g = c.getContext('2d');"
                + "const a = g.getImageData(Math.round(c.width * 0.04), Math.round(c.height * 0.04), 1, 1).data;"
                + "const b = g.getImageData(Math.round(c.width * 0.96), Math.round(c.height * 0.9), 1, 1).data;"
                + "return [a[0], a[1], a[2], b[0], b[1], b[2]];");
        assertTrue(corners.get(0) > corners.get(2), "top left is red-ish: " + corners);
        assertTrue(corners.get(5) > corners.get(3), "bottom right is blue-ish: " + corners);
        // shared, the model's page draws that curve: as many points, the last at pass 20000 (updates done)
        String sharedId = (String) TestServer.json(s.postJson("/api/models", browser.write()).body()).get("id");
        d.get("about:blank");
        d.get(s.url("/m/" + sharedId));
        waitFor("the shared model's chart", () -> (Long) js("return document.querySelectorAll('#loss').length && window.nnfsApp.lossRows ? nnfsApp.lossRows().length : 0") > 0, 60);
        assertEquals((long) browser.curve.size(), js("return nnfsApp.lossRows().length"));
        assertEquals(20000L, js("const r = nnfsApp.lossRows(); return r[r.length - 1][0]"));
    }

    static long trainPoints() {
        return (Long) js("return window.nnfsApp.points().train.y.length");
    }

    @Test
    void pointsAreAddedInEditModeRemovedUndoneAndReadFromACsvFile() throws Exception {
        openFresh(s.url("/#passes=200"));
        WebElement canvas = d.findElement(By.id("boundary"));
        // outside edit mode a click never rewrites the data set
        new Actions(d).moveToElement(canvas, -canvas.getSize().width / 2 + 15, -canvas.getSize().height / 2 + 15).click().perform();
        Thread.sleep(500);
        assertEquals("moons", js("return window.nnfsApp.state().data"));
        assertEquals(200L, trainPoints());
        d.findElement(By.id("b-edit")).click();
        assertEquals("true", d.findElement(By.id("b-edit")).getAttribute("aria-pressed"));
        // the edit tools pushed the plot down: bring it whole into view, as the offsets below count from its centre
        js("arguments[0].scrollIntoView({block: 'center'})", canvas);
        Object axes = js("return window.nnfsApp.points().bounds");
        // the top-left corner is empty: a click there adds a point of the chosen class (0, then 1)
        new Actions(d).moveToElement(canvas, -canvas.getSize().width / 2 + 15, -canvas.getSize().height / 2 + 15).click().perform();
        waitFor("the new point", () -> d.findElement(By.id("v-pass")).getText().equals("0 / 200") && trainPoints() == 201, 30);
        assertEquals("points", js("return window.nnfsApp.state().data"));
        assertEquals(axes, js("return window.nnfsApp.points().bounds"), "a point near the edge leaves the axes where they were");
        d.findElements(By.cssSelector("#class-picker .class-choice")).get(1).click();
        assertEquals("true", d.findElements(By.cssSelector("#class-picker .class-choice")).get(1).getAttribute("aria-checked"));
        new Actions(d).moveToElement(canvas, -canvas.getSize().width / 2 + 40, -canvas.getSize().height / 2 + 15).click().perform();
        waitFor("the second point", () -> trainPoints() == 202, 30);
        assertTrue(((String) js("return location.hash")).contains("data=points"), "the points are in the link");
        assertTrue(((String) js("return window.nnfsApp.state().pts")).endsWith(",1"), "the picker gave class 1");
        // clicking a point removes it (found where it is drawn)
        @SuppressWarnings("unchecked")
        List<Number> at = (List<Number>) js("const p = window.nnfsApp.points(), b = p.bounds, n = p.train.y.length - 1;"
                + "const r = document.getElementById('boundary').getBoundingClientRect();"
                + "return [(p.train.x[2 * n] - b[0]) / (b[1] - b[0]) * r.width - r.width / 2, (b[3] - p.train.x[2 * n + 1]) / (b[3] - b[2]) * r.height - r.height / 2];");
        new Actions(d).moveToElement(canvas, (int) Math.round(at.get(0).doubleValue()), (int) Math.round(at.get(1).doubleValue())).click().perform();
        waitFor("the removal", () -> trainPoints() == 201, 30);
        d.findElement(By.id("b-undo")).click();
        waitFor("the removal undone", () -> trainPoints() == 202, 30);
        d.findElement(By.id("b-edit")).click();

        Path csv = dir.resolve("points.csv");
        Files.writeString(csv, "x,y,label\n0,0,0\n1,1,1\n0,1,0\n1,0,1\n# a comment\n0.5,0.5,2\n");
        d.findElement(By.id("f-csv")).sendKeys(csv.toString());
        waitFor("the file's points", () -> trainPoints() == 5 && d.findElement(By.id("v-pass")).getText().equals("0 / 200"), 30);
        d.findElement(By.id("b-end")).click();
        waitFor("training on them", () -> d.findElement(By.id("v-pass")).getText().equals("200 / 200"), 60);
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "0,0,0\n1,x,1\n");
        js("document.getElementById('f-csv').value = ''");
        d.findElement(By.id("f-csv")).sendKeys(bad.toString());
        waitFor("the inline message", () -> d.findElement(By.id("m-csv")).getText().contains("line 2"), 10);
        assertEquals(5, trainPoints(), "a bad file changes nothing");
    }

    @Test
    void invalidSettingsAreToldInlineAndLogisticRegressionIsTheBaseline() throws Exception {
        openFresh(s.url("/#passes=500"));
        d.findElement(By.id("b-step100")).click();
        waitFor("100 passes", () -> d.findElement(By.id("v-pass")).getText().equals("100 / 500"), 30);
        var lr = d.findElement(By.id("f-lr"));
        lr.clear();
        lr.sendKeys("abc");
        var hidden = d.findElement(By.id("f-hidden"));
        hidden.clear();
        hidden.sendKeys("5,,4");
        d.findElement(By.id("b-apply")).click();
        // each message names its field, as a sentence
        assertEquals("Learning rate ε must be a number", d.findElement(By.id("m-lr")).getText());
        assertEquals("Units per hidden layer must be layer sizes like 3 or 5,4", d.findElement(By.id("m-hidden")).getText());
        assertEquals("true", lr.getAttribute("aria-invalid"));
        assertEquals("100 / 500", d.findElement(By.id("v-pass")).getText(), "no broken run was started");
        assertFalse(((String) js("return location.hash")).contains("abc"));

        // one activation per layer, as in the link; a wrong count is told inline
        openFresh(s.url("/#passes=200&hidden=5,4&act=relu,tanh"));
        assertEquals("relu,tanh", d.findElement(By.id("f-act")).getAttribute("value"));
        d.findElement(By.id("b-end")).click();
        waitFor("the two-layer run", () -> d.findElement(By.id("v-pass")).getText().equals("200 / 200"), 60);
        ModelDocument two = documentOnScreen();
        assertEquals(List.of(Activation.RELU, Activation.TANH), List.of(two.network().activations));
        var act = d.findElement(By.id("f-act"));
        act.clear();
        act.sendKeys("relu,tanh,sigmoid");
        d.findElement(By.id("b-apply")).click();
        assertTrue(d.findElement(By.id("m-act")).getText().contains("one per hidden layer (2)"), d.findElement(By.id("m-act")).getText());

        d.get("about:blank");
        d.get(s.url("/#model=logreg"));
        waitFor("the baseline", () -> d.findElement(By.id("v-accuracy")).getText().equals("85.0%"), 60);
        assertTrue(log().startsWith("LogisticRegressionCV: C = 2.782559402207126"), log());
        // in this mode the model shared is the logistic regression, and its link opens it again
        ModelDocument baseline = ModelDocument.parse((String) ((JavascriptExecutor) d).executeAsyncScript(
                "const cb = arguments[arguments.length - 1]; window.nnfsLastDocument = null;"
                + "window.nnfsApp.requestDocument(true); const t = setInterval(() => { if (window.nnfsLastDocument) { clearInterval(t); cb(window.nnfsLastDocument); } }, 50);"));
        assertFalse(baseline.isNetwork());
        assertEquals(0.85, baseline.accuracy, 0.0);
        String id = (String) TestServer.json(s.postJson("/api/models", baseline.write()).body()).get("id");
        d.get("about:blank");
        d.get(s.url("/m/" + id));
        waitFor("the shared baseline", () -> d.findElement(By.id("v-accuracy")).getText().equals("85.0%"), 60);
        assertEquals("logreg", js("return window.nnfsApp.state().model"));
    }

    @Test
    void hoveringTheBoundaryShowsTheCoordinatesAndClassProbabilities() {
        openFresh(s.url("/"));
        waitFor("the first picture", () -> Boolean.TRUE.equals(js("return window.nnfsApp.points() !== null")), 30);
        var canvas = d.findElement(By.id("boundary"));
        new Actions(d).moveToElement(canvas, 5, 5).perform();
        var tip = d.findElement(By.id("tooltip"));
        waitFor("the tooltip", tip::isDisplayed, 10);
        String text = tip.getText();
        assertTrue(text.matches("x -?\\d+\\.\\d\\d, y -?\\d+\\.\\d\\d: P\\(class 0\\) = 0\\.\\d{3}, P\\(class 1\\) = 0\\.\\d{3}"), text);
    }

    @Test
    void aNewServiceWorkerDropsTheOldVersionsCache() {
        openFresh(s.url("/"));
        waitFor("the service worker to control the page", () -> Boolean.TRUE.equals(js("return !!navigator.serviceWorker.controller")), 30);
        // an old version's cache, then a fresh install of the worker, as a new build brings
        Object done = ((JavascriptExecutor) d).executeAsyncScript("const cb = arguments[arguments.length - 1];"
                + "caches.open('nnfs-0.0.1-old').then(c => c.put('/old', new Response('old')))"
                + ".then(() => navigator.serviceWorker.getRegistrations()).then(rs => Promise.all(rs.map(r => r.unregister())))"
                + ".then(() => cb('ok'), e => cb(String(e)));");
        assertEquals("ok", done);
        openFresh(s.url("/"));
        waitFor("the new worker", () -> Boolean.TRUE.equals(js("return !!navigator.serviceWorker.controller")), 30);
        @SuppressWarnings("unchecked")
        List<String> keys = (List<String>) ((JavascriptExecutor) d).executeAsyncScript(
                "const cb = arguments[arguments.length - 1]; caches.keys().then(cb);");
        // the shell's cache of this version, and (when a model was opened) the models' documents, which outlive builds
        List<String> shells = keys.stream().filter(k -> !k.equals("nnfs-models")).toList();
        assertEquals(1, shells.size(), "only the current version's cache: " + keys);
        assertTrue(shells.get(0).startsWith("nnfs-") && !shells.get(0).equals("nnfs-0.0.1-old"), keys.toString());
    }

    @Test
    @SuppressWarnings("unchecked")
    void atPhoneWidthNothingSpillsSideways() throws Exception {
        Dimension before = d.manage().window().getSize();
        try {
            d.manage().window().setSize(new Dimension(360, 800));
            openFresh(s.url("/"));
            long viewport = (Long) js("return document.documentElement.clientWidth");
            long content = (Long) js("return document.documentElement.scrollWidth");
            assertTrue(content <= viewport, "content " + content + " px wide in a " + viewport + " px viewport");
            assertTrue(d.findElement(By.id("b-play")).isDisplayed());
            screenshot("app-phone.png");
            // the views in the order a learner reads them, and a row of links between them that keeps the settings
            List<Long> tops = (List<Long>) js("return ['h-boundary', 'h-inside', 'h-loss', 'h-inspect', 'settings']"
                    + ".map(id => Math.round(document.getElementById(id).getBoundingClientRect().top + scrollY))");
            for (int k = 1; k < tops.size(); k++) assertTrue(tops.get(k - 1) < tops.get(k), "reading order " + tops);
            String hash = (String) js("return location.hash");
            d.findElement(By.cssSelector(".jump a[href='#h-inspect']")).click();
            waitFor("the point inspector in view", () -> (Long) js("return Math.round(document.getElementById('h-inspect').getBoundingClientRect().top)") < 200, 10);
            assertEquals("h-inspect", js("return document.activeElement.id"));
            assertEquals(hash, js("return location.hash"), "the settings stay in the address");
            assertEquals(Boolean.TRUE, js("return document.querySelector('.jump').getBoundingClientRect().top === 0"), "the links stay at hand");
        } finally {
            d.manage().window().setSize(before);
        }
    }

    @Test
    void theHiddenSizeComparisonTrainsSevenPanelsSideBySide() {
        openFresh(s.url("/#passes=3000"));
        d.findElement(By.id("b-compare")).click();
        waitFor("seven finished panels", () -> d.findElements(By.cssSelector("#compare-grid figure[data-done='DONE']")).size() == 7, 180);
        var captions = d.findElements(By.cssSelector("#compare-grid figcaption"));
        assertEquals(7, captions.size());
        int[] sizes = {1, 2, 3, 4, 5, 20, 50};
        for (int i = 0; i < 7; i++) {
            String c = captions.get(i).getText();
            assertTrue(c.startsWith("Hidden layer size " + sizes[i] + " — Loss 0."), c);
        }
        // one worker per core (at most one per size), the largest size started first
        long cores = Math.min(7, (Long) js("return navigator.hardwareConcurrency || 2"));
        String status = d.findElement(By.id("compare-status")).getText();
        assertTrue(status.matches("7 networks trained in \\d+\\.\\d s, " + cores + " at a time\\."), status);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < 7; i++) order.add(null);
        var figures = d.findElements(By.cssSelector("#compare-grid figure"));
        for (int i = 0; i < 7; i++) order.set(Integer.parseInt(figures.get(i).getAttribute("data-order")), sizes[i]);
        assertEquals(List.of(50, 20, 5, 4, 3, 2, 1), order);
        String lesson = d.findElement(By.id("compare-lesson")).getText();
        assertTrue(lesson.startsWith("These are training numbers: a larger network fits the points it trains on better"), lesson);

        // the same with 30 % held out, in one click: each panel also says its test loss and accuracy, and the
        // sentence under them says where each accuracy is best, as the same trainings on the JVM find
        d.findElement(By.id("b-compare-split")).click();
        waitFor("seven finished panels with a split", () -> d.findElements(By.cssSelector("#compare-grid figure[data-done='DONE']")).size() == 7
                && !d.findElement(By.id("compare-lesson")).getText().isEmpty(), 180);
        assertEquals(0.0, ((Number) js("return nnfsApp.state().test")).doubleValue(), "the page's own settings are unchanged");
        DataSource split = DataSource.generated(DatasetSpec.article(), 0.3, 0);
        Dataset[] tt = split.trainAndTest();
        double[] trainAcc = new double[7], testAcc = new double[7];
        int bestTrain = 0, bestTest = 0;
        for (int i = 0; i < 7; i++) {
            Training t = new Training(Network.article(sizes[i], 0), tt[0], tt[1], TrainingSettings.article().withPasses(3000), 0, 0);
            t.runToEnd();
            trainAcc[i] = t.evaluate().accuracy;
            Evaluation e = Evaluation.of(t.network(), tt[1], 0.01);
            testAcc[i] = e.accuracy;
            String c = d.findElements(By.cssSelector("#compare-grid figcaption")).get(i).getText();
            assertTrue(c.endsWith("; test: loss " + String.format(java.util.Locale.ROOT, "%.6f", e.loss) + ", accuracy "
                    + String.format(java.util.Locale.ROOT, "%.1f", 100 * testAcc[i]) + "%"), c);
            if (trainAcc[i] > trainAcc[bestTrain]) bestTrain = i;
            if (testAcc[i] > testAcc[bestTest]) bestTest = i;
        }
        String held = d.findElement(By.id("compare-lesson")).getText();
        assertTrue(held.startsWith("Trained on 140 points and tested on 60 held out: training accuracy is best at size " + sizes[bestTrain]
                + " (" + String.format(java.util.Locale.ROOT, "%.1f", 100 * trainAcc[bestTrain]) + "%), test accuracy at size " + sizes[bestTest]
                + " (" + String.format(java.util.Locale.ROOT, "%.1f", 100 * testAcc[bestTest]) + "%)."), held);
        assertEquals(testAcc[6] < testAcc[bestTest], held.contains("(overfitting)"), held);
    }

    @Test
    void theJapaneseInterfaceHasNoEnglishLeftAndTheKeyboardAloneTrains() {
        openFresh(s.url("/#lang=ja"));
        String text = d.findElement(By.tagName("body")).getText();
        @SuppressWarnings("unchecked")
        Map<String, String> en = (Map<String, String>) js("return nnfsApp.strings.en");
        @SuppressWarnings("unchecked")
        Map<String, String> ja = (Map<String, String>) js("return nnfsApp.strings.ja");
        assertEquals(en.keySet(), ja.keySet(), "every text has its Japanese");
        for (var e : en.entrySet()) {
            String english = e.getValue();
            if (english.equals(ja.get(e.getKey())) || english.length() < 4 || english.contains("{")) continue;
            assertFalse(text.contains(english), "English left on the Japanese page: '" + english + "'");
        }
        assertEquals("ja", d.findElement(By.tagName("html")).getAttribute("lang"));
        try {
            screenshot("app-ja.png");
        } catch (Exception e) {
            throw new RuntimeException(e);
        }
        assertTrue(text.contains("決定境界"), text);

        // keyboard alone: Tab to the play button, Enter starts, Enter pauses
        WebElement body = d.findElement(By.tagName("body"));
        js("document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0);");
        var actions = new Actions(d);
        for (int i = 0; i < 150 && !"b-play".equals(js("return document.activeElement && document.activeElement.id")); i++) {
            actions.sendKeys(Keys.TAB).perform();
        }
        assertEquals("b-play", js("return document.activeElement.id"), "Tab reaches the play button");
        assertNotNull(body);
        actions.sendKeys(Keys.ENTER).perform();
        waitFor("training to start", () -> "true".equals(d.findElement(By.id("b-play")).getAttribute("aria-pressed")), 10);
        waitFor("some passes", () -> !d.findElement(By.id("v-pass")).getText().startsWith("0 / "), 30);
        actions.sendKeys(Keys.ENTER).perform();
        waitFor("training to pause", () -> "false".equals(d.findElement(By.id("b-play")).getAttribute("aria-pressed")), 10);
        String pass = d.findElement(By.id("v-pass")).getText();
        try {
            Thread.sleep(700);
        } catch (InterruptedException e) {
            throw new RuntimeException(e);
        }
        assertEquals(pass, d.findElement(By.id("v-pass")).getText(), "paused: the pass count stands still");
    }
}
