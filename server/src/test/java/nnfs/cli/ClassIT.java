package nnfs.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import nnfs.data.DataSource;
import nnfs.data.Dataset;
import nnfs.data.DatasetSpec;
import nnfs.model.Json;
import nnfs.model.ModelDocument;
import nnfs.nn.Activation;
import nnfs.nn.Network;
import nnfs.nn.Training;
import nnfs.nn.TrainingSettings;
import nnfs.server.Postgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A class at once, on the packaged server behind a trusted proxy: 300 students submit to one challenge, 16 at a time,
 * each from an address of its own, while the teacher's board asks for the entries and other routes are used. Every
 * entry is recorded; kill -9 in the middle loses no acknowledged entry (SQLite and PostgreSQL). The latencies are
 * printed, not asserted: they are measurements (the closing notes quote them), not a test's pass mark.
 */
class ClassIT {
    static final int STUDENTS = 300, AT_ONCE = 16;
    static final DataSource DATA = DataSource.generated(new DatasetSpec(DatasetSpec.Kind.CIRCLES, 200, 0.1, 0, 2, 0.5), 0.3, 0);

    static String challenge() {
        Map<?, ?> data = (Map<?, ?>) ((Map<?, ?>) Json.parse(ModelDocument.of("", untrained(), DATA).write())).get("data");
        return "{\"title\": \"A class at once\", \"data\": " + Json.write(data) + ", \"limits\": {\"maxHiddenUnits\": 4, \"maxLayers\": 1, "
                + "\"activations\": [\"tanh\"], \"maxPasses\": 2000}, \"goal\": {\"metric\": \"testAccuracy\", \"target\": 0.85}}";
    }

    static Training untrained() {
        Dataset[] tt = DATA.trainAndTest();
        return new Training(Network.initialise(new int[] {2, 1, 2}, new Activation[] {Activation.TANH}, 0), tt[0], tt[1],
                TrainingSettings.article().withPasses(0), 0, 0);
    }

    /** Each student's entry: a network of 1 to 4 units from a seed of its own, trained as the page trains it. */
    static List<String> entries() {
        Dataset[] tt = DATA.trainAndTest();
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < STUDENTS; i++) {
            TrainingSettings s = TrainingSettings.article().withPasses(2000).withLearningRate(0.05).withSeed(i / 4);
            Training t = new Training(Network.initialise(new int[] {2, 1 + i % 4, 2}, new Activation[] {Activation.TANH}, s.seed), tt[0], tt[1], s, 100, 0);
            t.runToEnd();
            bodies.add("{\"name\": \"Student " + i + "\", \"model\": " + ModelDocument.of("", t, DATA).write() + "}");
        }
        return bodies;
    }

    record Created(String id, String token) {}

    static Created create(HttpClient http, String url) throws Exception {
        HttpResponse<String> r = http.send(post(url + "/api/challenges", challenge(), "10.9.9.9"), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, r.statusCode(), r.body());
        Map<?, ?> m = (Map<?, ?>) Json.parse(r.body());
        return new Created((String) m.get("id"), (String) m.get("teacherToken"));
    }

    static HttpRequest post(String url, String body, String client) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json")
                .header("X-Forwarded-For", client).POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    /** A student's own address behind the school's proxy. */
    static String address(int student) {
        return "10.1." + student / 200 + "." + (1 + student % 200);
    }

    /** Milliseconds of the p-th percentile. */
    static double percentile(List<Long> nanos, double p) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return sorted.isEmpty() ? Double.NaN : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100 * sorted.size()) - 1)) / 1e6;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> board(HttpClient http, String url, Created c) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url + "/api/challenges/" + c.id() + "/entries"))
                .header("Nnfs-Teacher-Token", c.token()).header("X-Forwarded-For", "10.9.9.9").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return (List<Map<String, Object>>) ((Map<String, Object>) Json.parse(r.body())).get("entries");
    }

    @Test
    void aClassOf300SubmitsAtOnceAndEveryEntryIsRecorded(@TempDir Path dir) throws Exception {
        List<String> bodies = entries();
        ServeIT.Started server = ServeIT.serve(dir, "--trust-proxy");
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        try {
            String url = server.url();
            Created c = create(http, url);
            ConcurrentLinkedQueue<Long> submits = new ConcurrentLinkedQueue<>(), boards = new ConcurrentLinkedQueue<>(), others = new ConcurrentLinkedQueue<>();
            ConcurrentLinkedQueue<String> refused = new ConcurrentLinkedQueue<>();
            AtomicBoolean done = new AtomicBoolean();
            // the teacher's board asks every 200 ms, and someone else uses the app's other routes
            AtomicInteger failed = new AtomicInteger();
            Thread teacher = new Thread(() -> poll(done, boards, failed, () -> board(http, url, c).size() * 0L));
            Thread other = new Thread(() -> poll(done, others, failed, () -> http.send(HttpRequest.newBuilder(URI.create(url + "/api/challenges/" + c.id()))
                    .header("X-Forwarded-For", "10.8.8.8").build(), HttpResponse.BodyHandlers.discarding()).statusCode()));
            teacher.start();
            other.start();
            ExecutorService students = Executors.newFixedThreadPool(AT_ONCE);
            AtomicInteger next = new AtomicInteger();
            long t0 = System.nanoTime();
            for (int w = 0; w < AT_ONCE; w++) {
                students.submit(() -> {
                    for (int i; (i = next.getAndIncrement()) < STUDENTS; ) {
                        long s = System.nanoTime();
                        HttpResponse<String> r = http.send(post(url + "/api/challenges/" + c.id() + "/entries", bodies.get(i), address(i)), HttpResponse.BodyHandlers.ofString());
                        submits.add(System.nanoTime() - s);
                        if (r.statusCode() != 201) refused.add(r.statusCode() + " " + r.body());
                    }
                    return null;
                });
            }
            students.shutdown();
            assertTrue(students.awaitTermination(10, TimeUnit.MINUTES));
            double seconds = (System.nanoTime() - t0) / 1e9;
            done.set(true);
            teacher.join();
            other.join();
            assertEquals(List.of(), new ArrayList<>(refused), "every student's entry is taken");
            assertEquals(0, failed.get(), "the board and the other route answered every time");
            List<Map<String, Object>> all = board(http, url, c);
            assertEquals(STUDENTS, all.size(), "every entry is recorded");
            assertEquals(STUDENTS, new HashSet<>(all.stream().map(e -> e.get("name")).toList()).size());
            System.out.println(String.format(Locale.ROOT, "a class at once: %d entries, %d at a time, in %.1f s; submission p50 %.0f ms, p99 %.0f ms; "
                    + "board (%d polls) p50 %.0f ms, p99 %.0f ms; another route (%d requests) p99 %.0f ms", STUDENTS, AT_ONCE, seconds,
                    percentile(new ArrayList<>(submits), 50), percentile(new ArrayList<>(submits), 99), boards.size(), percentile(new ArrayList<>(boards), 50),
                    percentile(new ArrayList<>(boards), 99), others.size(), percentile(new ArrayList<>(others), 99)));
        } finally {
            server.sigterm();
            server.waitForExit(60);
        }
    }

    interface Call {
        Object call() throws Exception;
    }

    /** Calls every 200 ms until done, keeping each call's time; a failed call is counted (the test asserts none). */
    static void poll(AtomicBoolean done, ConcurrentLinkedQueue<Long> times, AtomicInteger failed, Call call) {
        while (!done.get()) {
            long s = System.nanoTime();
            try {
                Object answer = call.call();
                if (answer instanceof Integer status && status != 200) failed.incrementAndGet();
            } catch (Exception | AssertionError e) {
                failed.incrementAndGet();
            }
            times.add(System.nanoTime() - s);
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** kill -9 while a class submits: after a restart, every acknowledged entry is on the board with its model. */
    void killNineDuringSubmissions(Path dir, String... options) throws Exception {
        List<String> bodies = entries();
        List<String> opts = new ArrayList<>(List.of("--trust-proxy"));
        opts.addAll(List.of(options));
        ServeIT.Started a = ServeIT.serve(dir, opts.toArray(new String[0]));
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        Created c = create(http, a.url());
        ConcurrentLinkedQueue<String> acknowledged = new ConcurrentLinkedQueue<>();
        ExecutorService students = Executors.newFixedThreadPool(AT_ONCE);
        AtomicInteger next = new AtomicInteger();
        for (int w = 0; w < AT_ONCE; w++) {
            students.submit(() -> {
                for (int i; (i = next.getAndIncrement()) < STUDENTS; ) {
                    try {
                        HttpResponse<String> r = http.send(post(a.url() + "/api/challenges/" + c.id() + "/entries", bodies.get(i), address(i)), HttpResponse.BodyHandlers.ofString());
                        if (r.statusCode() == 201) acknowledged.add((String) ((Map<?, ?>) Json.parse(r.body())).get("id"));
                    } catch (Exception e) {
                        return null; // the server is gone
                    }
                }
                return null;
            });
        }
        for (long deadline = System.nanoTime() + 120_000_000_000L; acknowledged.size() <= 3 * AT_ONCE && System.nanoTime() < deadline; ) Thread.sleep(20);
        a.process().toHandle().destroyForcibly(); // SIGKILL, mid-submission
        assertTrue(a.process().waitFor(30, TimeUnit.SECONDS));
        students.shutdown();
        assertTrue(students.awaitTermination(60, TimeUnit.SECONDS));
        assertTrue(acknowledged.size() > 3 * AT_ONCE, "acknowledged before the kill: " + acknowledged.size());

        ServeIT.Started b = ServeIT.serve(dir, opts.toArray(new String[0]));
        try {
            List<Map<String, Object>> all = board(http, b.url(), c);
            Set<String> onBoard = new HashSet<>(all.stream().map(e -> (String) e.get("id")).toList());
            int lost = 0, modelsMissing = 0;
            for (String id : acknowledged) if (!onBoard.contains(id)) lost++;
            for (Map<String, Object> e : all) {
                String model = ((String) e.get("modelUrl")).replaceAll(".*/m/", "");
                if (http.send(HttpRequest.newBuilder(URI.create(b.url() + "/api/models/" + model)).build(), HttpResponse.BodyHandlers.discarding()).statusCode() != 200) modelsMissing++;
            }
            System.out.println("kill -9 during a class's submissions" + (options.length == 0 ? " (SQLite)" : " (PostgreSQL)") + ": "
                    + acknowledged.size() + " entries acknowledged, " + all.size() + " on the board, " + lost + " lost, " + modelsMissing + " without their model");
            assertEquals(0, lost, "acknowledged entries lost");
            assertEquals(0, modelsMissing, "an entry without its model");
        } finally {
            b.sigterm();
            b.waitForExit(60);
        }
    }

    @Test
    void noAcknowledgedEntryIsLostOnSqlite(@TempDir Path dir) throws Exception {
        killNineDuringSubmissions(dir);
    }

    @Test
    void noAcknowledgedEntryIsLostOnPostgres(@TempDir Path dir) throws Exception {
        String schema = Postgres.freshSchema();
        try {
            killNineDuringSubmissions(dir, "--db", schema);
        } finally {
            Postgres.drop(schema);
        }
    }
}
