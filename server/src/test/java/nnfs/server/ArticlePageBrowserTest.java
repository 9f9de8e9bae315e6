package nnfs.server;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import java.nio.file.Files;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;

/** /article: the article's six steps in English and Japanese, its figures at full size, a live view at each step. */
class ArticlePageBrowserTest extends PageTest {

    @BeforeAll
    static void waitForFigures() throws Exception {
        // the figures are rendered in the background when the server starts: wait until they are all there
        for (String f : List.of("dataset", "logistic-regression", "hidden-3", "hidden-sizes")) {
            long until = System.currentTimeMillis() + 180_000;
            while (s.get("/api/figures/article/" + f + ".png").statusCode() != 200) {
                assertTrue(System.currentTimeMillis() < until, "figure " + f + " never came");
                Thread.sleep(500);
            }
        }
    }

    @Test
    void theSixStepsReadInEnglishWithFiguresAtFullSizeAndALiveViewEach() throws Exception {
        d.get(s.url("/article?lang=en"));
        Browser.waitFor(d, "the equations", () -> !d.findElements(By.cssSelector("#equations math")).isEmpty(), 30);
        List<WebElement> steps = d.findElements(By.cssSelector("section.step h2"));
        assertEquals(6, steps.size());
        assertEquals(List.of("1 The data", "2 A straight line first", "3 The network and its equations", "4 Training",
                "5 Hidden layer sizes and overfitting", "6 Exercises"), steps.stream().map(h -> h.getText().replaceAll("\\s+", " ")).toList());
        assertEquals("https://dennybritz.com/posts/wildml/implementing-a-neural-network-from-scratch/",
                d.findElement(By.cssSelector("header a[hreflang=en]")).getAttribute("href"));
        // the figures and the live views come as they near the screen: read down the page as a reader does
        long height = (Long) js("return document.documentElement.scrollHeight");
        for (long y = 0; y < height; y += 500) {
            js("window.scrollTo(0, arguments[0])", y);
            Thread.sleep(60);
        }
        js("window.scrollTo(0, 0)");
        // the figures, loaded, at the size they were drawn
        Browser.waitFor(d, "the figures", () -> (Long) js("return [...document.images].filter(i => i.complete && i.naturalWidth > 0).length") == 4L, 30);
        @SuppressWarnings("unchecked")
        List<Map<String, Long>> sizes = (List<Map<String, Long>>) js("return [...document.images].slice(0, 3).map(i => ({ n: i.naturalWidth, shown: Math.round(i.getBoundingClientRect().width) }))");
        for (Map<String, Long> size : sizes) assertEquals(size.get("n"), size.get("shown"), "a figure at full size: " + size);
        // a live view at every step but the equations': the app's embed, preset to the step, in the page's language
        Browser.waitFor(d, "every live view started", () -> (Long) js("return document.querySelectorAll('.live iframe').length") == 6L, 10);
        @SuppressWarnings("unchecked")
        List<String> frames = (List<String>) js("return [...document.querySelectorAll('.live iframe')].map(f => f.getAttribute('src'))");
        assertEquals(6, frames.size());
        assertTrue(frames.contains("/embed?model=logreg&lang=en"), frames.toString());
        frames.forEach(f -> assertTrue(f.startsWith("/embed?") && f.endsWith("&lang=en"), f));
        // the logistic-regression step's view fits the baseline in the frame, and the frame takes its content's height
        WebElement logreg = d.findElement(By.cssSelector("#step-logreg iframe"));
        js("arguments[0].scrollIntoView()", logreg);
        d.switchTo().frame(logreg);
        Browser.waitFor(d, "the baseline in the frame", () -> d.findElement(By.id("v-accuracy")).getText().equals("85.0%"), 60);
        // the frame takes the height the embed asks for: the plot at the frame's full width, and nothing scrolls
        Browser.waitFor(d, "the plot at full width", () -> (Boolean) js("const c = document.getElementById('boundary').getBoundingClientRect(),"
                + " e = document.documentElement; return c.width >= innerWidth - 16 && c.bottom <= innerHeight && e.scrollHeight <= innerHeight"), 10);
        d.switchTo().defaultContent();
        // and the exercises open the app set up for each
        assertTrue(d.findElements(By.cssSelector(".exercises a")).stream().allMatch(a -> a.getAttribute("href").contains("/#")));
    }

    @Test
    void inJapaneseNoEnglishIsLeftAndTheLiveViewsSpeakJapaneseToo() {
        d.get(s.url("/article?lang=ja"));
        Browser.waitFor(d, "the equations", () -> !d.findElements(By.cssSelector("#equations math")).isEmpty(), 30);
        assertEquals("ja", d.findElement(By.tagName("html")).getAttribute("lang"));
        String text = d.findElement(By.tagName("body")).getText();
        @SuppressWarnings("unchecked")
        Map<String, String> en = (Map<String, String>) js("return nnfsApp.strings.en");
        for (var e : en.entrySet()) {
            if (!e.getKey().startsWith("a_")) continue;
            assertFalse(text.contains(e.getValue()), "English left: " + e.getValue());
        }
        assertTrue(text.contains("ステップ"), text);
        js("document.querySelector('#step-data .live').scrollIntoView()");
        Browser.waitFor(d, "the live view started", () -> !d.findElements(By.cssSelector("#step-data iframe")).isEmpty(), 10);
        WebElement frame = d.findElement(By.cssSelector("#step-data iframe"));
        assertTrue(frame.getAttribute("src").endsWith("&lang=ja"));
        js("arguments[0].scrollIntoView()", frame);
        d.switchTo().frame(frame);
        Browser.waitFor(d, "the embed in Japanese", () -> d.findElement(By.id("b-play")).getText().equals("再生"), 60);
        assertEquals("ja", d.findElement(By.tagName("html")).getAttribute("lang"));
        d.switchTo().defaultContent();
    }

    /** The exercises as ready-made challenges: one click creates a teacher's own, in the page's language. */
    @Test
    void aReadyMadeChallengeIsCreatedWithOneClickInThePagesLanguage() throws Exception {
        d.get(s.url("/article?lang=ja"));
        Browser.waitFor(d, "the presets", () -> d.findElements(By.cssSelector("#presets li")).size() == nnfs.model.ChallengePresets.ALL.size(), 30);
        WebElement first = d.findElements(By.cssSelector("#presets li")).get(0);
        assertEquals(nnfs.text.UiText.byKey(nnfs.model.ChallengePresets.ALL.get(0).titleKey).format("ja"), first.findElement(By.tagName("h4")).getText());
        js("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click()", first.findElement(By.tagName("button")));
        Browser.waitFor(d, "the challenge's links", () -> first.findElements(By.tagName("input")).size() == 2, 30);
        String students = first.findElements(By.tagName("input")).get(0).getAttribute("value"), board = first.findElements(By.tagName("input")).get(1).getAttribute("value");
        assertTrue(board.startsWith(students + "/board#token="), board);
        Map<String, Object> c = TestServer.json(s.get("/api/challenges/" + students.substring(students.lastIndexOf('/') + 1)).body());
        assertEquals(nnfs.text.UiText.byKey(nnfs.model.ChallengePresets.ALL.get(0).titleKey).format("ja"), c.get("title"));
    }

    @Test
    void atPhoneWidthNothingSpillsAndAPictureIsKept() throws Exception {
        Dimension before = d.manage().window().getSize();
        try {
            for (String lang : new String[] {"en", "ja"}) {
                d.manage().window().setSize(new Dimension(360, 800));
                d.get(s.url("/article?lang=" + lang));
                Browser.waitFor(d, "the equations", () -> !d.findElements(By.cssSelector("#equations math")).isEmpty(), 30);
                long viewport = (Long) js("return document.documentElement.clientWidth");
                long content = (Long) js("return document.documentElement.scrollWidth");
                assertTrue(content <= viewport, lang + ": content " + content + " px wide in " + viewport);
                for (int width : new int[] {360, 1280}) {
                    d.manage().window().setSize(new Dimension(width, 900));
                    long height = (Long) js("return document.documentElement.scrollHeight");
                    d.manage().window().setSize(new Dimension(width, (int) Math.min(height + 120, 9000)));
                    Thread.sleep(500);
                    Files.write(Path.of("target", "article-" + width + "-" + lang + ".png"),
                            d.getScreenshotAs(OutputType.BYTES));
                }
            }
        } finally {
            d.manage().window().setSize(before);
        }
    }
}
