package nnfs.server;

import static org.junit.jupiter.api.Assertions.*;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RestartAndLimitsTest {

    @Test
    void aSavedModelSurvivesARestartAndStillRenders(@TempDir Path dir) throws Exception {
        String doc = TestServer.trainedDocument("", 4, 500);
        String id;
        try (TestServer s = TestServer.sqlite(dir)) {
            HttpResponse<String> r = s.postJson("/api/models", doc);
            assertEquals(201, r.statusCode());
            id = (String) TestServer.json(r.body()).get("id");
        }
        try (TestServer s = TestServer.sqlite(dir)) {
            assertEquals(doc, s.get("/api/models/" + id).body());
            assertEquals(200, s.getBytes("/api/models/" + id + "/boundary.png").statusCode());
        }
    }

    @Test
    void postsBeyondTheRateLimitAreTold429WithRetryAfter(@TempDir Path dir) throws Exception {
        String doc = TestServer.trainedDocument("", 3, 10);
        try (TestServer s = new TestServer(JdbcModelStore.sqlite(dir), 3)) {
            for (int i = 0; i < 3; i++) assertEquals(201, s.postJson("/api/models", doc).statusCode());
            HttpResponse<String> r = s.postJson("/api/models", doc);
            assertEquals(429, r.statusCode());
            long wait = Long.parseLong(r.headers().firstValue("Retry-After").orElseThrow());
            assertTrue(wait >= 1 && wait <= 60, "Retry-After " + wait);
            Map<String, Object> p = TestServer.json(r.body());
            assertTrue(((String) p.get("detail")).contains("try again in"));
            assertEquals(200, s.get("/").statusCode(), "reading is not limited");
            assertEquals(3, s.store.count());
        }
    }
}
