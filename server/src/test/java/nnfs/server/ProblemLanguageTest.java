package nnfs.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import nnfs.text.Msg;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A refusal the engine's catalogue says is answered in the client's language, with the message's key. */
class ProblemLanguageTest {
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
}
