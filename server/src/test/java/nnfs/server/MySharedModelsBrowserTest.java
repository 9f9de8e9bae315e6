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
        // sharing asks for a title first, offering the automatic one; a cancel shares nothing
        js("document.getElementById('b-share').scrollIntoView({block: 'center'}); document.getElementById('b-share').click()");
        waitFor("the title form", () -> d.findElement(By.id("share-title")).getAttribute("value").equals("Hidden layer size 3"), 20);
        assertEquals("share-title", js("return document.activeElement.id"), "the title is ready to be typed over");
        d.findElement(By.id("b-share-cancel")).click();
        assertFalse(d.findElement(By.id("share-box")).isDisplayed(), "nothing shared");
        Browser.share(d, "Moons for class 3B");
        waitFor("the share link", () -> d.findElement(By.id("share-link")).getAttribute("value").startsWith(s.url("/m/")), 30);
        String link = d.findElement(By.id("share-link")).getAttribute("value");
        String id = link.substring(link.lastIndexOf('/') + 1);
        String token = d.findElement(By.id("share-token")).getAttribute("value");
        assertTrue(token.length() >= 32, "the delete token is shown: " + token);
        assertEquals(js("return nnfsApp.strings.en.tokenRemembered"), d.findElement(By.id("share-token-note")).getText());
        String title = (String) TestServer.json(s.get("/oembed?url=" + Html.urlEncode(link)).body()).get("title");
        assertTrue(title.startsWith("Moons for class 3B — "), title);

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

    /** A model shared from another browser is deleted here with its link and token; what is wrong is said. */
    @Test
    void aModelIsDeletedFromAnyBrowserWithItsLinkAndToken() throws Exception {
        // shared elsewhere: this browser has never seen it
        Map<String, Object> saved = TestServer.json(s.postJson("/api/models", TestServer.trainedDocument("elsewhere", 3, 300)).body());
        String link = (String) saved.get("url"), token = (String) saved.get("deleteToken"), id = (String) saved.get("id");
        d.get(s.url("/#passes=200"));
        waitFor("the page", () -> pass().equals("0 / 200"), 60);
        WebElement box = d.findElement(By.id("delete-elsewhere"));
        js("arguments[0].scrollIntoView({block: 'center'})", box);
        box.findElement(By.tagName("summary")).click();
        WebElement linkField = d.findElement(By.id("f-delete-link")), tokenField = d.findElement(By.id("f-delete-token"));
        WebElement status = d.findElement(By.id("m-delete")), submit = box.findElement(By.cssSelector("button[type=submit]"));
        linkField.sendKeys("https://example.org/somewhere");
        submit.click();
        assertTrue(status.getText().startsWith("This is not a link to a shared model"), status.getText());
        linkField.clear();
        linkField.sendKeys(link);
        submit.click();
        assertEquals("Paste the delete token as well.", status.getText());
        tokenField.sendKeys("x".repeat(43));
        submit.click();
        d.switchTo().alert().accept();
        waitFor("the refusal", () -> status.getText().startsWith("Could not delete"), 20);
        assertTrue(status.getText().contains("token"), status.getText());
        assertEquals(200, s.get("/api/models/" + id).statusCode(), "a wrong token deletes nothing");
        tokenField.clear();
        tokenField.sendKeys(token);
        submit.click();
        d.switchTo().alert().accept();
        waitFor("the deletion", () -> status.getText().startsWith("Deleted"), 20);
        assertEquals(404, s.get("/api/models/" + id).statusCode());
        // again: there is nothing left to delete, and it is not called deleted
        submit.click();
        d.switchTo().alert().accept();
        waitFor("the answer", () -> status.getText().startsWith("Could not delete"), 20);
    }
}
