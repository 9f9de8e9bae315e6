package nnfs.server;

import static org.junit.jupiter.api.Assertions.*;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import nnfs.server.http.Html;

/**
 * The embed builder as a teacher uses it: options chosen, a preview at the size chosen, and the iframe it gives,
 * pasted into a course page on another origin, showing what the preview showed.
 */
class EmbedBuilderBrowserTest extends PageTest {

    /** A course page that pastes the snippet in its fragment as an editor would (its script runs too). */
    static final String HOST_PAGE = "<!doctype html><html><head><title>course page</title></head><body style=\"margin:0\"><script>"
            + "document.body.append(document.createRange().createContextualFragment(decodeURIComponent(location.hash.slice(1))));"
            + "</script></body></html>";

    @RegisterExtension
    static final HostPage host = new HostPage("localhost", HOST_PAGE);

    static String pass() {
        return d.findElement(By.id("v-pass")).getText();
    }

    /** What an embed shows, read inside its frame: language, look, caption, visible panels, pass. */
    @SuppressWarnings("unchecked")
    static List<Object> looks() {
        return (List<Object>) js("const shown = s => { const e = document.querySelector(s); return !!e && e.getClientRects().length > 0; };"
                + "return [document.documentElement.lang, document.body.className, document.getElementById('embed-caption').textContent,"
                + " shown('#loss'), shown('.inside'), shown('#b-settings'), shown('#b-step1'), document.getElementById('b-play').textContent];");
    }

    @Test
    void theCopiedIframeShowsWhatThePreviewShowed() throws Exception {
        d.get(s.url("/#passes=200"));
        waitFor("the page", () -> pass().equals("0 / 200"), 60);
        d.findElement(By.id("b-end")).click();
        waitFor("the run's end", () -> pass().equals("200 / 200"), 60);
        Browser.share(d, null);
        waitFor("the builder's button", () -> d.findElement(By.id("b-builder")).isDisplayed(), 30);
        d.findElement(By.id("b-builder")).click();
        WebElement dialog = d.findElement(By.id("builder"));
        waitFor("the builder", dialog::isDisplayed, 10);

        dialog.findElement(By.cssSelector("input[name=show][value=loss]")).click();
        dialog.findElement(By.cssSelector("input[name=show][value=diagram]")).click();
        dialog.findElement(By.cssSelector("input[name=controls][value=all]")).click();
        // a size with no room for the panels asked says so, and offers the smallest size of the list that has it
        new Select(d.findElement(By.id("b-size"))).selectByValue("300x250");
        WebElement fit = d.findElement(By.id("builder-fit-text"));
        assertEquals("At tiny, 300 × 250 the frame has no room for: Loss curve, Network diagram. The embed shows the plot alone rather than"
                + " squeezing them. The smallest size that shows everything chosen is 640 × 520.", fit.getText());
        new Select(d.findElement(By.id("b-size"))).selectByValue("360x640");
        assertTrue(fit.getText().contains("no room for: Network diagram."), "a phone's column has room for the first panel only: " + fit.getText());
        d.findElement(By.id("b-fit-size")).click();
        assertEquals("640x520", d.findElement(By.id("b-size")).getAttribute("value"));
        assertEquals("", fit.getText(), "nothing left out now");
        assertFalse(d.findElement(By.id("builder-fit")).isDisplayed());
        // and the preview shows both panels beside the plot
        d.switchTo().frame(d.findElement(By.id("builder-frame")));
        waitFor("the panels in the preview", () -> Boolean.TRUE.equals(js("const s = document.querySelector('.side'), i = document.querySelector('.inside');"
                + " return document.body.classList.contains('panels-side') && s.getClientRects().length > 0 && i.getClientRects().length > 0")), 30);
        d.switchTo().defaultContent();
        new Select(d.findElement(By.id("b-start"))).selectByValue("untrained");
        new Select(d.findElement(By.id("b-lang"))).selectByValue("ja");
        new Select(d.findElement(By.id("b-size"))).selectByValue("960x720");
        d.findElement(By.id("b-caption")).sendKeys("Moons & a \"caption\"");
        dialog.findElement(By.cssSelector("input[name=autoHeight]")).click();

        // the frame's title in the embed's language, as the server says it (the builder asks it once)
        waitFor("the title in Japanese", () -> d.findElement(By.id("out-iframe")).getAttribute("value").contains("title=\"隠れ層のサイズ"), 30);
        String snippet = d.findElement(By.id("out-iframe")).getAttribute("value");
        String oembed = d.findElement(By.id("out-oembed")).getAttribute("value");
        String markdown = d.findElement(By.id("out-markdown")).getAttribute("value");
        String src = (String) js("return document.getElementById('builder-frame').src");
        assertTrue(src.contains("show=loss%2Cdiagram") || src.contains("show=loss,diagram"), src);
        assertTrue(src.contains("controls=all") && src.contains("start=untrained") && src.contains("lang=ja"), src);

        // the iframe the builder writes is the one our oEmbed answer writes for the same link (one template, shared's EmbedCode)
        Map<String, Object> answer = TestServer.json(s.get(oembed.substring(s.url("").length())).body());
        String served = (String) answer.get("html");
        served = served.substring(served.indexOf("<iframe")); // after WordPress's hidden fallback
        String pasted = snippet.substring(0, snippet.indexOf("</iframe>") + 9);
        assertEquals(served.replaceFirst(" width=\"\\d+\" height=\"\\d+\"", ""), pasted.replaceFirst(" width=\"\\d+\" height=\"\\d+\"", ""));
        assertTrue(pasted.contains(" width=\"960\" height=\"720\""), pasted);
        // the Markdown: a picture that stands alone, linking to the model
        String card = markdown.substring(markdown.indexOf("](") + 2, markdown.indexOf(")]("));
        assertEquals(200, s.getBytes(card.substring(s.url("").length())).statusCode());

        // the preview, at the size chosen (scaled to the dialog), as a learner would see it
        d.switchTo().frame(d.findElement(By.id("builder-frame")));
        waitFor("the preview", () -> pass().equals("0 / 200"), 60);
        List<Object> preview = looks();
        d.switchTo().defaultContent();
        assertEquals(List.of("ja", preview.get(1), "Moons & a \"caption\"", true, true, true, true, preview.get(7)), preview);

        // pasted into a course page on another origin
        d.get(host.url("/#" + Html.urlEncode(snippet).replace("+", "%20")));
        waitFor("the frame", () -> !d.findElements(By.tagName("iframe")).isEmpty(), 10);
        WebElement frame = d.findElement(By.tagName("iframe"));
        assertEquals(960, ((Number) js("return arguments[0].getBoundingClientRect().width", frame)).intValue());
        d.switchTo().frame(frame);
        waitFor("the embed", () -> pass().equals("0 / 200"), 60);
        assertEquals(preview, looks(), "the pasted iframe shows what the preview showed");
        long wanted = ((Number) js("const box = document.querySelector('.canvas-box').getBoundingClientRect();"
                + "return Math.ceil(document.body.getBoundingClientRect().height - box.height + box.width * 3 / 4);")).longValue();
        d.switchTo().defaultContent();
        // with "grow to the height it needs", the page's few lines apply the height the embed asks for
        waitFor("the frame to take the height the embed asks", () -> Math.abs(((Number) js("return arguments[0].getBoundingClientRect().height", frame)).longValue() - wanted) <= 2, 10);
        assertNotEquals(720, ((Number) js("return Math.round(arguments[0].getBoundingClientRect().height)", frame)).intValue());
    }
}
