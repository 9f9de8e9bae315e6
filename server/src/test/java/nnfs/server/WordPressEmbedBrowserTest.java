package nnfs.server;

import static org.junit.jupiter.api.Assertions.*;

import com.sun.net.httpserver.HttpServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import nnfs.server.http.Html;

/**
 * A share link pasted in a WordPress post: WordPress (6.1, Debian's package) asks our oEmbed, filters the answer as it
 * does for a provider it does not list, and resizes the frame with its own wp-embed.js when the embed speaks its
 * protocol. Here a course page on another origin holds what WordPress writes, with WordPress's own script.
 */
class WordPressEmbedBrowserTest extends PageTest {

    /** WordPress's wp-embed.js: from its Debian package (installed, or unpacked by .ci/run), or where NNFS_WP_EMBED_JS says. */
    static Path wpEmbedJs() {
        String named = System.getenv("NNFS_WP_EMBED_JS");
        for (String p : named != null ? List.of(named) : List.of("/usr/share/wordpress/wp-includes/js/wp-embed.js", "/var/cache/nnfs/wp-embed.js")) {
            if (Files.isReadable(Path.of(p))) return Path.of(p);
        }
        return fail("WordPress's wp-embed.js is not on this machine: .ci/run unpacks it from Debian's wordpress package"
                + " (apt-get download wordpress; dpkg-deb -x), or set NNFS_WP_EMBED_JS");
    }

    /**
     * What WordPress 6.1 makes of an oEmbed answer's HTML from a provider it does not list (wp_filter_oembed_result in
     * wp-includes/embed.php, ported): kses keeps a blockquote's link and the iframe's size, source and title; the
     * iframe gets a secret in its fragment, is sandboxed, and is hidden until the embed speaks when there is a
     * blockquote to fall back on, which WordPress marks as its own embedded content.
     */
    static String asWordPressWritesIt(String html, String secret) {
        html = html.replaceAll("<blockquote[^>]*>", "<blockquote>");
        Matcher iframe = Pattern.compile("<iframe([^>]*)>").matcher(html);
        assertTrue(iframe.find(), html);
        StringBuilder kept = new StringBuilder("<iframe");
        Matcher attr = Pattern.compile(" ([a-z-]+)=\"([^\"]*)\"").matcher(iframe.group(1));
        while (attr.find()) {
            if (List.of("src", "width", "height", "frameborder", "marginwidth", "marginheight", "scrolling", "title").contains(attr.group(1))) {
                kept.append(attr.group(0));
            }
        }
        html = html.substring(0, iframe.start()) + kept + ">" + html.substring(iframe.end());
        Matcher parts = Pattern.compile("(<blockquote>.*?</blockquote>)?.*(<iframe.*?></iframe>)", Pattern.DOTALL).matcher(html);
        assertTrue(parts.find() && parts.group(2) != null, "WordPress requires the iframe: " + html);
        html = (parts.group(1) == null ? "" : parts.group(1)) + parts.group(2);
        Matcher src = Pattern.compile(" src=([\"'])(.*?)\\1").matcher(html);
        assertTrue(src.find());
        html = html.replace(src.group(0), " src=\"" + src.group(2) + "#?secret=" + secret + "\" data-secret=\"" + secret + "\"");
        html = html.replace("<blockquote", "<blockquote data-secret=\"" + secret + "\"");
        if (parts.group(1) != null) {
            html = html.replace("<iframe", "<iframe style=\"position: absolute; clip: rect(1px, 1px, 1px, 1px);\"");
            html = html.replace("<blockquote", "<blockquote class=\"wp-embedded-content\"");
        }
        return html.replace("<iframe", "<iframe class=\"wp-embedded-content\" sandbox=\"allow-scripts\" security=\"restricted\"");
    }

    @Test
    void wordPressResizesTheFrameToTheHeightTheEmbedAsksFor() throws Exception {
        String script = Files.readString(wpEmbedJs());
        String id = (String) TestServer.json(s.postJson("/api/models", TestServer.trainedDocument("In a WordPress post", 3, 300)).body()).get("id");
        for (String show : new String[] {"", "?show=loss,diagram"}) {
            // a 500 px column, as WordPress asks (wp_embed_defaults: the content width, and 1.5 times it at most)
            String link = s.url("/m/" + id + show);
            Map<String, Object> answer = TestServer.json(s.get("/oembed?url=" + Html.urlEncode(link) + "&maxwidth=500&maxheight=750&format=json").body());
            String post = asWordPressWritesIt((String) answer.get("html"), "Ab3dE5gH7j");
            assertTrue(post.startsWith("<blockquote class=\"wp-embedded-content\" data-secret=\"Ab3dE5gH7j\">"), "WordPress keeps the fallback: " + post);
            String page = "<!doctype html><html><head><title>a post</title></head><body><div style=\"width:500px\">" + post
                    + "</div><script>window.heights = []; addEventListener('message', e => { if (e.data && e.data.type === 'nnfs:resize') heights.push(e.data.height); });</script>"
                    + "<script>" + script + "</script></body></html>";
            HttpServer wordpress = HostPage.serve("localhost", page);
            try {
                d.get("http://localhost:" + wordpress.getAddress().getPort() + "/a-post/");
                WebElement frame = d.findElement(By.cssSelector("iframe.wp-embedded-content"));
                // the embed speaks: WordPress shows the frame, hides the fallback and gives the frame the height asked
                waitFor("the frame shown", () -> frame.getAttribute("style") == null || frame.getAttribute("style").isEmpty(), 30);
                waitFor("the height the embed asks for", () -> {
                    Object asked = js("return window.heights.length ? window.heights[window.heights.length - 1] : null");
                    return asked != null && Integer.parseInt(frame.getAttribute("height")) == Math.max(200, Math.min(1000, ((Number) asked).intValue()));
                }, 30);
                assertFalse(d.findElement(By.cssSelector("blockquote.wp-embedded-content")).isDisplayed());
                long asked = ((Number) js("return window.heights[window.heights.length - 1]")).longValue();
                assertTrue(asked > 200, "a real height: " + asked);
                // the plot at the column's width, uncut: the frame's height leaves it its 4:3 (within a few pixels)
                d.switchTo().frame(frame);
                waitFor("the plot", () -> Boolean.TRUE.equals(js("return !!(window.nnfsApp && nnfsApp.points())")), 30);
                @SuppressWarnings("unchecked")
                List<Number> plot = (List<Number>) js("const r = document.getElementById('boundary').getBoundingClientRect(); return [r.width, r.height, innerHeight]");
                d.switchTo().defaultContent();
                assertEquals(plot.get(0).doubleValue() * 3 / 4, plot.get(1).doubleValue(), 3, "the plot keeps 4:3 at the frame's width: " + plot);
            } finally {
                wordpress.stop(0);
            }
        }
    }
}
