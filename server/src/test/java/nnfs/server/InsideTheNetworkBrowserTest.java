package nnfs.server;

import static org.junit.jupiter.api.Assertions.*;

import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nnfs.data.Dataset;
import nnfs.model.ModelDocument;
import nnfs.nn.Network;
import nnfs.nn.PointTrace;
import nnfs.nn.Training;
import nnfs.nn.TrainingSettings;
import nnfs.nn.UpdateStep;
import nnfs.data.DatasetSpec;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import java.nio.file.Files;
import java.util.Objects;
import nnfs.grid.DecisionGrid;
import nnfs.grid.PlaneWarp;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.support.ui.Select;

/**
 * Seeing inside the network, in real headless Chromium on the real server: the diagram, the followed point, the
 * speed, the loss chart, the help, editing points and the messages when training cannot go on.
 */
class InsideTheNetworkBrowserTest extends PageTest {

    static String text(String id) {
        return d.findElement(By.id(id)).getText();
    }

    static void open(String path) {
        d.get("about:blank");
        d.get(s.url(path));
        waitFor("the engine ready", () -> text("v-pass").contains(" / ") || !text("status").isEmpty(), 30);
    }

    /** Every number the inspector shows, by its name (z1[0], probs[1], dW1[0][2], ...): its exact value. */
    @SuppressWarnings("unchecked")
    static Map<String, Double> inspected() {
        Map<String, Object> raw = (Map<String, Object>) js("const m = {}; document.querySelectorAll('#inspector [data-var]')"
                + ".forEach(e => { m[e.dataset.var] = e.dataset.value; }); return m;");
        Map<String, Double> out = new HashMap<>();
        raw.forEach((k, v) -> out.put(k, Double.parseDouble((String) v)));
        return out;
    }

    /** The page's way of writing a number: 5 significant digits, a true minus sign. */
    static String fiveDigits(double v) {
        return new BigDecimal(v).round(new MathContext(5)).stripTrailingZeros().toPlainString().replace('-', '−');
    }

    @Test
    void aSharedModelOpensWithPoint17FollowedThroughTheNetworkToTheBit() throws Exception {
        String doc = TestServer.trainedDocument("inspect me", 3, 1500);
        String id = (String) TestServer.json(s.postJson("/api/models", doc).body()).get("id");
        open("/m/" + id + "#inspect=17");
        waitFor("the inspector", () -> inspected().containsKey("probs[1]"), 30);
        assertTrue(text("inspect-what").startsWith("Point 17 at"), text("inspect-what"));
        assertEquals("/m/" + id, js("return location.pathname"));
        assertTrue(((String) js("return location.hash")).contains("inspect=17"), "the link stays a link to point 17");

        ModelDocument m = ModelDocument.parse(doc);
        Network net = m.network();
        Dataset all = m.data.all();
        double[] x = {all.x[34], all.x[35]};
        PointTrace t = PointTrace.of(net, x, all.y[17]);
        Map<String, Double> shown = inspected();
        assertEquals(x[0], shown.get("x[0]"), 0.0);
        for (int j = 0; j < 3; j++) {
            assertEquals(t.z[0][j], shown.get("z1[" + j + "]"), 0.0, "z1[" + j + "]");
            assertEquals(t.a[0][j], shown.get("a1[" + j + "]"), 0.0, "a1[" + j + "]");
            assertEquals(t.delta[0][j], shown.get("delta2[" + j + "]"), 0.0, "delta2[" + j + "]");
            for (int i = 0; i < 2; i++) assertEquals(t.dW[0][i * 3 + j], shown.get("dW1[" + i + "][" + j + "]"), 0.0);
            // and, independently of the engine, the article's z1 = x.W1 + b1 and a1 = tanh(z1)
            double z = x[0] * net.w[0][j] + x[1] * net.w[0][3 + j] + net.b[0][j];
            assertEquals(z, shown.get("z1[" + j + "]"), 1e-12);
            assertEquals(Math.tanh(z), shown.get("a1[" + j + "]"), 1e-12);
        }
        for (int k = 0; k < 2; k++) {
            assertEquals(t.z[1][k], shown.get("z2[" + k + "]"), 0.0, "z2[" + k + "]");
            assertEquals(t.a[1][k], shown.get("probs[" + k + "]"), 0.0, "probs[" + k + "]");
            assertEquals(t.delta[1][k], shown.get("delta3[" + k + "]"), 0.0, "delta3[" + k + "]");
        }
        assertEquals(t.loss, shown.get("loss"), 0.0);
        double[] p = new double[2];
        net.probabilities(x, 0, p);
        assertEquals(-Math.log(p[all.y[17]]), shown.get("loss"), 1e-12);
        // what is written is the exact value to 5 significant digits
        WebElement z10 = d.findElement(By.cssSelector("#inspector [data-var='z1[0]']"));
        assertEquals(fiveDigits(t.z[0][0]), z10.getText().replace("\n", ""));
        // the equations are MathML, rendered by the browser
        assertTrue((Long) js("return document.querySelectorAll('#inspector math').length") >= 8);
    }

    /** The shape, as the diagram shows it now: hidden sizes and activations from the page's state, units drawn per layer. */
    private static String shape() {
        return js("const s = nnfsApp.state(); return s.hidden + '/' + s.act") + " " + d.findElements(By.cssSelector("#diagram button.unit[data-layer='1']")).size();
    }

    /** Clicks a control of the shape (found and clicked at once: the diagram redraws as the run goes). */
    private static void shapeButton(String label) {
        js("document.querySelector(\"#diagram .shape-tools button[aria-label='" + label + "']\").click()");
    }

    private static boolean shapeButtonEnabled(String label) {
        return Boolean.FALSE.equals(js("return document.querySelector(\"#diagram .shape-tools button[aria-label='" + label + "']\").disabled"));
    }

    /** On a phone the followed point's pass is far under the plot: a click brings it into view and gives it the focus. */
    @Test
    void clickingAPointOnAPhoneBringsItsPassIntoView() {
        Dimension before = d.manage().window().getSize();
        try {
            d.manage().window().setSize(new Dimension(360, 800));
            open("/#passes=200");
            waitFor("the plot", () -> Boolean.TRUE.equals(js("return !!(window.nnfsApp && nnfsApp.points())")), 30);
            js("document.getElementById('boundary').scrollIntoView({ block: 'center' })");
            new Actions(d).moveToElement(d.findElement(By.id("boundary"))).click().perform();
            waitFor("the pass in view", () -> {
                long top = (Long) js("return Math.round(document.getElementById('h-inspect').getBoundingClientRect().top)");
                return top >= 0 && top < 200;
            }, 10);
            assertEquals("inspector", js("return document.activeElement.id"));
            waitFor("the followed point's numbers", () -> !d.findElement(By.id("inspector")).getText().isEmpty(), 20);
        } finally {
            d.manage().window().setSize(before);
        }
    }

    /**
     * Beside the one point, the whole update in the article's notation: dW = Σ aᵀ·δ + λW and W ← W − ε·dW, with the
     * engine's numbers, which are the JVM's to the bit; Step 1 takes it, and the weights after become those before.
     */
    @Test
    void theInspectorShowsTheWholeUpdateAndStep1TakesIt() {
        open("/#inspect=17&passes=300");
        waitFor("the whole update", () -> inspected().containsKey("u.Wnext2[2][1]"), 30);
        assertTrue(d.findElement(By.id("inspector")).getText().contains("The whole update of pass 1, over all 200 training points"));
        Training jvm = Training.article(DatasetSpec.article().generate(), 3, TrainingSettings.article().withPasses(300));
        for (int step = 0; step < 2; step++) {
            UpdateStep u = jvm.nextStep();
            Map<String, Double> shown = inspected();
            for (int l = 0; l < 2; l++) {
                int n = l + 1, cols = l == 0 ? 3 : 2, rows = l == 0 ? 2 : 3;
                for (int i = 0; i < rows; i++) {
                    for (int j = 0; j < cols; j++) {
                        String at = n + "[" + i + "][" + j + "]";
                        int k = i * cols + j;
                        assertEquals(u.dataTerm[l][k], shown.get("u.data" + at), 0.0, "Σ aᵀδ " + at);
                        assertEquals(u.penaltyTerm[l][k], shown.get("u.reg" + at), 0.0, "λW " + at);
                        assertEquals(u.dW[l][k], shown.get("u.dW" + at), 0.0, "dW " + at);
                        assertEquals(u.wBefore[l][k], shown.get("u.W" + at), 0.0, "W before " + at);
                        assertEquals(u.wAfter[l][k], shown.get("u.Wnext" + at), 0.0, "W after " + at);
                    }
                }
                for (int j = 0; j < cols; j++) assertEquals(u.bAfter[l][j], shown.get("u.bnext" + n + "[" + j + "]"), 0.0);
            }
            if (step == 1) break;
            double next = u.wAfter[1][0];
            d.findElement(By.id("b-step1")).click();
            waitFor("the step taken: the weights after are now the weights before", () -> Objects.equals(inspected().get("u.W2[0][0]"), next), 20);
            assertTrue(d.findElement(By.id("inspector")).getText().contains("The whole update of pass 2"));
            jvm.advance(1);
        }
    }

    /**
     * The plot by keyboard: arrow keys go from point to point (the one said is the one under the cursor), Enter follows
     * it; in edit mode the arrows move a free cursor and Enter adds a point there.
     */
    @Test
    void thePlotIsUsableByKeyboard() {
        open("/#passes=200");
        waitFor("the plot", () -> Boolean.TRUE.equals(js("return !!(window.nnfsApp && nnfsApp.points())")), 30);
        WebElement plot = d.findElement(By.id("boundary"));
        js("arguments[0].focus()", plot);
        @SuppressWarnings("unchecked")
        List<Number> first = (List<Number>) js("return nnfsApp.boundary().cursor");
        @SuppressWarnings("unchecked")
        List<Number> leftmost = (List<Number>) js("const p = nnfsApp.points().train; let best = 0;"
                + "for (let i = 1; i < p.y.length; i++) if (p.x[2 * i] < p.x[2 * best]) best = i; return [p.x[2 * best], p.x[2 * best + 1]];");
        assertEquals(leftmost, first, "the cursor starts on the leftmost point");
        plot.sendKeys(Keys.ARROW_RIGHT);
        plot.sendKeys(Keys.ARROW_RIGHT);
        @SuppressWarnings("unchecked")
        List<Number> at = (List<Number>) js("return nnfsApp.boundary().cursor");
        assertTrue(at.get(0).doubleValue() > first.get(0).doubleValue(), "two points to the right: " + at);
        // the cursor is on a point of the data, and the live region says which
        assertEquals(Boolean.TRUE, js("const c = nnfsApp.boundary().cursor, p = nnfsApp.points().train;"
                + "for (let i = 0; i < p.y.length; i++) if (p.x[2 * i] === c[0] && p.x[2 * i + 1] === c[1]) return true; return false;"));
        String said = (String) js("return document.getElementById('plot-cursor').textContent");
        assertTrue(said.startsWith("Point of class ") && said.contains("P(class 0) = "), said);
        assertTrue(d.findElement(By.id("tooltip")).isDisplayed(), "the eye sees it beside the cursor");
        plot.sendKeys(Keys.ENTER);
        waitFor("the point followed", () -> inspected().containsKey("probs[1]"), 20);
        assertTrue(text("inspect-what").startsWith("Point "), "a point of the data, by its number: " + text("inspect-what"));
        double[] followed = { at.get(0).doubleValue(), at.get(1).doubleValue() };
        assertEquals(Boolean.TRUE, js("const m = nnfsApp.boundary().marker; return m[0] === arguments[0] && m[1] === arguments[1]", followed[0], followed[1]));

        d.findElement(By.id("b-edit")).click();
        js("arguments[0].focus()", plot);
        long before = (Long) js("return nnfsApp.points().train.y.length");
        // a tenth of the plot per Shift+Up: ten reach its top edge (half a unit above every point) and stay there
        for (int i = 0; i < 11; i++) plot.sendKeys(Keys.chord(Keys.SHIFT, Keys.ARROW_UP));
        assertEquals(Boolean.TRUE, js("return nnfsApp.boundary().cursor[1] === nnfsApp.points().bounds[3]"));
        plot.sendKeys(Keys.ENTER);
        waitFor("the point added at the cursor", () -> (Long) js("return nnfsApp.points() ? nnfsApp.points().train.y.length : 0") == before + 1, 30);
        assertEquals("points", js("return nnfsApp.state().data"));
    }

    /** Pointing at a unit paints its map on the large plot, with its name and formula; leaving shows the regions again. */
    @Test
    void pointingAtAUnitPaintsItsMapOnThePlot() {
        open("/#passes=200");
        waitFor("the diagram", () -> shape().equals("3/tanh 3"), 30);
        String regions = (String) js("return document.getElementById('boundary').toDataURL()");
        new Actions(d).moveToElement(d.findElement(By.cssSelector("#diagram button.unit[data-layer='1'][data-unit='2']"))).perform();
        waitFor("the unit's map on the plot", () -> Boolean.TRUE.equals(js("return !!nnfsApp.boundary().overlay")), 10);
        String caption = d.findElement(By.id("unit-on-plot")).getText();
        assertTrue(caption.contains("hidden layer 1, unit 2") && caption.contains("a1[2] = tanh(z1[2])"), caption);
        assertNotEquals(regions, js("return document.getElementById('boundary').toDataURL()"), "the plot shows the map");
        new Actions(d).moveToElement(d.findElement(By.id("h-inside"))).perform();
        waitFor("the regions again", () -> Boolean.TRUE.equals(js("return nnfsApp.boundary().overlay === null")), 10);
        assertFalse(d.findElement(By.id("unit-on-plot")).isDisplayed());
        assertEquals(regions, js("return document.getElementById('boundary').toDataURL()"), "the same regions as before");
        // by keyboard too, and an output unit paints its class's probability
        js("document.querySelector(\"#diagram button.unit[data-layer='2'][data-unit='1']\").focus()");
        waitFor("the output's map", () -> d.findElement(By.id("unit-on-plot")).getText().contains("probs[1] = softmax(z2)[1]"), 10);
        assertTrue(d.findElement(By.id("unit-on-plot")).getText().contains("output 1 (class 1)"));
    }

    /** The network's shape is changed on the diagram, as in Playground: each change trains at once, Back undoes it. */
    @Test
    void theNetworksShapeChangesOnTheDiagramAndBackUndoesIt() {
        open("/#passes=200");
        waitFor("the diagram", () -> shape().equals("3/tanh 3"), 30);
        shapeButton("Add a unit to hidden layer 1");
        waitFor("a fourth unit", () -> shape().equals("4/tanh 4"), 30);
        shapeButton("Add a hidden layer (a copy of the last)");
        waitFor("a second layer", () -> shape().equals("4,4/tanh 4") && d.findElements(By.cssSelector("#diagram button.unit[data-layer='2']")).size() == 4, 30);
        js("const s = document.querySelector(\"#diagram select[aria-label='Activation of hidden layer 2']\"); s.value = 'relu';"
                + "s.dispatchEvent(new Event('change'))");
        waitFor("relu in layer 2", () -> shape().equals("4,4/tanh,relu 4"), 30);
        assertEquals("4,4", d.findElement(By.id("f-hidden")).getAttribute("value"), "the form says the same");
        assertEquals("tanh,relu", d.findElement(By.id("f-act")).getAttribute("value"));
        shapeButton("Remove the last hidden layer");
        waitFor("one layer again", () -> shape().equals("4/tanh 4"), 30);
        d.navigate().back();
        waitFor("Back: the two layers", () -> shape().equals("4,4/tanh,relu 4"), 30);
        // at the limits the buttons say no
        open("/#passes=200&hidden=1");
        waitFor("one unit", () -> shape().equals("1/tanh 1"), 30);
        assertFalse(shapeButtonEnabled("Remove a unit from hidden layer 1"));
        assertFalse(shapeButtonEnabled("Remove the last hidden layer"));
        assertTrue(shapeButtonEnabled("Add a unit to hidden layer 1"));
    }

    @Test
    void anEdgeShowsItsWeightLiveAndEveryHiddenUnitHasItsMap() throws Exception {
        String doc = TestServer.trainedDocument("edges", 3, 800);
        String id = (String) TestServer.json(s.postJson("/api/models", doc).body()).get("id");
        open("/m/" + id);
        waitFor("the diagram", () -> !d.findElements(By.cssSelector("#diagram .edge")).isEmpty(), 30);
        Network net = ModelDocument.parse(doc).network();
        WebElement first = d.findElements(By.cssSelector("#diagram .edge")).get(0);
        js("arguments[0].focus()", first);
        WebElement tip = d.findElement(By.id("edge-tip"));
        waitFor("the edge's value", tip::isDisplayed, 10);
        assertEquals(net.w[0][0], Double.parseDouble(tip.getAttribute("data-value")), 0.0);
        assertTrue(tip.getText().startsWith("W1[0][0] = " + fiveDigits(net.w[0][0])), tip.getText());
        // the arrow keys walk the edges: W1[0][1] is next
        new Actions(d).sendKeys(Keys.ARROW_RIGHT).perform();
        waitFor("the next edge", () -> tip.getText().startsWith("W1[0][1] = "), 10);
        assertEquals(net.w[0][1], Double.parseDouble(tip.getAttribute("data-value")), 0.0);
        assertTrue(tip.getText().contains("x₀") && tip.getText().contains("hidden layer 1, unit 1"), tip.getText());
        // one map per hidden unit and per class
        assertEquals(3, d.findElements(By.cssSelector("#diagram button.unit[data-layer='1'] canvas")).size());
        assertEquals(2, d.findElements(By.cssSelector("#diagram button.unit[data-layer='2'] canvas")).size());

        // a unit's panel: its incoming weights and bias, and its formula with them
        d.findElement(By.cssSelector("#diagram button.unit[data-layer='1'][data-unit='2']")).click();
        waitFor("the unit panel", () -> d.findElement(By.id("unit-panel")).isDisplayed(), 10);
        String panel = text("unit-panel");
        // one numbering: unit 2 is the one whose weights are W1[i][2] and whose bias is b1[2]
        assertTrue(panel.contains("hidden layer 1, unit 2"), panel);
        assertEquals(net.b[0][2], Double.parseDouble((String) js("return document.querySelector('#unit-panel [data-var=b]').dataset.value")), 0.0);
        assertEquals(net.w[0][3 + 2], Double.parseDouble((String) js("return document.querySelector('#unit-panel [data-var=w1]').dataset.value")), 0.0);

        // an output unit is named by its class, both numbers filled in
        d.findElement(By.cssSelector("#diagram button.unit[data-layer='2'][data-unit='1']")).click();
        waitFor("the output unit's panel", () -> text("unit-panel").contains("output 1 (class 1)"), 10);

        // while training runs, the value under focus follows it
        open("/#passes=20000&speed=14");
        waitFor("the diagram", () -> !d.findElements(By.cssSelector("#diagram .edge")).isEmpty(), 30);
        js("document.querySelector('#diagram .edge').focus()");
        WebElement liveTip = d.findElement(By.id("edge-tip"));
        String before = liveTip.getAttribute("data-value");
        js("document.getElementById('b-play').click()"); // a click from script: the focus stays on the edge
        waitFor("the weight to move", () -> !before.equals(liveTip.getAttribute("data-value")), 20);
        assertTrue(liveTip.isDisplayed());
        js("document.getElementById('b-play').click()");

        // deeper and wider: every unit of two layers, and a layer of 50 drawn as 9 and "+ 41 more"
        open("/#hidden=5,4&passes=100");
        waitFor("the diagram", () -> d.findElements(By.cssSelector("#diagram button.unit[data-layer='2'] canvas")).size() == 4, 30);
        assertEquals(5, d.findElements(By.cssSelector("#diagram button.unit[data-layer='1'] canvas")).size());
        open("/#hidden=50,50,50,50,50,50,50,50&passes=100");
        waitFor("the diagram", () -> d.findElements(By.cssSelector("#diagram button.unit[data-layer='8']")).size() == 9, 60);
        assertTrue(text("diagram").contains("+ 41 more"), text("diagram"));
        long viewport = (Long) js("return document.documentElement.clientWidth");
        long content = (Long) js("return document.documentElement.scrollWidth");
        assertTrue(content <= viewport, "the deep diagram fits: " + content + " px in " + viewport);
    }

    /**
     * The equations follow a run in place (only the changed texts are rewritten): after it has moved, every number
     * the inspector and the unit panel show is its own value written out, with the right sign before it.
     */
    @Test
    @SuppressWarnings("unchecked")
    void whileTrainingRunsTheEquationsShowEachNumberWithItsSign() throws Exception {
        open("/#inspect=17&speed=9");
        waitFor("the inspector", () -> inspected().containsKey("probs[1]"), 30);
        d.findElement(By.cssSelector("#diagram button.unit[data-layer='1'][data-unit='0']")).click();
        waitFor("the unit panel", () -> d.findElement(By.id("unit-panel")).isDisplayed(), 10);
        String probsBefore = String.valueOf(inspected().get("probs[1]"));
        Object panelBefore = js("return document.querySelector('#unit-panel math')");
        js("document.getElementById('b-play').click()");
        waitFor("a few hundred passes", () -> pass() >= 300, 30);
        js("document.getElementById('b-play').click()");
        waitFor("the pause", () -> text("status").equals("Paused"), 10);
        // the views' last update comes in tasks after the pause's report
        waitFor("the inspector following the run", () -> !probsBefore.equals(String.valueOf(inspected().get("probs[1]"))), 10);
        assertEquals(panelBefore, js("return document.querySelector('#unit-panel math')"), "patched in place, not rebuilt");
        List<List<Object>> shown = (List<List<Object>>) js("return [...document.querySelectorAll('#inspector mn[data-value], #unit-panel [data-value]')]"
                + ".map(e => { const p = e.previousElementSibling; return [e.dataset.value, e.textContent, p && p.tagName === 'mo' ? p.textContent : '']; })");
        assertTrue(shown.size() > 40, "numbers shown: " + shown.size());
        int signed = 0;
        for (List<Object> n : shown) {
            double v = Double.parseDouble((String) n.get(0));
            String text = (String) n.get(1), before = (String) n.get(2);
            if (text.equals(fiveDigits(v))) continue;
            // a term after the first of a sum: its size, with the sign as the operator before it
            assertEquals(fiveDigits(Math.abs(v)), text, "the number shown for " + v);
            assertEquals(v < 0 ? "−" : "+", before, "the sign before " + text);
            signed++;
        }
        assertTrue(signed > 0, "the unit's formula has signed terms");
    }

    /** MathML.patch rewrites changed texts (a sign too) in place and replaces only a line whose shape changed. */
    @Test
    @SuppressWarnings("unchecked")
    void aPatchRewritesTextsInPlaceAndReplacesOnlyAReshapedLine() {
        open("/");
        Map<String, Object> r = (Map<String, Object>) js("const M = nnfsApp.mathml;"
                + "const draw = (b, c) => { const box = document.createElement('div');"
                + "  box.append(M.math([M.mi('a'), M.mo('='), M.mi('x'), ...M.signed(b, 'b')]), M.math([M.mi('c'), M.mo('='), M.num(c, 'c')])); return box; };"
                + "const live = draw(1.5, 0.25); document.body.appendChild(live);"
                + "const first = live.children[0], second = live.children[1];"
                + "const fresh = draw(-2.25, 3e-7); const want = fresh.innerHTML;"
                + "const ok = M.patch(live, fresh);"
                + "const out = { ok: ok, same: live.innerHTML === want, firstKept: live.children[0] === first, secondKept: live.children[1] === second,"
                + "  text: live.textContent, other: M.patch(live, draw(1, 1).children[0]) };"
                + "live.remove(); return out;");
        assertEquals(true, r.get("ok"));
        assertEquals(true, r.get("same"), "the live lines equal the fresh ones: " + r.get("text"));
        assertEquals(true, r.get("firstKept"), "a line that differs in its texts is kept and rewritten");
        assertEquals(false, r.get("secondKept"), "a line now written with an exponent is replaced");
        assertTrue(((String) r.get("text")).contains("x−2.25"), (String) r.get("text"));
        assertEquals(false, r.get("other"), "lines of another count are refused");
    }

    static long pass() {
        return Long.parseLong(text("v-pass").split(" / ")[0]);
    }

    @Test
    void theSlowestSpeedTrainsFewerPassesThanTheFastestAndTheChartReadsEveryPass() throws Exception {
        // each speed runs until a condition holds, however fast the machine; the slowest may never run ahead of its pace
        open("/#passes=20000&speed=0");
        assertEquals("1 pass/s", text("v-speed"));
        long t0 = System.nanoTime();
        d.findElement(By.id("b-play")).click();
        waitFor("two passes at 1 pass a second", () -> pass() >= 2, 60);
        d.findElement(By.id("b-play")).click();
        double seconds = (System.nanoTime() - t0) / 1e9;
        waitFor("the pause", () -> "false".equals(d.findElement(By.id("b-play")).getAttribute("aria-pressed")), 10);
        long slowest = pass();
        assertTrue(slowest <= seconds + 1, "at 1 pass a second, " + seconds + " s give at most " + (long) (seconds + 1) + " passes: " + slowest);
        open("/#passes=20000&speed=14");
        d.findElement(By.id("b-play")).click();
        waitFor("full speed runs past what the slowest did in the same time", () -> pass() > 50 * (seconds + 1), 120);
        d.findElement(By.id("b-play")).click();
        waitFor("the pause", () -> "false".equals(d.findElement(By.id("b-play")).getAttribute("aria-pressed")), 10);
        assertEquals("full speed", text("v-speed"), "the speed says itself");

        // the loss chart: every early pass, read by keyboard, counted as the panel counts (updates done): pass 1 is
        // the log's first line (the article's "iteration 0"), pass 300 the panel's 300 / 300
        open("/#passes=300");
        d.findElement(By.id("b-end")).click();
        waitFor("the run", () -> text("v-pass").equals("300 / 300"), 60);
        WebElement chart = d.findElement(By.id("loss"));
        js("arguments[0].focus()", chart);
        new Actions(d).sendKeys(Keys.HOME).perform();
        String first = text("log").split("\n")[0]; // Loss after iteration 0: 0.432387
        waitFor("pass 1", () -> text("loss-readout").startsWith("Pass 1: loss "), 10);
        assertEquals(first.substring(first.indexOf(": ") + 2), text("loss-readout").substring("Pass 1: loss ".length()));
        new Actions(d).sendKeys(Keys.ARROW_RIGHT).perform();
        waitFor("pass 2", () -> text("loss-readout").startsWith("Pass 2: loss "), 10);
        new Actions(d).sendKeys(Keys.END).perform();
        waitFor("the last pass", () -> text("loss-readout").startsWith("Pass 300: loss "), 10);
        assertEquals(text("v-loss"), text("loss-readout").substring("Pass 300: loss ".length()));
        d.findElement(By.id("f-logLoss")).click();
        assertTrue(((String) js("return location.hash")).contains("logLoss=1"), "the scale is in the link");
    }

    @Test
    void everyControlAndPanelHasHelpInBothLanguages() {
        for (String lang : new String[] {"en", "ja"}) {
            open("/#lang=" + lang);
            // every setting sits in an element with help
            assertEquals(0L, js("return [...document.querySelectorAll('#settings input, #settings select, #f-speed, #b-edit')]"
                    + ".filter(e => !e.closest('[data-help]')).length"), "a control without help");
            @SuppressWarnings("unchecked")
            List<String> keys = (List<String>) js("return [...document.querySelectorAll('[data-help]')].map(e => e.dataset.help)");
            assertTrue(keys.size() >= 25, keys.toString());
            for (String key : keys) {
                WebElement button = d.findElement(By.cssSelector("[aria-controls='help-" + key + "']"));
                WebElement help = d.findElement(By.id("help-" + key));
                if (!button.isDisplayed()) continue; // in a part hidden for these settings
                js("arguments[0].click()", button);
                waitFor("help " + key, help::isDisplayed, 5);
                String t = help.getText();
                assertTrue(t.length() > 10, key + ": " + t);
                String english = (String) js("return nnfsApp.strings.en[arguments[0]]", key);
                if (lang.equals("ja")) {
                    assertNotEquals(english, t, key + " is not translated");
                    assertTrue(t.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HIRAGANA), key + ": " + t);
                } else {
                    assertEquals(english, t);
                }
                js("arguments[0].click()", button);
                waitFor("help " + key + " closed", () -> !help.isDisplayed(), 5);
            }
            // keyboard: focus opens, Escape closes
            WebElement b = d.findElement(By.cssSelector("[aria-controls='help-help_lr']"));
            js("arguments[0].focus()", b);
            waitFor("help on focus", () -> d.findElement(By.id("help-help_lr")).isDisplayed(), 5);
            assertTrue(text("help-help_lr").contains("epsilon"), "the article's name for it");
            b.sendKeys(Keys.ESCAPE);
            waitFor("help closed by Escape", () -> !d.findElement(By.id("help-help_lr")).isDisplayed(), 5);
        }
    }

    @Test
    void zeroPointsWaitForTwoClassesAndDivergenceIsExplained() throws Exception {
        open("/#data=points");
        assertTrue(d.findElement(By.id("b-play")).getAttribute("disabled") != null, "nothing to train yet");
        assertEquals("Add at least 2 points of 2 different classes to train.", text("status"));
        assertEquals("", text("errors"));
        d.findElement(By.id("b-edit")).click();
        WebElement canvas = d.findElement(By.id("boundary"));
        js("arguments[0].scrollIntoView({block: 'center'})", canvas); // offsets count from its centre
        new Actions(d).moveToElement(canvas, -60, -40).click().perform();
        waitFor("one point", () -> ((String) js("return window.nnfsApp.state().pts || ''")).split(";").length == 1, 10);
        assertTrue(d.findElement(By.id("b-play")).getAttribute("disabled") != null, "one point is not enough");
        d.findElements(By.cssSelector("#class-picker .class-choice")).get(1).click();
        new Actions(d).moveToElement(canvas, 60, 40).click().perform();
        waitFor("training possible", () -> d.findElement(By.id("b-play")).getAttribute("disabled") == null, 30);
        d.findElement(By.id("b-clear")).click();
        waitFor("cleared", () -> d.findElement(By.id("b-play")).getAttribute("disabled") != null, 10);
        assertEquals("", text("errors"));

        open("/#data=spiral&n=2000&classes=3&hidden=20&lr=0.5&passes=1000");
        d.findElement(By.id("b-end")).click();
        waitFor("the divergence", () -> text("errors").contains("diverged"), 60);
        assertTrue(text("errors").contains("ε = 0.5") && text("errors").contains("smaller ε"), text("errors"));
        assertEquals("Stopped", text("status"));
        open("/#data=spiral&n=2000&classes=3&hidden=20&lr=0.5&passes=1000&lang=ja");
        d.findElement(By.id("b-end")).click();
        waitFor("the divergence, in Japanese", () -> text("errors").contains("発散"), 60);
    }

    @Test
    void theBendingOfThePlaneIsShownForTwoThreeAndManyUnits() throws Exception {
        open("/#hidden=2&passes=100");
        waitFor("the warped grid", () -> text("warp-caption").contains("two activations"), 30);
        // the output's boundary is drawn in the bent plane, and the caption says what it and the colours are
        waitFor("the boundary's line", () -> text("warp-caption").contains("The dashed line is where the output layer weighs the two classes equally (z2[0] = z2[1])"), 10);
        assertTrue(text("warp-caption").contains("Blue-grey lines were vertical on the plot"), text("warp-caption"));
        String withLine = (String) js("return document.getElementById('warp').toDataURL()");
        js("const v = nnfsApp.warp(); v.data.meta.separator = []; v.draw();");
        assertNotEquals(withLine, js("return document.getElementById('warp').toDataURL()"), "the line is on the picture");
        // a layer of 5: its first two principal components, with the variance they carry, as shared computes them
        String doc = TestServer.trainedDocument("five", 5, 600);
        String id = (String) TestServer.json(s.postJson("/api/models", doc).body()).get("id");
        open("/m/" + id);
        waitFor("the projection", () -> text("warp-caption").contains("principal components"), 30);
        assertFalse(text("warp-caption").contains("dashed"), "no straight boundary in a projection: none is drawn");
        ModelDocument m = ModelDocument.parse(doc);
        Dataset train = m.data.trainAndTest()[0];
        PlaneWarp w = PlaneWarp.of(m.network(), 1, DecisionGrid.Bounds.around(train, nnfs.Limits.PLOT_MARGIN), 17, 48, train);
        assertTrue(text("warp-caption").contains(Math.round(100 * w.explained[0]) + "% and " + Math.round(100 * w.explained[1]) + "%"), text("warp-caption"));
        // three units turn by keyboard
        open("/#hidden=3&passes=100");
        waitFor("the 3-D view", () -> text("warp-caption").contains("three activations"), 30);
        waitFor("the boundary's plane", () -> text("warp-caption").contains("The shaded plane with a dashed edge"), 10);
        WebElement warp = d.findElement(By.id("warp"));
        js("arguments[0].focus()", warp);
        String yaw = warp.getAttribute("data-yaw");
        new Actions(d).sendKeys(Keys.ARROW_RIGHT).perform();
        waitFor("a turn", () -> !Objects.equals(yaw, warp.getAttribute("data-yaw")), 5);
        // two hidden layers: either can be chosen
        open("/#hidden=4,2&passes=100");
        waitFor("the layer choice", () -> d.findElements(By.cssSelector("#f-warpLayer option")).size() == 2, 30);
        new Select(d.findElement(By.id("f-warpLayer"))).selectByValue("1");
        waitFor("layer 1", () -> text("warp-caption").contains("layer 1 has 4 units"), 30);
    }

    @Test
    void theDownloadedFigureCarriesTitleLegendAndSettingsAtTwiceTheResolution() {
        open("/#passes=300&test=0.2");
        d.findElement(By.id("b-end")).click();
        waitFor("the run", () -> text("v-pass").equals("300 / 300"), 60);
        @SuppressWarnings("unchecked")
        List<Long> size = (List<Long>) js("const f = window.nnfsApp.figure(), r = document.getElementById('boundary').getBoundingClientRect();"
                + "return [f.width, f.height, Math.round(r.width), Math.round(r.height)];");
        assertTrue(size.get(0) >= 2 * size.get(2), "twice the plot's width: " + size);
        assertTrue(size.get(1) > 2 * size.get(3) + 100, "room for title, legend and settings: " + size);
        @SuppressWarnings("unchecked")
        List<String> settings = (List<String>) js("return nnfsApp.figureSettings()");
        assertEquals(3, settings.size());
        assertTrue(settings.get(0).startsWith("Moons: 200 points, noise 0.2, seed 0, Test fraction 0.2"), settings.get(0));
        assertTrue(settings.get(1).startsWith("Network 2-3-2, tanh, learning rate ε 0.01"), settings.get(1));
        assertTrue(settings.get(2).contains("300 / 300") && settings.get(2).contains(text("v-loss")), settings.get(2));
    }

    @Test
    void screenshotsAtBothWidthsInBothLanguages() throws Exception {
        Dimension before = d.manage().window().getSize();
        try {
            for (int width : new int[] {1280, 360}) {
                for (String lang : new String[] {"en", "ja"}) {
                    d.manage().window().setSize(new Dimension(width, 900));
                    open("/#inspect=17&lang=" + lang);
                    d.findElement(By.id("b-step100")).click();
                    waitFor("100 passes", () -> text("v-pass").startsWith("100 / "), 30);
                    waitFor("the inspector", () -> inspected().containsKey("probs[1]"), 30);
                    js("document.querySelector('#diagram button.unit[data-layer=\"1\"]').click()");
                    long viewport = (Long) js("return document.documentElement.clientWidth");
                    long content = (Long) js("return document.documentElement.scrollWidth");
                    assertTrue(content <= viewport, width + " " + lang + ": content " + content + " px wide in " + viewport);
                    long height = (Long) js("return document.documentElement.scrollHeight");
                    d.manage().window().setSize(new Dimension(width, (int) Math.min(height + 120, 7000)));
                    Thread.sleep(300);
                    Files.write(Path.of("target", "inside-" + width + "-" + lang + ".png"),
                            d.getScreenshotAs(OutputType.BYTES));
                }
            }
        } finally {
            d.manage().window().setSize(before);
        }
    }
}
