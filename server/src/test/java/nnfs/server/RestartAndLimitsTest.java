package nnfs.server;

import static org.junit.jupiter.api.Assertions.*;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nnfs.server.store.JdbcModelStore;

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

    /**
     * While every training slot is taken, a training and a model to verify are told to come back (503 with
     * Retry-After) after the short wait; once a slot is free they go through. The slots are held by the test itself,
     * not by a training that is hoped to be slow enough.
     */
    @Test
    void serverTrainingsAreCappedAndTheRestToldToComeBack(@TempDir Path dir) throws Exception {
        String small = "{\"data\":{\"kind\":\"moons\",\"n\":200,\"noise\":0.2,\"seed\":0},\"hidden\":[3],\"activations\":[\"tanh\"],"
                + "\"training\":{\"passes\":100,\"learningRate\":0.01,\"reg\":0.01,\"seed\":0,\"batchSize\":0,\"anneal\":\"none\",\"meanGradients\":false}}";
        String doc = TestServer.trainedDocument("", 3, 100);
        try (TestServer s = new TestServer(JdbcModelStore.sqlite(dir), 100, 1)) {
            try (AutoCloseable held = s.server.occupyTrainingSlots()) {
                for (HttpResponse<String> busy : List.of(s.postJson("/api/train", small), s.postJson("/api/models", doc))) {
                    assertEquals(503, busy.statusCode(), busy.body());
                    assertTrue(busy.headers().firstValue("Retry-After").isPresent());
                    assertTrue(((String) TestServer.json(busy.body()).get("detail")).contains("training slots are busy"), busy.body());
                }
                assertEquals(0, s.store.count(), "nothing was stored unverified");
            }
            assertEquals(200, s.postJson("/api/train", small).statusCode());
            assertEquals(201, s.postJson("/api/models", doc).statusCode());
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
            byte[] body = big.getBytes(StandardCharsets.UTF_8);
            try (Socket socket = new Socket("127.0.0.1", s.server.port())) {
                socket.getOutputStream().write(("POST /api/train HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: "
                        + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                socket.getOutputStream().write(body);
                socket.getOutputStream().flush();
                Thread.sleep(1000); // the training has its slot
            } // the client goes
            HttpResponse<String> next = s.postJson("/api/train", small);
            assertEquals(200, next.statusCode(), "the slot was freed: " + next.body());
        }
    }
}
