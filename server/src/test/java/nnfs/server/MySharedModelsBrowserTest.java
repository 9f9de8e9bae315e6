package nnfs.server;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import nnfs.server.http.Html;

/** The owner of a shared model: this browser remembers what it shared, with the token, and deletes it for good. */
class MySharedModelsBrowserTest extends PageTest {

    static String pass() {
        return d.findElement(By.id("v-pass")).getText();
    }

    @Test
    void theBrowserRemembersWhatItSharedAndDeletesItEverywhere() throws Exception {
        d.get(s.url("/#passes=200"));
        waitFor("the page", () -> pass().equals("0 / 200"), 60);
        assertFalse(d.findElement(By.id("my-models")).isDisplayed(), "no list before anything is shared");
        d.findElement(By.id("b-end")).click();
        waitFor("the run's end", () -> pass().equals("200 / 200"), 60);
        js("document.getElementById('b-share').scrollIntoView({block: 'center'})");
        Thread.sleep(300);
        d.findElement(By.id("b-share")).click();
        waitFor("the share link", () -> d.findElement(By.id("share-link")).getAttribute("value").startsWith(s.url("/m/")), 30);
        String link = d.findElement(By.id("share-link")).getAttribute("value");
        String id = link.substring(link.lastIndexOf('/') + 1);
        String token = d.findElement(By.id("share-token")).getAttribute("value");
        assertTrue(token.length() >= 32, "the delete token is shown: " + token);
        assertEquals(js("return nnfsApp.strings.en.tokenRemembered"), d.findElement(By.id("share-token-note")).getText());
        String title = (String) TestServer.json(s.get("/oembed?url=" + Html.urlEncode(link)).body()).get("title");

        // a new visit: the list is still there, with the model's title, and its link opens it
        d.get(s.url("/"));
        waitFor("the page", () -> pass().equals("0 / 20000"), 60);
        WebElement box = d.findElement(By.id("my-models"));
        assertTrue(box.isDisplayed());
        box.findElement(By.tagName("summary")).click();
        List<WebElement> items = box.findElements(By.tagName("li"));
        assertEquals(1, items.size());
        WebElement a = items.get(0).findElement(By.tagName("a"));
        assertEquals(title, a.getText());
        assertEquals(link, a.getAttribute("href"));
        // told apart from another model of the same title: the start of its id beside its date and time
        String when = items.get(0).findElement(By.className("date")).getText();
        assertTrue(when.endsWith(" · " + id.substring(0, 6)) && when.matches(".*\\d{1,2}:\\d{2}.*"), when);

        // the server keeps it until the owner deletes it: then it is gone from every route, and from this browser
        assertEquals(200, s.get("/api/models/" + id).statusCode());
        waitFor("the model in the offline copy", () -> Boolean.TRUE.equals(d.executeAsyncScript("const cb = arguments[0];"
                + "fetch('/api/models/" + id + "').then(() => caches.open('nnfs-models')).then(c => c.match('/api/models/" + id + "')).then(r => cb(!!r), () => cb(false));")), 20);
        items.get(0).findElement(By.cssSelector("button.danger")).click();
        String question = d.switchTo().alert().getText();
        assertTrue(question.contains(title), question);
        d.switchTo().alert().accept();
        waitFor("the deletion", () -> box.findElement(By.cssSelector("[role=status]")).getText().startsWith("Deleted"), 20);
        assertEquals(0, box.findElements(By.tagName("li")).size(), "forgotten here");
        for (String route : List.of("/api/models/" + id, "/api/models/" + id + "/boundary.png", "/m/" + id, "/embed/" + id)) {
            assertEquals(404, s.getBytes(route).statusCode(), route);
        }
        assertEquals(Boolean.FALSE, d.executeAsyncScript("const cb = arguments[0];"
                + "caches.open('nnfs-models').then(c => c.match('/api/models/" + id + "')).then(r => cb(!!r), () => cb(true));"), "dropped from the offline copy");
        // the token is spent: the model cannot come back, and a second delete says it is gone
        Map<String, Object> again = TestServer.json(s.delete("/api/models/" + id, token).body());
        assertEquals(404.0, again.get("status"));

        // its link, followed now, says in words that it is gone (no app training something else in its place)
        d.get(link);
        assertTrue(d.findElement(By.tagName("h1")).getText().contains("not here"), d.getPageSource());
        assertTrue(d.findElement(By.tagName("body")).getText().contains("no model with id " + id));
        assertTrue(d.findElements(By.id("boundary")).isEmpty());
    }
}
