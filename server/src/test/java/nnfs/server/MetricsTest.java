package nnfs.server;

import static org.junit.jupiter.api.Assertions.*;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import nnfs.server.store.JdbcModelStore;
import nnfs.server.store.ModelStore;

/** GET /metrics with serve --metrics: Prometheus' text format, counting what the server did; without it, 404. */
class MetricsTest {
    static double value(String text, String series) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(series) + " ([0-9.eE+-]+)$").matcher(text);
        assertTrue(m.find(), series + " in\n" + text);
        return Double.parseDouble(m.group(1));
    }

    @Test
    void theServerCountsItsRequestsWorkAndQueues(@TempDir Path dir) throws Exception {
        ModelStore store = JdbcModelStore.sqlite(dir);
        try (TestServer s = new TestServer(store, settings -> {
            settings.postsPerMinute = 1000;
            settings.metrics = true;
        })) {
            String doc = TestServer.trainedDocument("metrics", 3, 100);
            String id = (String) TestServer.json(s.postJson("/api/models", doc).body()).get("id");
            for (int i = 0; i < 3; i++) assertEquals(200, s.get("/api/models/" + id).statusCode());
            assertEquals(200, s.getBytes("/api/models/" + id + "/boundary.png?w=300&h=200").statusCode());
            assertEquals(404, s.get("/api/models/AAAAAAAAAAAAAAAAAAAAAA").statusCode());
            HttpResponse<String> m = s.get("/metrics");
            assertEquals(200, m.statusCode());
            assertTrue(m.headers().firstValue("Content-Type").orElse("").startsWith("text/plain; version=0.0.4"));
            String text = m.body();
            assertEquals(3, value(text, "nnfs_http_requests_seconds_count{method=\"GET\",route=\"/api/models/{id}\",status=\"200\"}"));
            assertEquals(1, value(text, "nnfs_http_requests_seconds_count{method=\"GET\",route=\"/api/models/{id}\",status=\"404\"}"));
            assertEquals(1, value(text, "nnfs_http_requests_seconds_count{method=\"POST\",route=\"/api/models\",status=\"201\"}"));
            assertEquals(1, value(text, "nnfs_work_seconds_count{kind=\"replay\",outcome=\"ok\"}"));
            assertEquals(1, value(text, "nnfs_work_seconds_count{kind=\"render\",outcome=\"ok\"}"));
            assertEquals(0, value(text, "nnfs_training_slots_waiting"));
            assertFalse(text.contains(id), "no model id becomes a series");
        }
    }

    @Test
    void withoutTheFlagThereAreNoMetrics(@TempDir Path dir) throws Exception {
        try (TestServer s = TestServer.sqlite(dir)) {
            ServerTest.assertProblem(s.get("/metrics"), 404, "start the server with --metrics");
        }
    }
}
