package nnfs.server;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nnfs.server.store.JdbcModelStore;
import nnfs.text.UiText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * A teacher's whole path in real Chromium: a challenge set from the app, students in their own browsers (English
 * and Japanese) training on it within its limits and submitting, one of them while the server is down (the entry
 * waits in the browser and goes when the server is back), and the board showing every entry as the server scored it.
 */
class ChallengeBrowserTest {
    static String text(ChromeDriver d, String id) {
        return d.findElement(By.id(id)).getText();
    }

    static void waitFor(ChromeDriver d, String what, java.util.function.Supplier<Boolean> ok) {
        Browser.waitFor(d, what, ok, 90);
    }

    /** Sets a form field as a person types it, and leaves it (a change applies at once). */
    static void type(ChromeDriver d, String id, String value) {
        WebElement f = d.findElement(By.id(id));
        Browser.js(d, "arguments[0].scrollIntoView({block: 'center'})", f);
        f.clear();
        f.sendKeys(value);
        Browser.js(d, "arguments[0].dispatchEvent(new Event('change', {bubbles: true}))", f);
    }

    /** A student trains to the end and submits under a name; answers the receipt's text. */
    static String trainAndSubmit(ChromeDriver d, String name, String receiptStart) {
        Browser.js(d, "document.getElementById('b-end').click()");
        waitFor(d, "the run to end", () -> text(d, "v-pass").equals("1500 / 1500"));
        type(d, "ch-name", name);
        d.findElement(By.id("ch-submit")).click();
        waitFor(d, "the receipt", () -> text(d, "ch-result").startsWith(receiptStart));
        return text(d, "ch-result");
    }

    @Test
    void aTeacherSetsAChallengeStudentsSubmitFromTheirBrowsersAndTheBoardShowsEveryEntry(@TempDir Path dir) throws Exception {
        TestServer[] server = {TestServer.sqlite(dir)}; // started again on the same port and file, mid-test
        TestServer s = server[0];
        int port = Integer.parseInt(s.url("").replaceAll(".*:", ""));
        ChromeDriver teacher = Browser.start(), aiko = null, ben = null;
        try {
            // the teacher: circles with 30 % held out, a network of 4 units, and a challenge made of it
            teacher.get(s.url("/#data=circles&test=0.3&hidden=4&passes=1500"));
            waitFor(teacher, "the app", () -> text(teacher, "v-pass").equals("0 / 1500"));
            Browser.js(teacher, "document.getElementById('b-challenge').click()");
            waitFor(teacher, "the challenge form", () -> teacher.findElement(By.id("ch-set-units")).getAttribute("value").equals("4"));
            assertEquals("1500", teacher.findElement(By.id("ch-set-passes")).getAttribute("value"));
            type(teacher, "ch-set-title", "Circles with few units");
            type(teacher, "ch-set-target", "85");
            teacher.findElement(By.cssSelector("#ch-set-form button[type=submit]")).click();
            waitFor(teacher, "the challenge's links", () -> teacher.findElement(By.id("ch-set-links")).isDisplayed());
            String students = teacher.findElement(By.id("ch-set-students")).getAttribute("value");
            String board = teacher.findElement(By.id("ch-set-board")).getAttribute("value");
            String embedCode = teacher.findElement(By.id("ch-set-embed")).getAttribute("value");
            assertTrue(students.matches(".*/c/[A-Za-z0-9_-]{22}"), students);
            assertTrue(board.startsWith(students + "/board#token="), "the token in the fragment: " + board);

            // a student in English: the challenge's data, its goal, its limits said at the field
            aiko = Browser.start();
            ChromeDriver a = aiko;
            a.get(students);
            waitFor(a, "the challenge", () -> text(a, "ch-title").equals("Circles with few units") && text(a, "v-pass").equals("0 / 1500"));
            assertEquals("circles", Browser.js(a, "return nnfsApp.state().data"));
            assertEquals(0.3, ((Number) Browser.js(a, "return nnfsApp.state().test")).doubleValue());
            assertEquals(UiText.CH_GOAL_ACCURACY.format("en", "85"), text(a, "ch-goal"));
            assertFalse(a.findElement(By.id("f-n")).isEnabled(), "the data is the challenge's");
            // the plot's column is taller here (the standing, the test numbers): the loss chart still follows the diagram
            Number gap = (Number) Browser.js(a, "return document.querySelector('.side').getBoundingClientRect().top - document.querySelector('.inside').getBoundingClientRect().bottom");
            assertTrue(gap.doubleValue() <= 20, "the loss chart right under the diagram: " + gap);
            type(a, "f-hidden", "5");
            waitFor(a, "the limit said at the field", () -> text(a, "m-hidden").equals(UiText.CH_UNITS.format("en", 4)));
            type(a, "f-hidden", "3");
            waitFor(a, "a network within the limits", () -> "3".equals(Browser.js(a, "return nnfsApp.state().hidden")));
            String receipt = trainAndSubmit(a, "Aiko", UiText.CH_RECEIPT.format("en", "").substring(0, 10));
            assertTrue(text(a, "ch-standing").contains("goal 85%"), text(a, "ch-standing"));

            // a student in Japanese, another shape within the limits
            ben = Browser.start();
            ChromeDriver b = ben;
            b.get(students + "?lang=ja");
            waitFor(b, "the challenge in Japanese", () -> text(b, "ch-goal").equals(UiText.CH_GOAL_ACCURACY.format("ja", "85")) && text(b, "v-pass").equals("0 / 1500"));
            type(b, "f-hidden", "2,2");
            waitFor(b, "the layers' limit, in Japanese", () -> text(b, "m-hidden").equals(UiText.CH_LAYERS.format("ja", 1)));
            type(b, "f-hidden", "2");
            waitFor(b, "a smaller network", () -> "2".equals(Browser.js(b, "return nnfsApp.state().hidden")));
            trainAndSubmit(b, "Ben", "受け付けました");

            // the students' page in a course page of another origin, with the embed code the teacher was given
            com.sun.net.httpserver.HttpServer course = HostPage.serve("localhost", "<!doctype html><title>course</title><h1>Week 3</h1>" + embedCode);
            try {
                b.get("http://localhost:" + course.getAddress().getPort() + "/");
                b.switchTo().frame(b.findElement(By.tagName("iframe")));
                waitFor(b, "the challenge in the course page's frame", () -> text(b, "ch-title").equals("Circles with few units") && text(b, "v-pass").equals("0 / 1500"));
                b.switchTo().defaultContent();
            } finally {
                course.stop(0);
            }

            // Aiko again while the server is down: kept in her browser, sent when it is back; the page itself, reloaded
            // meanwhile, comes from the browser's copy with the challenge it read before, and trains
            waitFor(a, "the service worker to control the page", () -> Boolean.TRUE.equals(Browser.js(a, "return !!navigator.serviceWorker.controller")));
            s.close();
            type(a, "ch-name", "Aiko");
            a.findElement(By.id("ch-submit")).click();
            waitFor(a, "the entry kept offline", () -> text(a, "ch-result").equals(UiText.CH_PENDING.format("en")));
            a.navigate().refresh();
            waitFor(a, "the challenge, offline", () -> text(a, "ch-title").equals("Circles with few units") && text(a, "v-pass").equals("0 / 1500")
                    && a.findElement(By.id("network")).isDisplayed());
            Browser.js(a, "document.getElementById('b-end').click()");
            waitFor(a, "a run, offline", () -> text(a, "v-pass").equals("1500 / 1500"));
            server[0] = new TestServer(JdbcModelStore.sqlite(dir), cfg -> cfg.port = port);
            waitFor(a, "the kept entry sent", () -> text(a, "ch-result").startsWith(receipt.substring(0, 10)));

            // the board: best first, one row per name, then every entry; the numbers are the server's
            teacher.get(board);
            waitFor(teacher, "the board", () -> teacher.findElements(By.cssSelector("#entries tbody tr")).size() == 2);
            assertEquals(UiText.CH_ENTRIES.format("en", 3, 2, entriesMeeting(server[0], board)), text(teacher, "board-summary"));
            List<Map<String, Object>> api = entries(server[0], board);
            List<WebElement> rows = teacher.findElements(By.cssSelector("#entries tbody tr"));
            double first = Double.parseDouble(rows.get(0).findElements(By.tagName("td")).get(2).getText().replace("%", ""));
            double best = api.stream().mapToDouble(e -> (Double) e.get("testAccuracy")).max().orElseThrow();
            assertEquals(String.format(java.util.Locale.ROOT, "%.1f", 100 * best), String.format(java.util.Locale.ROOT, "%.1f", first));
            teacher.findElement(By.cssSelector("input[name=view][value=all]")).click();
            waitFor(teacher, "every entry", () -> teacher.findElements(By.cssSelector("#entries tbody tr")).size() == 3);
            WebElement thumb = teacher.findElement(By.cssSelector("#entries tbody tr img"));
            waitFor(teacher, "a boundary thumbnail", () -> ((Number) Browser.js(teacher, "return arguments[0].complete ? arguments[0].naturalWidth : 0", thumb)).intValue() == 160);
            assertNotEquals("", teacher.findElement(By.id("spread")).getAttribute("aria-label"));

            // the CSV, as the button saves it (the file's link is caught before the browser saves it)
            Browser.js(teacher, "window.savedCsv = null; const made = URL.createObjectURL; URL.createObjectURL = b => { window.csvBlob = b; return made(b); };"
                    + "HTMLAnchorElement.prototype.click = function () { window.csvBlob.text().then(t => { window.savedCsv = this.download + '\\n' + t; }); };"
                    + "document.getElementById('b-csv').click()");
            waitFor(teacher, "the CSV saved", () -> Browser.js(teacher, "return window.savedCsv") != null);
            String csv = (String) Browser.js(teacher, "return window.savedCsv");
            assertTrue(csv.startsWith("challenge-" + board.replaceAll(".*/c/([^/]+)/board.*", "$1") + ".csv\nname,test_accuracy,"), csv);
            String[] lines = csv.replace("\r", "").split("\n"); // WebDriver hands back CR LF as LF
            assertEquals(3, lines.length - 2, "the file's name, the header, a line for each of the 3 entries: " + csv);

            // in Japanese
            new Select(teacher.findElement(By.id("f-lang"))).selectByValue("ja");
            waitFor(teacher, "the board in Japanese", () -> text(teacher, "board-summary").equals(UiText.CH_ENTRIES.format("ja", 3, 2, entriesMeeting(server[0], board))));

            // deleting Ben's entry
            WebElement benRow = teacher.findElements(By.cssSelector("#entries tbody tr")).stream()
                    .filter(r -> r.getText().contains("Ben")).findFirst().orElseThrow();
            benRow.findElement(By.cssSelector("button.danger")).click();
            teacher.switchTo().alert().accept();
            waitFor(teacher, "the entry gone", () -> teacher.findElements(By.cssSelector("#entries tbody tr")).size() == 2);
            assertEquals(2, entries(server[0], board).size());
        } finally {
            teacher.quit();
            if (aiko != null) aiko.quit();
            if (ben != null) ben.quit();
            server[0].close();
        }
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> entries(TestServer s, String board) throws Exception {
        String id = board.replaceAll(".*/c/([^/]+)/board.*", "$1"), token = board.replaceAll(".*#token=", "");
        var r = s.get("/api/challenges/" + id + "/entries", "Nnfs-Teacher-Token", token);
        assertEquals(200, r.statusCode(), r.body());
        return (List<Map<String, Object>>) TestServer.json(r.body()).get("entries");
    }

    static long entriesMeeting(TestServer s, String board) {
        try {
            return entries(s, board).stream().filter(e -> Boolean.TRUE.equals(e.get("meetsGoal"))).count();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
