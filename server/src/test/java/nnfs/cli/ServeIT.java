package nnfs.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged server as a user starts it: the printed URL, a saved model, SIGTERM with a request in flight, restart. */
class ServeIT {
    static final Pattern URL = Pattern.compile("nnfs is running at (http://[^/ ]+)/");

    record Started(Process process, String url) {}

    static Started serve(Path data) throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                NnfsJarIT.JAR.toString(), "--port", "0", "--data", data.toString()).redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null) {
            Matcher m = URL.matcher(line);
            if (m.find()) {
                Thread drain = new Thread(() -> out.lines().forEach(l -> { }));
                drain.setDaemon(true);
                drain.start();
                return new Started(p, m.group(1));
            }
        }
        fail("the server printed no URL; exit " + p.waitFor());
        return null;
    }

    @Test
    void sigtermLetsTheRequestInFlightFinishAndTheStoreSurvives(@TempDir Path dir) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        Started a = serve(dir);
        String train = "{\"data\":{\"kind\":\"moons\",\"n\":200,\"noise\":0.2,\"seed\":0},\"hidden\":[3],\"activations\":[\"tanh\"],"
                + "\"training\":{\"passes\":20000,\"learningRate\":0.01,\"reg\":0.01,\"seed\":0,\"batchSize\":0,\"anneal\":\"none\",\"meanGradients\":false}}";
        HttpResponse<String> saved = http.send(HttpRequest.newBuilder(URI.create(a.url() + "/api/train?save=true"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(train)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, saved.statusCode(), saved.body());
        String id = saved.headers().firstValue("Nnfs-Id").orElseThrow();
        // a slow request (the seven-panel figure trains seven networks), then SIGTERM while it runs
        CompletableFuture<HttpResponse<byte[]>> slow = http.sendAsync(HttpRequest.newBuilder(URI.create(a.url()
                + "/api/figures/article/hidden-sizes.png")).build(), HttpResponse.BodyHandlers.ofByteArray());
        Thread.sleep(1500);
        a.process().destroy(); // SIGTERM
        HttpResponse<byte[]> r = slow.get(60, TimeUnit.SECONDS);
        assertEquals(200, r.statusCode(), new String(r.body(), StandardCharsets.UTF_8));
        assertTrue(a.process().waitFor(30, TimeUnit.SECONDS), "the server stops");

        Started b = serve(dir);
        try {
            HttpResponse<String> back = http.send(HttpRequest.newBuilder(URI.create(b.url() + "/api/models/" + id)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, back.statusCode());
            assertEquals(saved.body(), back.body());
        } finally {
            b.process().destroy();
            b.process().waitFor(30, TimeUnit.SECONDS);
        }
    }
}
