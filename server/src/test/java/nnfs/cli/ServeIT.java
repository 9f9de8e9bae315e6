package nnfs.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.util.Arrays;
import java.util.Map;
import nnfs.model.Json;

/**
 * The packaged server as a user starts it: the printed URL, SIGTERM with a request in flight, restart. Each
 * request in flight is one whose length the test controls (an upload it sends slowly), never one that takes as
 * long as the machine needs, so the tests hold on any machine.
 */
class ServeIT {
    static final Pattern URL = Pattern.compile("nnfs is running at (http://([^/: ]+):(\\d+))/");

    record Started(Process process, String url, String host, int port, List<String> output, Thread reader) {
        /** SIGTERM, as an operator stops it (Process.destroy would also close the pipe the test reads). */
        void sigterm() {
            process.toHandle().destroy();
        }

        /** Waits for the process to end, then its whole output. */
        String waitForExit(int seconds) throws InterruptedException {
            assertTrue(process.waitFor(seconds, TimeUnit.SECONDS), "the server stops within " + seconds + " s; output: " + output);
            reader.join(10_000);
            synchronized (output) {
                return String.join("\n", output);
            }
        }
    }

    static Started serve(Path data, String... options) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                NnfsJarIT.JAR.toString(), "--port", "0", "--data", data.toString()));
        cmd.addAll(List.of(options));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        List<String> output = Collections.synchronizedList(new ArrayList<>());
        String line;
        while ((line = out.readLine()) != null) {
            output.add(line);
            Matcher m = URL.matcher(line);
            if (m.find()) {
                Thread drain = new Thread(() -> out.lines().forEach(output::add));
                drain.setDaemon(true);
                drain.start();
                return new Started(p, m.group(1), m.group(2), Integer.parseInt(m.group(3)), output, drain);
            }
        }
        fail("the server printed no URL; exit " + p.waitFor() + "; output: " + output);
        return null;
    }

    /** An HTTP/1.1 request on a socket of its own, its body sent when and as the test says. */
    static final class SlowRequest implements AutoCloseable {
        final Socket socket;
        final OutputStream out;

        SlowRequest(Started s, String method, String path, int contentLength) throws Exception {
            socket = new Socket(s.host(), s.port());
            socket.setSoTimeout(60_000);
            out = socket.getOutputStream();
            out.write((method + " " + path + " HTTP/1.1\r\nHost: " + s.host() + ":" + s.port() + "\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + contentLength + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
        }

        void send(byte[] part) throws Exception {
            out.write(part);
            out.flush();
        }

        /** The status line and the body. */
        String[] answer() throws Exception {
            InputStream in = socket.getInputStream();
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int end = text.indexOf("\r\n\r\n");
            assertTrue(end > 0, "an HTTP answer, got: " + text);
            return new String[] {text.substring(0, text.indexOf("\r\n")), text.substring(end + 4)};
        }

        @Override
        public void close() throws Exception {
            socket.close();
        }
    }

    static String trainedDocument(Started s, String passes) throws Exception {
        String train = "{\"data\":{\"kind\":\"moons\",\"n\":200,\"noise\":0.2,\"seed\":0},\"hidden\":[3],\"activations\":[\"tanh\"],"
                + "\"training\":{\"passes\":" + passes + ",\"learningRate\":0.01,\"reg\":0.01,\"seed\":0,\"batchSize\":0,\"anneal\":\"none\",\"meanGradients\":false}}";
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(s.url() + "/api/train"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(train)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return r.body();
    }

    @Test
    void sigtermLetsTheRequestInFlightFinishAndTheStoreSurvives(@TempDir Path dir) throws Exception {
        Started a = serve(dir, "--drain-seconds", "30");
        String text = trainedDocument(a, "300");
        // padded with white space (the server stores the document as it reads it), so that the slow upload still
        // comes faster than the server's minimum upload rate
        byte[] doc = (text + " ".repeat(64 * 1024)).getBytes(StandardCharsets.UTF_8);
        String[] answer;
        try (SlowRequest upload = new SlowRequest(a, "POST", "/api/models", doc.length)) {
            // the first half, SIGTERM, then the rest trickled over a second and a half, as a slow client sends it
            int half = doc.length / 2, pieces = 10;
            upload.send(Arrays.copyOf(doc, half));
            Thread.sleep(300);
            a.sigterm();
            for (int k = 0; k < pieces; k++) {
                Thread.sleep(150);
                assertTrue(a.process().isAlive(), "the server waits for the request in flight");
                upload.send(Arrays.copyOfRange(doc, half + (doc.length - half) * k / pieces, half + (doc.length - half) * (k + 1) / pieces));
            }
            answer = upload.answer();
        }
        assertTrue(answer[0].contains(" 201 "), answer[0] + " " + answer[1]);
        String id = (String) ((Map<?, ?>) Json.parse(answer[1])).get("id");
        String output = a.waitForExit(30);
        assertTrue(output.contains("nnfs stopped; the model store is closed"), output);

        Started b = serve(dir);
        try {
            HttpResponse<String> back = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(b.url() + "/api/models/" + id)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, back.statusCode());
            assertEquals(text, back.body(), "stored bit for bit");
        } finally {
            b.sigterm();
            b.waitForExit(30);
        }
    }

    /**
     * With no drain time, work in flight is cancelled at once: the training answers 503 with Retry-After, the
     * server stops, its store is closed and opens again. The training is the largest the budget allows, many
     * times longer than the moment between its last byte and the signal on any machine.
     */
    @Test
    void pastTheDrainTimeWorkIsCancelledWith503AndTheStoreStillCloses(@TempDir Path dir) throws Exception {
        Started a = serve(dir, "--drain-seconds", "0");
        String saved = trainedDocument(a, "10");
        byte[] big = ("{\"data\":{\"kind\":\"moons\",\"n\":200,\"noise\":0.2,\"seed\":0},\"hidden\":[50],\"activations\":[\"tanh\"],"
                + "\"training\":{\"passes\":39000,\"learningRate\":0.01,\"reg\":0.01,\"seed\":0,\"batchSize\":0,\"anneal\":\"none\",\"meanGradients\":false}}")
                .getBytes(StandardCharsets.UTF_8);
        String[] answer;
        try (SlowRequest train = new SlowRequest(a, "POST", "/api/train", big.length)) {
            train.send(big);
            Thread.sleep(300);
            a.sigterm();
            answer = train.answer();
        }
        assertTrue(answer[0].contains(" 503 "), answer[0] + " " + answer[1]);
        assertTrue(answer[1].contains("the server is stopping"), answer[1]);
        String output = a.waitForExit(30);
        assertTrue(output.contains("nnfs stopped; the model store is closed"), output);

        Started b = serve(dir);
        try {
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(b.url() + "/api/models"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(saved)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(201, r.statusCode(), "the store opens and takes models after the cancelled stop: " + r.body());
        } finally {
            b.sigterm();
            b.waitForExit(30);
        }
    }

    /** Listening on every interface, the server cannot know its public address from requests: it says to give one. */
    @Test
    void listeningOnAllInterfacesAsksForThePublicUrl(@TempDir Path dir) throws Exception {
        Started a = serve(dir, "--host", "0.0.0.0");
        a.sigterm();
        String output = a.waitForExit(30);
        assertTrue(output.contains("give the address others reach it by with --public-url"), output);
        Started b = serve(dir, "--host", "0.0.0.0", "--public-url", "https://nnfs.example.org");
        b.sigterm();
        assertFalse(b.waitForExit(30).contains("--public-url"), "no warning once the address is given");
    }
}
