package nnfs.server;

import static org.junit.jupiter.api.Assertions.*;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Dimension;
import nnfs.server.http.Html;

/**
 * axe-core (Deque's engine, as Lighthouse uses it) on the app's pages with every view open, in both languages
 * and at phone width: no violation of any rule it runs by default.
 */
class AccessibilityBrowserTest extends PageTest {
    static String axe;

    @BeforeAll
    static void loadAxe() throws Exception {
        try (InputStream in = AccessibilityBrowserTest.class.getResourceAsStream("/axe.min.js")) {
            axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** axe's violations on the page as it stands: "rule: where (why)" for each node. */
    @SuppressWarnings("unchecked")
    static List<String> violations() {
        ((JavascriptExecutor) d).executeScript(axe);
        List<Map<String, Object>> found = (List<Map<String, Object>>) ((JavascriptExecutor) d).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                + "axe.run(document).then(r => done(r.violations.map(v => ({ id: v.id, help: v.help,"
                + "  nodes: v.nodes.map(n => n.target.join(' ') + ' — ' + n.failureSummary) })))).catch(e => done([{ id: 'axe failed', help: String(e), nodes: [] }]));");
        return found.stream().map(v -> v.get("id") + " (" + v.get("help") + "): " + v.get("nodes")).toList();
    }

    static void open(String path) {
        d.get("about:blank");
        d.get(s.url(path));
        Browser.waitFor(d, "the page ready", () -> !d.findElement(By.id("status")).getText().isEmpty(), 30);
    }

    /** Opens the views a learner opens: a followed point, a unit's panel, help texts. */
    static void openEverything() {
        Browser.waitFor(d, "the inspector", () -> !d.findElements(By.cssSelector("#inspector math")).isEmpty(), 30);
        Browser.js(d, "document.querySelector('#diagram button.unit[data-layer=\"1\"]').click();"
                + "document.querySelector('[aria-controls=help-help_lr]').click();"
                + "document.querySelector('[aria-controls=help-diagramHelp]').click();");
        Browser.waitFor(d, "the unit panel", () -> d.findElement(By.id("unit-panel")).isDisplayed(), 10);
    }

    /**
     * Every view open (a followed point with the whole update, a unit's panel, help, the plane's bending, the hidden-size
     * comparison with its held-out sentence, the plot's keyboard cursor, the form that deletes a model shared
     * elsewhere), at 1280 and 360 px, in both languages.
     */
    @Test
    void theAppHasNoViolationsWithEveryViewOpenAtBothWidthsInBothLanguages() {
        Dimension before = d.manage().window().getSize();
        try {
            for (int width : new int[] {1280, 360}) {
                d.manage().window().setSize(new Dimension(width, 800));
                for (String lang : new String[] {"en", "ja"}) {
                    String at = width + " px, " + lang;
                    open("/#inspect=17&test=0.2&passes=300&lang=" + lang);
                    d.findElement(By.id("b-step100")).click();
                    openEverything();
                    Browser.js(d, "document.getElementById('b-compare-split').click(); document.getElementById('delete-elsewhere').open = true;");
                    Browser.waitFor(d, "the comparison's sentence, " + at, () -> !d.findElement(By.id("compare-lesson")).getText().isEmpty(), 120);
                    Browser.waitFor(d, "the plane's bending, " + at, () -> !d.findElement(By.id("warp-caption")).getText().isEmpty(), 30);
                    Browser.js(d, "document.getElementById('boundary').focus()");
                    Browser.waitFor(d, "the plot's cursor, " + at, () -> d.findElement(By.id("tooltip")).isDisplayed(), 10);
                    assertEquals(List.of(), violations(), at);
                }
            }
        } finally {
            d.manage().window().setSize(before);
        }
    }

    @Test
    void theArticlePageHasNoViolationsInEitherLanguage() {
        Dimension before = d.manage().window().getSize();
        try {
            for (int width : new int[] {1280, 360}) {
                d.manage().window().setSize(new Dimension(width, 800));
                for (String lang : new String[] {"en", "ja"}) {
                    d.get("about:blank");
                    d.get(s.url("/article?lang=" + lang));
                    Browser.waitFor(d, "the equations", () -> !d.findElements(By.cssSelector("#equations math")).isEmpty(), 30);
                    assertEquals(List.of(), violations(), "/article " + width + " px, " + lang);
                }
            }
        } finally {
            d.manage().window().setSize(before);
        }
    }

    @Test
    void aSharedModelAndThePhoneLayoutHaveNoViolations() throws Exception {
        String id = (String) TestServer.json(s.postJson("/api/models", TestServer.trainedDocument("axe", 3, 500)).body()).get("id");
        open("/m/" + id + "#inspect=3");
        openEverything();
        assertEquals(List.of(), violations(), "/m/{id}");
        Dimension before = d.manage().window().getSize();
        try {
            d.manage().window().setSize(new Dimension(360, 800));
            open("/#inspect=17&data=spiral&classes=5&hidden=20,20");
            openEverything();
            assertEquals(List.of(), violations(), "360 px, five classes, two layers");
        } finally {
            d.manage().window().setSize(before);
        }
    }

    /** What a teacher opens: the share box with its token, "My shared models", the embed builder, an embed with panels. */
    @Test
    void sharingMyModelsTheBuilderAndAnEmbedWithPanelsHaveNoViolations() throws Exception {
        for (String lang : new String[] {"en", "ja"}) {
            open("/#passes=200&lang=" + lang);
            d.findElement(By.id("b-end")).click();
            Browser.waitFor(d, "the run's end", () -> d.findElement(By.id("v-pass")).getText().equals("200 / 200"), 60);
            Browser.js(d, "document.getElementById('b-share').click()");
            Browser.waitFor(d, "the title form", () -> d.findElement(By.id("share-title-form")).isDisplayed(), 30);
            assertEquals(List.of(), violations(), "the share form's title, " + lang);
            d.findElement(By.cssSelector("#share-title-form button[type=submit]")).click();
            Browser.waitFor(d, "the share box", () -> d.findElement(By.id("b-builder")).isDisplayed(), 30);
            Browser.js(d, "document.getElementById('my-models').open = true");
            assertEquals(List.of(), violations(), "share box and my shared models, " + lang);
            Browser.js(d, "document.getElementById('b-builder').click(); document.querySelector('#builder input[value=loss]').click()");
            Browser.waitFor(d, "the builder", () -> d.findElement(By.id("builder")).isDisplayed(), 10);
            assertEquals(List.of(), violations(), "the embed builder, " + lang);
        }
        String id = (String) TestServer.json(s.postJson("/api/models", TestServer.trainedDocument("axe", 3, 500)).body()).get("id");
        open("/embed/" + id + "?show=loss,diagram,inspect&controls=all&caption=" + Html.urlEncode("a caption") + "&lang=ja");
        assertEquals(List.of(), violations(), "an embed with every panel");
    }

    /** A classroom challenge: the teacher's form with its links, the student's page with a receipt, the board. */
    @Test
    void aChallengesFormStudentPageAndBoardHaveNoViolations() throws Exception {
        String circles = "{\"kind\": \"circles\", \"n\": 120, \"noise\": 0.1, \"seed\": 0, \"factor\": 0.5, \"testFraction\": 0.3, \"splitSeed\": 0}";
        Map<String, Object> c = TestServer.json(s.postJson("/api/challenges", "{\"title\": \"axe\", \"description\": \"find the smallest network\", \"data\": " + circles
                + ", \"limits\": {\"maxHiddenUnits\": 4, \"maxLayers\": 1, \"activations\": [\"tanh\"], \"maxPasses\": 300}, "
                + "\"goal\": {\"metric\": \"testAccuracy\", \"target\": 0.8}}").body());
        for (String lang : new String[] {"en", "ja"}) {
            open("/#passes=200&lang=" + lang);
            Browser.js(d, "document.getElementById('b-challenge').click()");
            Browser.waitFor(d, "the challenge form filled", () -> !d.findElement(By.id("ch-set-units")).getAttribute("value").isEmpty(), 10);
            Browser.js(d, "document.getElementById('ch-set-title').value = 'axe " + lang + "'; document.querySelector('#ch-set-form button[type=submit]').click()");
            Browser.waitFor(d, "the challenge's links", () -> d.findElement(By.id("ch-set-links")).isDisplayed(), 30);
            assertEquals(List.of(), violations(), "the teacher's form and its links, " + lang);
            for (int width : new int[] {1280, 360}) {
                d.manage().window().setSize(new Dimension(width, 800));
                open("/c/" + c.get("id") + "?lang=" + lang);
                Browser.waitFor(d, "the challenge", () -> d.findElement(By.id("ch-title")).getText().equals("axe"), 30);
                d.findElement(By.id("b-end")).click();
                Browser.waitFor(d, "the run's end", () -> d.findElement(By.id("v-pass")).getText().equals("300 / 300"), 60);
                Browser.js(d, "document.getElementById('ch-name').value = 'Axe " + width + "'; document.getElementById('ch-submit').click()");
                Browser.waitFor(d, "the receipt", () -> d.findElements(By.cssSelector("#ch-result a")).size() == 1, 60);
                assertEquals(List.of(), violations(), "the student's page with its receipt, " + lang + " at " + width);
                d.get("about:blank");
                d.get(s.url("/c/" + c.get("id") + "/board?lang=" + lang + "#token=" + c.get("teacherToken")));
                Browser.waitFor(d, "the board's rows", () -> !d.findElements(By.cssSelector("#entries tbody tr")).isEmpty(), 30);
                assertEquals(List.of(), violations(), "the board, " + lang + " at " + width);
            }
            d.manage().window().setSize(new Dimension(1280, 800));
        }
    }
}
