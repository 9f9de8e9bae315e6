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

    /** With one training slot, a second training is told to come back; the first is the largest the budget allows. */
    @Test
    void serverTrainingsAreCappedAndTheRestToldToComeBack(@TempDir Path dir) throws Exception {
        String slow = "{\"data\":{\"kind\":\"moons\",\"n\":200,\"noise\":0.2,\"seed\":0},\"hidden\":[50],\"activations\":[\"tanh\"],"
                + "\"training\":{\"passes\":39000,\"learningRate\":0.01,\"reg\":0.01,\"seed\":0,\"batchSize\":0,\"anneal\":\"none\",\"meanGradients\":false}}";
        try (TestServer s = new TestServer(JdbcModelStore.sqlite(dir), 100, 1)) {
            var first = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                try {
                    return s.postJson("/api/train", slow);
                } catch (Exception e) {
                    throw new RuntimeException(e);
                }
            });
            Thread.sleep(500);
            HttpResponse<String> second = s.postJson("/api/train", slow);
            assertEquals(503, second.statusCode(), second.body());
            assertTrue(second.headers().firstValue("Retry-After").isPresent());
            assertTrue(((String) TestServer.json(second.body()).get("detail")).contains("training slots are busy"));
            assertEquals(200, first.get().statusCode());
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

    /**
     * A training whose client has gone stops: with one training slot, the largest training the budget allows is
     * posted and its connection closed; a second training then gets the slot within its wait instead of a 503.
     */
    @Test
    void aTrainingStopsWhenItsClientDisconnects(@TempDir Path dir) throws Exception {
        String big = "{\"data\":{\"kind\":\"moons\",\"n\":200,\"noise\":0.2,\"seed\":0},\"hidden\":[50],\"activations\":[\"tanh\"],"
                + "\"training\":{\"passes\":39000,\"learningRate\":0.01,\"reg\":0.01,\"seed\":0,\"batchSize\":0,\"anneal\":\"none\",\"meanGradients\":false}}";
        String small = big.replace("\"hidden\":[50]", "\"hidden\":[3]").replace("39000", "100");
        try (TestServer s = new TestServer(JdbcModelStore.sqlite(dir), 100, 1)) {
            byte[] body = big.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            try (java.net.Socket socket = new java.net.Socket("127.0.0.1", s.server.port())) {
                socket.getOutputStream().write(("POST /api/train HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: "
                        + body.length + "\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                socket.getOutputStream().write(body);
                socket.getOutputStream().flush();
                Thread.sleep(1000); // the training has its slot
            } // the client goes
            HttpResponse<String> next = s.postJson("/api/train", small);
            assertEquals(200, next.statusCode(), "the slot was freed: " + next.body());
        }
    }
}
