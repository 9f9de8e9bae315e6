package nnfs.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import nnfs.text.Msg;
import nnfs.text.UiText;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the server says in words is in its reader's language (?lang=, else Accept-Language; English otherwise): a
 * refusal of the engine's catalogue, with the message's key; a stored model's titles, its share page and its card.
 */
class ReadersLanguageTest {
    static TestServer s;

    @BeforeAll
    static void start(@TempDir Path dir) {
        s = TestServer.sqlite(dir);
    }

    @AfterAll
    static void stop() {
        s.close();
    }

    private static HttpResponse<String> get(String path, String acceptLanguage) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(s.url(path)));
        if (acceptLanguage != null) b.header("Accept-Language", acceptLanguage);
        return s.http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aSettingOutOfRangeIsSaidInTheClientsLanguage() throws Exception {
        String expectedEn = Msg.SETTING_RANGE.format("en", "n", "1", String.valueOf(nnfs.Limits.MAX_POINTS), "0");
        String expectedJa = Msg.SETTING_RANGE.format("ja", "n", "1", String.valueOf(nnfs.Limits.MAX_POINTS), "0");
        HttpResponse<String> en = get("/api/datasets/moons?n=0", null);
        assertEquals(400, en.statusCode());
        Map<String, Object> p = TestServer.json(en.body());
        assertEquals(expectedEn, p.get("detail"));
        assertEquals("SETTING_RANGE", p.get("key"));
        assertEquals("en", en.headers().firstValue("Content-Language").orElse(""));

        for (String header : new String[] {"ja", "ja-JP,en;q=0.8", "fr, ja;q=0.9, en;q=0.1"}) {
            HttpResponse<String> ja = get("/api/datasets/moons?n=0", header);
            Map<String, Object> q = TestServer.json(ja.body());
            assertEquals(expectedJa, q.get("detail"), header);
            assertEquals("SETTING_RANGE", q.get("key"), "the key is the same in every language");
            assertEquals("ja", ja.headers().firstValue("Content-Language").orElse(""), header);
        }
        // ?lang= wins over the header; a language the catalogue lacks is English
        assertEquals(expectedJa, TestServer.json(get("/api/datasets/moons?n=0&lang=ja", "en").body()).get("detail"));
        assertEquals(expectedEn, TestServer.json(get("/api/datasets/moons?n=0", "fr-FR").body()).get("detail"));
        assertEquals(expectedEn, TestServer.json(get("/api/datasets/moons?n=0", "ja;q=0").body()).get("detail"), "q=0 means not this one");
    }

    /**
     * The app and /article come in their reader's language from the first byte (the build writes each page in every
     * language): laid out in English and then translated by the script, the Japanese page shifted (CLS 0.27).
     */
    @Test
    void theAppAndTheArticleArriveInTheReadersLanguage() throws Exception {
        for (String[] page : new String[][] {{"/", "title"}, {"/article", "a_title"}}) {
            UiText heading = UiText.byKey(page[1]);
            HttpResponse<String> ja = get(page[0], "ja-JP,en;q=0.5"), en = get(page[0], null), asked = get(page[0] + "?lang=ja", "en");
            for (HttpResponse<String> r : java.util.List.of(ja, en, asked)) assertEquals(200, r.statusCode(), page[0]);
            assertTrue(ja.body().contains("<html lang=\"ja\">"), page[0]);
            assertTrue(ja.body().contains(">" + heading.format("ja") + "</h1>"), page[0] + " heading in Japanese");
            assertTrue(ja.body().contains("aria-label=\"" + UiText.byKey(page[0].equals("/") ? "kind" : "a_equations").format("ja") + "\""),
                    page[0] + ": the attributes' texts too");
            assertEquals(ja.body(), asked.body(), "?lang= wins over the header");
            assertTrue(en.body().contains("<html lang=\"en\">") && en.body().contains(">" + heading.format("en") + "</h1>"), page[0]);
            assertEquals("Accept-Language", ja.headers().firstValue("Vary").orElse(""), "a cache keeps one copy per language");
            // every text key filled: none of the English page's paragraphs is left in the Japanese one
            assertFalse(ja.body().contains(UiText.byKey(page[0].equals("/") ? "subtitle" : "a_subtitle").format("en")), page[0]);
        }
    }

    /** One request the server refuses for a reason of its own (not the engine's), and the message it must say. */
    private record Refusal(String method, String path, String contentType, String body, int status, Msg key) {}

    @Test
    void theServersOwnRefusalsAreSaidInJapaneseWithTheirKeys() throws Exception {
        String someId = "AAAAAAAAAAAAAAAAAAAAAA";
        String heavy = "{\"data\":{\"kind\":\"moons\",\"n\":5000,\"noise\":0.2,\"seed\":0},\"hidden\":[50,50,50],\"activations\":[\"tanh\",\"tanh\",\"tanh\"],"
                + "\"training\":{\"passes\":1000000,\"learningRate\":0.01,\"reg\":0.01,\"seed\":0,\"batchSize\":0,\"anneal\":\"none\",\"meanGradients\":false}}";
        Refusal[] refusals = {
            new Refusal("GET", "/api/nothing-here", null, null, 404, Msg.NOTHING_AT),
            new Refusal("PUT", "/api/models", "application/json", "{}", 405, Msg.METHOD_NOT_ALLOWED_LIST),
            new Refusal("GET", "/api/models/short", null, null, 404, Msg.NOT_AN_ID),
            new Refusal("GET", "/api/models/" + someId, null, null, 404, Msg.NO_MODEL),
            new Refusal("DELETE", "/api/models/" + someId, null, null, 403, Msg.NO_DELETE_TOKEN),
            new Refusal("POST", "/api/models", "text/plain", "{}", 415, Msg.NOT_JSON),
            new Refusal("POST", "/api/models", "application/json", "{\"title\":\"" + "x".repeat(300_000) + "\"}", 413, Msg.BODY_TOO_LARGE_DECLARED),
            new Refusal("POST", "/api/train", "application/json", heavy, 422, Msg.TRAIN_BUDGET),
            new Refusal("GET", "/api/datasets/moons/picture.png?w=wide", null, null, 400, Msg.PIXELS_WHOLE),
            new Refusal("GET", "/api/datasets/moons/picture.png?w=5", null, null, 400, Msg.PIXELS_RANGE),
            new Refusal("GET", "/api/figures/article/nope.png", null, null, 404, Msg.NO_FIGURE),
            new Refusal("GET", "/oembed", null, null, 400, Msg.OEMBED_NO_URL),
            new Refusal("GET", "/oembed?url=x&format=xml", null, null, 501, Msg.OEMBED_FORMAT),
            new Refusal("GET", "/oembed?url=https://example.org/", null, null, 404, Msg.OEMBED_NOT_MODEL),
            new Refusal("GET", "/metrics", null, null, 404, Msg.METRICS_OFF),
        };
        for (Refusal r : refusals) {
            for (String lang : Msg.LANGUAGES) {
                HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(s.url(r.path))).header("Accept-Language", lang);
                if (r.contentType != null) b.header("Content-Type", r.contentType);
                b.method(r.method, r.body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(r.body));
                HttpResponse<String> a = s.http.send(b.build(), HttpResponse.BodyHandlers.ofString());
                String what = r.method + " " + r.path.substring(0, Math.min(60, r.path.length())) + " in " + lang + ": " + a.body();
                assertEquals(r.status, a.statusCode(), what);
                Map<String, Object> p = TestServer.json(a.body());
                assertEquals(r.key.name(), p.get("key"), what);
                assertEquals(lang, a.headers().firstValue("Content-Language").orElse(""), what);
                String detail = (String) p.get("detail"), title = (String) p.get("title");
                // the catalogue's template with its arguments filled in: the text around the arguments is the template's
                String[] fixed = r.key.template(lang).split("\\{\\d\\}");
                for (String part : fixed) assertTrue(detail.contains(part), what + " lacks '" + part + "'");
                assertEquals(lang.equals("ja"), hasJapanese(detail) && hasJapanese(title), what);
            }
        }
    }

    private static boolean hasJapanese(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HIRAGANA
                || Character.UnicodeScript.of(c) == Character.UnicodeScript.KATAKANA || Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    @Test
    void aTrainingRequestTheEngineRefusesIsSaidInJapaneseToo() throws Exception {
        String r = "{\"data\":{\"kind\":\"moons\",\"n\":1,\"noise\":0.2,\"seed\":0,\"testFraction\":0.1,\"splitSeed\":0},\"hidden\":[3],"
                + "\"activations\":[\"tanh\"],\"training\":{\"passes\":10,\"learningRate\":0.01,\"reg\":0.01,\"seed\":0,\"batchSize\":0,"
                + "\"anneal\":\"none\",\"meanGradients\":false}}";
        HttpResponse<String> ja = s.http.send(HttpRequest.newBuilder(URI.create(s.url("/api/train"))).header("Content-Type", "application/json")
                .header("Accept-Language", "ja").POST(HttpRequest.BodyPublishers.ofString(r)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(422, ja.statusCode(), ja.body());
        Map<String, Object> p = TestServer.json(ja.body());
        assertEquals("SPLIT_EMPTY", p.get("key"), ja.body());
        assertTrue(((String) p.get("detail")).contains("テストデータ"), ja.body());
    }

    @Test
    void aModelsTitlesPageAndCardAreInTheReadersLanguage() throws Exception {
        String doc = TestServer.trainedDocument("", 3, 100);
        HttpResponse<String> saved = s.http.send(HttpRequest.newBuilder(URI.create(s.url("/api/models?lang=ja"))).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(doc)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, saved.statusCode(), saved.body());
        Map<String, Object> answer = TestServer.json(saved.body());
        String id = (String) answer.get("id");
        assertTrue(((String) answer.get("title")).startsWith("隠れ層のサイズ 3 — 損失 "), (String) answer.get("title"));

        String ja = get("/m/" + id + "?lang=ja", null).body(), en = get("/m/" + id, "en-GB").body();
        assertTrue(ja.contains("<title>隠れ層のサイズ 3 — 損失 "), ja.substring(0, 600));
        assertTrue(ja.contains("/m/" + id + "/card.png?lang=ja\""), "the Japanese page's card is the Japanese one");
        assertTrue(ja.contains("moons(n=200, noise=0.2, seed=0) で学習した隠れ層のサイズ 3"), "og:description");
        assertTrue(en.contains("<title>Hidden layer size 3 — loss "), en.substring(0, 600));
        assertTrue(en.contains("/m/" + id + "/card.png\""));
        assertTrue(get("/m/" + id, "ja,en;q=0.5").body().contains("<title>隠れ層のサイズ 3"), "Accept-Language");
        // the summary without scripts names the settings in the page's own words (the one catalogue's UiText)
        for (UiText label : new UiText[] {UiText.LEARNING_RATE, UiText.REG, UiText.PASSES, UiText.LOSS, UiText.ACCURACY}) {
            assertTrue(ja.contains("<th>" + label.format("ja") + "</th>"), label + " in Japanese");
            assertTrue(en.contains("<th>" + label.format("en") + "</th>"), label + " in English");
        }
        assertTrue(ja.contains("alt=\"" + UiText.BOUNDARY.format("ja") + "\""), "the picture's text alternative");

        // the card: the same picture and numbers, the words in the language asked
        HttpResponse<byte[]> cardJa = s.getBytes("/m/" + id + "/card.png?lang=ja"), cardEn = s.getBytes("/m/" + id + "/card.png?lang=en");
        assertEquals(200, cardJa.statusCode());
        assertFalse(Arrays.equals(cardJa.body(), cardEn.body()), "the Japanese card has other words");
        assertNotEquals(cardJa.headers().firstValue("ETag"), cardEn.headers().firstValue("ETag"));
        // and its words can be drawn: the server's fonts have Japanese (.ci/run installs fonts-noto-cjk; deploying.md says so)
        assertEquals(-1, new Font(Font.SANS_SERIF, Font.BOLD, 34).canDisplayUpTo("隠れ層のサイズ 損失 正解率 テスト正解率"),
                "no font with Japanese glyphs: the Japanese card would show boxes");

        // oEmbed: the consumer's language, unless the link names the embed's own
        String link = s.url("/m/" + id);
        assertTrue(((String) TestServer.json(get("/oembed?url=" + java.net.URLEncoder.encode(link, "UTF-8"), "ja").body()).get("title")).startsWith("隠れ層のサイズ 3"));
        assertTrue(((String) TestServer.json(get("/oembed?url=" + java.net.URLEncoder.encode(link + "?lang=en", "UTF-8"), "ja").body()).get("title"))
                .startsWith("Hidden layer size 3"));
    }
}
