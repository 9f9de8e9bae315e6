package nnfs.server;

import static org.junit.jupiter.api.Assertions.*;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nnfs.data.DataSource;
import nnfs.data.Dataset;
import nnfs.model.Json;
import nnfs.model.ModelDocument;
import nnfs.nn.Activation;
import nnfs.nn.Network;
import nnfs.nn.Training;
import nnfs.nn.TrainingSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nnfs.grid.DecisionGrid;
import nnfs.nn.TrainingCost;
import nnfs.server.store.JdbcModelStore;
import nnfs.server.pages.Describe;
import nnfs.server.pictures.Pictures;

/**
 * The server on the open internet: what a hostile or careless client sends. Everything accepted can be drawn, every
 * cost is bounded before the work starts, no request is answered 500, none hangs past the documented timeouts, and
 * no address that the client chose appears in an answer.
 */
class HostileInputTest {
    @TempDir
    static Path dir;
    static TestServer s;
    static String doc;
    static String id;
    /** A challenge on the article's points with a split, its teacher token, and an entry that answers it. */
    static String challenge, cid, teacherToken, entry;

    @BeforeAll
    static void start() throws Exception {
        s = new TestServer(JdbcModelStore.sqlite(dir.resolve("data")), 100_000);
        doc = TestServer.trainedDocument("hostile", 3, 200);
        HttpResponse<String> r = s.postJson("/api/models", doc);
        assertEquals(201, r.statusCode(), r.body());
        id = (String) TestServer.json(r.body()).get("id");
        String data = "{\"kind\": \"moons\", \"n\": 200, \"noise\": 0.2, \"seed\": 0, \"testFraction\": 0.3, \"splitSeed\": 0}";
        challenge = "{\"title\": \"hostile\", \"data\": " + data + ", \"limits\": {\"maxHiddenUnits\": 3, \"maxLayers\": 1, "
                + "\"activations\": [\"tanh\"], \"maxPasses\": 200}, \"goal\": {\"metric\": \"testAccuracy\", \"target\": 0.9}}";
        Map<String, Object> c = TestServer.json(s.postJson("/api/challenges", challenge).body());
        cid = (String) c.get("id");
        teacherToken = (String) c.get("teacherToken");
        String model = s.postJson("/api/train", "{\"data\": " + data + ", \"hidden\": [3], \"activations\": [\"tanh\"], \"training\": {\"passes\": 200, "
                + "\"learningRate\": 0.01, \"reg\": 0.01, \"seed\": 0, \"batchSize\": 0, \"anneal\": \"none\", \"meanGradients\": false}}").body();
        entry = "{\"name\": \"hostile\", \"model\": " + model + "}";
        assertEquals(201, s.postJson("/api/challenges/" + cid + "/entries", entry).statusCode(), "the entry the fuzz mutates answers the challenge");
    }

    @AfterAll
    static void stop() {
        s.close();
    }

    /** The document of an untrained network of these sizes on these points, claiming what it does. */
    static String pointsDocument(int[] sizes, double[] xy, int[] labels, double testFraction) {
        DataSource src = DataSource.points(Dataset.of2d(xy, labels), testFraction, 0);
        Dataset[] tt = src.trainAndTest();
        Activation[] acts = new Activation[sizes.length - 2];
        Arrays.fill(acts, Activation.TANH);
        Training t = new Training(Network.initialise(sizes, acts, 0), tt[0], tt[1], TrainingSettings.article().withPasses(0), 0, 0);
        return ModelDocument.of("", t, src).write();
    }

    static double[] line(int n, double xScale, double yScale) {
        double[] xy = new double[2 * n];
        for (int i = 0; i < n; i++) {
            xy[2 * i] = xScale * i / (n - 1);
            xy[2 * i + 1] = yScale * ((i * 7919) % n) / (n - 1);
        }
        return xy;
    }

    static int[] alternating(int n) {
        int[] y = new int[n];
        for (int i = 0; i < n; i++) y[i] = i % 2;
        return y;
    }

    @Test
    void whatCannotBeDrawnIsRefusedAtTheDoor() throws Exception {
        String huge = doc.replaceFirst("\"data\":\\{[^}]*\\}", "\"data\":{\"kind\":\"points\",\"points\":[[1e308,0,0],[-1e308,1,1],[0,0,0]],\"classes\":2,\"testFraction\":0,\"splitSeed\":0}");
        ServerTest.assertProblem(s.postJson("/api/models", huge), 422, "is not a number between -1000000.0 and 1000000.0");
        String noTraining = doc.replaceFirst("\"data\":\\{[^}]*\\}",
                "\"data\":{\"kind\":\"points\",\"points\":[[0,0,0]],\"classes\":2,\"testFraction\":0.5,\"splitSeed\":0}");
        ServerTest.assertProblem(s.postJson("/api/models", noTraining), 422, "leaves 0 for training");
        ServerTest.assertProblem(s.postJson("/api/models", doc.replace("\"title\":\"hostile\"", "\"title\":\"a\\ud800b\"")), 422, "lone surrogate");
    }

    @Test
    void extremeShapesAndLargeNetworksRenderWithinTheirBudget() throws Exception {
        // a 1:1,000,000 line of points, and the largest network a document holds on 1:24 data
        String thin = pointsDocument(new int[] {2, 3, 2}, line(50, 1e6, 1), alternating(50), 0);
        String big = pointsDocument(new int[] {2, 900, 8, 2}, line(200, 1, 24), alternating(200), 0.2);
        for (String d : new String[] {thin, big}) {
            HttpResponse<String> saved = s.postJson("/api/models", d);
            assertEquals(201, saved.statusCode(), saved.body());
            String mid = (String) TestServer.json(saved.body()).get("id");
            for (String size : new String[] {"", "?w=2000&h=100", "?w=100&h=2000"}) {
                HttpResponse<byte[]> png = s.getBytes("/api/models/" + mid + "/boundary.png" + size);
                assertEquals(200, png.statusCode(), new String(png.body(), StandardCharsets.UTF_8));
                assertEquals("image/png", png.headers().firstValue("Content-Type").orElse(""));
            }
        }
        long params = TrainingCost.parameters(new int[] {2, 900, 8, 2});
        int[] cells = DecisionGrid.resolution(new DecisionGrid.Bounds(0, 1, 0, 24), 400,
                Network.initialise(new int[] {2, 900, 8, 2}, new Activation[] {Activation.TANH, Activation.TANH}, 0));
        assertTrue((long) cells[0] * cells[1] * params <= DecisionGrid.RENDER_BUDGET, Arrays.toString(cells));
        assertTrue(cells[1] > cells[0], "the tall side keeps the cells");
    }

    @Test
    void aTrainingCountsAllItsWorkAgainstTheBudget() throws Exception {
        // few training rows in batches of one, a large test set evaluated at every one of 200 records
        String r = "{\"data\":{\"kind\":\"moons\",\"n\":5000,\"noise\":0.2,\"seed\":0,\"testFraction\":0.9,\"splitSeed\":0},\"hidden\":[200,200],"
                + "\"activations\":[\"tanh\",\"tanh\"],\"training\":{\"passes\":4000,\"learningRate\":0.01,\"reg\":0.01,\"seed\":0,\"batchSize\":1,"
                + "\"anneal\":\"none\",\"meanGradients\":false}}";
        ServerTest.assertProblem(s.postJson("/api/train", r), 422, "multiply-adds");
    }

    @Test
    void manyRequestsForOneUncachedPictureNeitherHangNorStallTheRest() throws Exception {
        String big = pointsDocument(new int[] {2, 900, 8, 2}, line(300, 1, 3), alternating(300), 0);
        String mid = (String) TestServer.json(s.postJson("/api/models", big).body()).get("id");
        ExecutorService pool = Executors.newFixedThreadPool(64);
        try {
            // each answer is reduced to what is asserted at once: 300 bodies of a 2000-pixel picture held together
            // would measure the test's memory, not the server's
            List<Future<Answer>> all = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                all.add(pool.submit(() -> {
                    HttpResponse<byte[]> r = s.getBytes("/api/models/" + mid + "/boundary.png?w=1999&h=1999");
                    return new Answer(r.statusCode(), r.headers().firstValue("Retry-After").isPresent(), r.body().length);
                }));
            }
            long t0 = System.nanoTime();
            HttpResponse<String> other = s.get("/api/models/" + id);
            double otherSeconds = (System.nanoTime() - t0) / 1e9;
            assertEquals(200, other.statusCode());
            assertTrue(otherSeconds < Pictures.WAIT_SECONDS, "an unrelated request waited " + otherSeconds + " s");
            Map<Integer, Integer> statuses = new TreeMap<>();
            for (Future<Answer> f : all) {
                Answer r = f.get(2L * Pictures.WAIT_SECONDS + 30, TimeUnit.SECONDS);
                statuses.merge(r.status(), 1, Integer::sum);
                if (r.status() == 503) assertTrue(r.retryAfter(), "a 503 without Retry-After");
                if (r.status() == 200) assertTrue(r.bytes() > 0);
            }
            assertTrue(statuses.keySet().stream().allMatch(c -> c == 200 || c == 503), statuses.toString());
            assertTrue(statuses.getOrDefault(200, 0) >= 1, statuses.toString());
        } finally {
            pool.shutdownNow();
        }
    }

    private record Answer(int status, boolean retryAfter, int bytes) {}

    @Test
    void absoluteUrlsNeverComeFromTheHostHeader() throws Exception {
        HttpResponse<String> r = s.http.send(HttpRequest.newBuilder(URI.create(s.url("/api/models"))).header("Content-Type", "application/json")
                .header("X-Forwarded-Host", "evil.example").POST(HttpRequest.BodyPublishers.ofString(doc)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, r.statusCode());
        assertTrue(((String) TestServer.json(r.body()).get("url")).startsWith(s.server.url() + "/m/"), r.body());
        // the Java client refuses to set Host; a raw request does
        String page = raw("GET /m/" + id + " HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n");
        assertTrue(page.startsWith("HTTP/1.1 200"), page.lines().findFirst().orElse(""));
        assertFalse(page.contains("evil.example"), "the share page names the client's host");
        String oembed = raw("GET /oembed?url=" + URLEncoder.encode(s.server.url() + "/m/" + id, StandardCharsets.UTF_8)
                + " HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n");
        assertTrue(oembed.startsWith("HTTP/1.1 200"), oembed);
        assertFalse(oembed.contains("evil.example"), oembed);
        ServerTest.assertProblem(s.get("/oembed?url=" + URLEncoder.encode("http://evil.example/m/" + id, StandardCharsets.UTF_8)), 404,
                "not a model link of this server");
    }

    @Test
    void jettysOwnErrorsAreProblemsWithTheSecurityHeaders() throws Exception {
        String[][] cases = {
                {"GET /%zz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", "400"},
                {"GET /" + "a".repeat(20_000) + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", "414"},
                {"GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + "a".repeat(20_000) + "\r\nConnection: close\r\n\r\n", "431"},
                {"GET / HTTP/3.0\r\nHost: x\r\nConnection: close\r\n\r\n", "505"},
                {"PUT /api/models HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\nConnection: close\r\n\r\n", "405"},
                {"DELETE /index.html HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", "405"},
        };
        for (String[] c : cases) {
            String answer = raw(c[0]);
            String head = answer.substring(0, answer.indexOf("\r\n\r\n")).toLowerCase(Locale.ROOT);
            assertTrue(answer.startsWith("HTTP/1.1 " + c[1]), answer.lines().findFirst().orElse(""));
            assertTrue(head.contains("content-type: application/problem+json"), head);
            assertTrue(head.contains("x-content-type-options: nosniff") && head.contains("content-security-policy:")
                    && head.contains("x-frame-options: deny"), head);
            Map<String, Object> p = TestServer.json(answer.substring(answer.indexOf("\r\n\r\n") + 4));
            assertEquals(Double.parseDouble(c[1]), p.get("status"));
            if (c[1].equals("405")) assertTrue(head.contains("allow: "), head);
        }
    }

    @Test
    void aSlowUploadIsCutOffAndHoldsNothing() throws Exception {
        long t0 = System.nanoTime();
        String answer;
        try (Socket socket = new Socket("127.0.0.1", s.server.port())) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/models HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 50000\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            try {
                for (int i = 0; i < 60; i++) {
                    out.write("          ".getBytes(StandardCharsets.US_ASCII)); // 10 bytes a second
                    out.flush();
                    Thread.sleep(1000);
                }
            } catch (IOException closedByTheServer) {
                // expected: the server gave up on this upload
            }
            answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        // 5 s of grace plus 50000 bytes at the minimum rate of 8 KB/s: about 11 s, whatever the machine
        assertTrue(seconds < 20, "the upload held the connection " + seconds + " s");
        assertTrue(answer.isEmpty() || answer.startsWith("HTTP/1.1 408"), answer);
    }

    /** A non-standard escape (%u0041) in any path or query is a 400 that says so, never a 500 from the decoder. */
    @Test
    void malformedEscapesInAnyPathAreABadRequest() throws Exception {
        for (String path : new String[] {"/api/models/%u0041", "/api/models/%u0041/boundary.png", "/m/%u0041", "/m/%u0041/card.png",
                "/embed/%u0041", "/api/datasets/%u0041", "/api/datasets/%u0041/picture.png", "/api/figures/article/%u0041", "/m/abc%",
                "/m/%4", "/api/datasets/moons?n=%u0041", "/api/datasets/blobs/picture.png?noise=%u0041", "/embed?seed=%u0041",
                "/embed?reg=%u0041&url=1", "/oembed?url=%u0041"}) {
            for (String method : new String[] {"GET", "DELETE", "POST"}) {
                String answer = raw(method + " " + path + " HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                assertTrue(answer.startsWith("HTTP/1.1 400"), method + " " + path + ": " + answer.lines().findFirst().orElse(""));
                assertTrue(answer.contains("application/problem+json"), answer);
                // Jetty refuses a cut-off escape itself; the decoder's gap, %u, is ours to name
                if (path.contains("%u")) assertTrue(answer.contains("'%u0041', which is not a percent-escape"), answer);
            }
        }
        assertEquals(200, s.get("/api/models/" + id + "?x=%41").statusCode(), "a well-formed escape is fine");
    }

    /** A title that turns text around (U+202E) is shown isolated: it cannot reorder what stands beside it. */
    @Test
    void aTitleWithBidiControlsIsIsolated() throws Exception {
        String spoof = doc.replace("\"title\":\"hostile\"", "\"title\":\"\u202Egnp.exe\"");
        HttpResponse<String> saved = s.postJson("/api/models", spoof);
        assertEquals(201, saved.statusCode(), saved.body());
        String mid = (String) TestServer.json(saved.body()).get("id");
        assertTrue(s.get("/m/" + mid).body().contains("<h1><bdi>\u202Egnp.exe</bdi></h1>"));
        String embed = s.get("/embed/" + mid).body();
        assertTrue(embed.contains("<div><bdi>\u2068\u202Egnp.exe\u2069 — loss"), embed);
        // where no element can isolate it (a page title, oEmbed's title), the isolate characters do
        assertTrue(embed.contains("<title>\u2068\u202Egnp.exe\u2069 — loss"), embed);
        Map<String, Object> oembed = TestServer.json(s.get("/oembed?url=" + URLEncoder.encode(s.url("/m/" + mid), StandardCharsets.UTF_8)).body());
        assertTrue(((String) oembed.get("title")).startsWith("\u2068\u202Egnp.exe\u2069 — "), oembed.toString());
        assertEquals("gnp.exe", Describe.withoutBidiControls("\u202Egnp\u2066.exe\u2069\u200F"));
        assertEquals(200, s.getBytes("/m/" + mid + "/card.png").statusCode());
    }

    /**
     * An upload over the size limit that trickles in is drained only within the deadline of any body of its size
     * (5 s of grace, then the minimum rate): then the server answers and closes the connection.
     */
    @Test
    void anOversizeUploadThatTricklesInIsCutOffAtTheBodyDeadline() throws Exception {
        long t0 = System.nanoTime();
        String answer;
        try (Socket socket = new Socket("127.0.0.1", s.server.port())) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            // just over /api/train's 64 KiB: its deadline is 5 s + 65537 bytes at 8 KB/s, about 13 s
            out.write(("POST /api/train HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 65537\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            Thread writer = new Thread(() -> {
                try {
                    for (int i = 0; i < 65537; i++) {
                        out.write(' ');
                        out.flush();
                        Thread.sleep(2000);
                    }
                } catch (Exception closedByTheServer) {
                    // the server gave up on this upload
                }
            });
            writer.setDaemon(true);
            writer.start();
            answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
        assertTrue(answer.toLowerCase(Locale.ROOT).contains("connection: close"), answer);
        // the deadline (13 s) and at most one idle timeout (10 s) for the read in progress; never the 36 hours of the upload
        assertTrue(seconds < 13 + NnfsServer.IDLE_TIMEOUT_MS / 1000.0 + 15, "the upload held a thread " + seconds + " s");
    }

    /**
     * Twenty thousand requests a careless or hostile client might send: bad paths, methods, numbers (NaN, Infinity,
     * huge, negative), headers and bodies, the valid document mutated at random. None is answered 500 and none
     * waits past the documented timeouts; a busy server may answer 503 or 429, with Retry-After.
     */
    @Test
    void twentyThousandHostileRequestsGetNoServerError() throws Exception {
        Random rnd = new Random(7);
        String[] numbers = {"NaN", "Infinity", "-Infinity", "-1", "0", "1e308", "99999999999999999999", "2147483648", "0x10", "", "%00", "1.5", "abc"};
        String[] paths = {"/api/models/" + id, "/api/models/" + id + "/boundary.png?w=N&h=N", "/api/models/" + id + "/loss.png?w=N",
                "/api/datasets/moons?n=N&noise=N&seed=N", "/api/datasets/spiral?classes=N&n=N", "/api/datasets/circles/picture.png?factor=N&w=N",
                "/api/datasets/blobs?classes=N", "/embed?data=moons&n=N&hidden=N&lr=N", "/oembed?url=N&maxwidth=N&maxheight=N",
                "/m/" + id + "?lang=N", "/embed/" + id, "/api/models/N", "/m/N", "/../../etc/passwd", "/api/figures/article/N",
                "/api/figures/article/dataset.png", "/index.html", "/js/nnfs.js", "/nothing?x=N", "/api/models/%u0041", "/m/%u0041",
                "/embed/%u0041/x", "/api/datasets/%u0041", "/api/figures/article/%u0041",
                "/api/challenges/" + cid, "/api/challenges/N", "/api/challenges/" + cid + "/entries", "/api/challenges/" + cid + "/entries.csv",
                "/api/challenges/N/entries", "/c/" + cid, "/c/N", "/c/" + cid + "/board", "/c/N/board", "/c/%u0041", "/api/challenges/%u0041/entries"};
        List<Object[]> requests = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            int kind = rnd.nextInt(10);
            if (kind < 6) {
                String p = paths[rnd.nextInt(paths.length)];
                while (p.contains("=N") || p.endsWith("/N")) {
                    int at = p.contains("=N") ? p.indexOf("=N") + 1 : p.length() - 1;
                    p = p.substring(0, at) + URLEncoder.encode(numbers[rnd.nextInt(numbers.length)], StandardCharsets.UTF_8) + p.substring(at + 1);
                }
                requests.add(new Object[] {"GET", p, null});
            } else if (kind < 9) {
                String[] posts = {"/api/models", "/api/train", "/api/train?save=true", "/api/challenges", "/api/challenges/" + cid + "/entries"};
                String post = posts[rnd.nextInt(posts.length)];
                String body = post.equals("/api/challenges") ? challenge : post.startsWith("/api/challenges/") ? entry : doc;
                requests.add(new Object[] {"POST", post, mutate(body, rnd)});
            } else {
                String[] methods = {"PUT", "PATCH", "DELETE", "OPTIONS"};
                requests.add(new Object[] {methods[rnd.nextInt(methods.length)], paths[rnd.nextInt(paths.length)].replace("N", "1"), null});
            }
        }
        Map<Integer, Integer> statuses = new TreeMap<>();
        double worst = 0;
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<double[]>> results = new ArrayList<>();
            for (Object[] r : requests) {
                results.add(pool.submit(() -> {
                    // a path the Java client will not send (a malformed escape) goes raw, as an attacker's would
                    if (((String) r[1]).contains("%u")) return new double[] {Integer.parseInt(raw(r[0] + " " + r[1] + " HTTP/1.1\r\nHost: x\r\n"
                            + "Content-Length: 0\r\nConnection: close\r\n\r\n").substring(9, 12)), 0};
                    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(s.url((String) r[1]))).timeout(Duration.ofSeconds(60));
                    String body = (String) r[2];
                    b.method((String) r[0], body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
                    if (body != null) b.header("Content-Type", "application/json");
                    long t0 = System.nanoTime();
                    HttpResponse<byte[]> a;
                    try {
                        a = s.http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
                    } catch (IOException stale) {
                        // a pooled keep-alive connection the server had just closed (the client retries only GETs by
                        // itself): the same request once more, on a connection of its own, must be answered
                        try {
                            a = HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
                        } catch (IOException e) {
                            throw new AssertionError(r[0] + " " + r[1] + " (body " + (body == null ? 0 : body.length()) + " chars) got no answer: " + e, e);
                        }
                    }
                    double secs = (System.nanoTime() - t0) / 1e9;
                    if (a.statusCode() == 201) {
                        String expected = r[1].equals("/api/challenges") ? "teacherToken" : ((String) r[1]).endsWith("/entries") ? "testAccuracy" : "deleteToken";
                        assertTrue(TestServer.json(new String(a.body(), StandardCharsets.UTF_8)).containsKey(expected), r[1] + " answered 201 without " + expected);
                    }
                    if (a.statusCode() == 503 || a.statusCode() == 429) assertTrue(a.headers().firstValue("Retry-After").isPresent(), r[1].toString());
                    if (a.statusCode() >= 500 && a.statusCode() != 503) fail(r[0] + " " + r[1] + " -> " + a.statusCode() + ": " + new String(a.body(), StandardCharsets.UTF_8));
                    return new double[] {a.statusCode(), secs};
                }));
            }
            for (Future<double[]> f : results) {
                double[] v;
                try {
                    v = f.get(120, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    pool.shutdownNow();
                    pool.awaitTermination(120, TimeUnit.SECONDS); // leave no requests in flight for the next test
                    throw e;
                }
                statuses.merge((int) v[0], 1, Integer::sum);
                worst = Math.max(worst, v[1]);
            }
        } finally {
            pool.shutdownNow();
        }
        System.out.println("hostile requests: " + requests.size() + ", answers by status " + statuses + ", slowest " + String.format("%.2f s", worst));
        assertFalse(statuses.containsKey(500));
        assertTrue(worst < 2 * Pictures.WAIT_SECONDS + 30, "a request took " + worst + " s");
        assertEquals(200, s.get("/api/models/" + id).statusCode(), "the server still answers");
        assertEquals(doc, s.get("/api/models/" + id).body(), "the stored model is unchanged");
    }

    /** The valid document with one random change: a number, a string, a structure, or the text cut short. */
    static String mutate(String text, Random rnd) {
        switch (rnd.nextInt(6)) {
            case 0: {
                int at = rnd.nextInt(text.length());
                return text.substring(0, at);
            }
            case 1: {
                String[] odd = {"NaN", "1e999", "-1e308", "\"x\"", "null", "[]", "{}", "true", "-0", "1e-320", "\"\\ud800\"", "9007199254740993"};
                Matcher m = Pattern.compile("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?").matcher(text);
                List<int[]> spans = new ArrayList<>();
                while (m.find()) spans.add(new int[] {m.start(), m.end()});
                int[] sp = spans.get(rnd.nextInt(spans.size()));
                return text.substring(0, sp[0]) + odd[rnd.nextInt(odd.length)] + text.substring(sp[1]);
            }
            case 2:
                return text.replace("\"moons\"", "\"" + "m".repeat(rnd.nextInt(3000)) + "\"");
            case 3:
                return text.replace("\"layers\":[2,3,2]", "\"layers\":[2," + (rnd.nextInt(3000) - 1000) + ",2]");
            case 4:
                return "[".repeat(rnd.nextInt(5000)) + "]".repeat(rnd.nextInt(5000));
            default:
                return text.replace("\"tanh\"", "\"" + (char) rnd.nextInt(0x3000) + "\"");
        }
    }

    static String raw(String request) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", s.server.port())) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
