package nnfs.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import nnfs.data.DataSource;
import nnfs.data.DatasetSpec;
import nnfs.model.ModelDocument;
import nnfs.nn.Training;
import nnfs.nn.TrainingSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.util.ArrayList;
import java.util.Map;
import nnfs.model.Json;
import nnfs.server.Postgres;

/**
 * kill -9 of the packaged server while 50 clients save models, on SQLite and on PostgreSQL: after a restart, every
 * model whose save was acknowledged (201) is there, bit for bit.
 */
class KillIT {
    static final int WRITERS = 50;

    static String document() {
        Training t = Training.article(DatasetSpec.article().generate(), 3, TrainingSettings.article().withPasses(20));
        t.runToEnd();
        return ModelDocument.of("kill -9", t, DataSource.article()).write();
    }

    void killNineUnderWriters(Path data, String... options) throws Exception {
        String doc = document();
        List<String> base = new ArrayList<>(List.of("--posts-per-minute", "1000000"));
        base.addAll(List.of(options));
        ServeIT.Started a = ServeIT.serve(data, base.toArray(new String[0]));
        // the start-up line names the store, never a password in its URL
        String startLine = a.output().stream().filter(l -> l.contains("nnfs is running")).findFirst().orElseThrow();
        assertFalse(String.join("\n", a.output()).contains("not-shown-anywhere"), startLine);
        if (options.length > 0) assertTrue(startLine.contains("password=***"), startLine);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        ConcurrentLinkedQueue<String> acknowledged = new ConcurrentLinkedQueue<>();
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        for (int w = 0; w < WRITERS; w++) {
            writers.submit(() -> {
                while (!stop.get()) {
                    try {
                        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(a.url() + "/api/models")).timeout(Duration.ofSeconds(20))
                                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(doc)).build(),
                                HttpResponse.BodyHandlers.ofString());
                        if (r.statusCode() == 201) acknowledged.add((String) ((Map<?, ?>) Json.parse(r.body())).get("id"));
                    } catch (Exception e) {
                        return null; // the server is gone
                    }
                }
                return null;
            });
        }
        // kill once the writers have saved more models than there are writers, however fast this machine saves them
        for (long deadline = System.nanoTime() + 120_000_000_000L; acknowledged.size() <= WRITERS && System.nanoTime() < deadline; ) {
            Thread.sleep(50);
        }
        a.process().toHandle().destroyForcibly(); // SIGKILL, mid-write
        assertTrue(a.process().waitFor(30, TimeUnit.SECONDS));
        stop.set(true);
        writers.shutdown();
        assertTrue(writers.awaitTermination(60, TimeUnit.SECONDS));
        assertTrue(acknowledged.size() > WRITERS, "the writers saved " + acknowledged.size() + " models before the kill");

        ServeIT.Started b = ServeIT.serve(data, options);
        try {
            int lost = 0;
            for (String id : acknowledged) {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(b.url() + "/api/models/" + id)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() != 200 || !r.body().equals(doc)) lost++;
            }
            System.out.println("kill -9 under " + WRITERS + " writers" + (options.length == 0 ? " (SQLite)" : " (PostgreSQL)") + ": "
                    + acknowledged.size() + " models acknowledged, " + lost + " lost");
            assertEquals(0, lost, "acknowledged models lost");
        } finally {
            b.sigterm();
            b.waitForExit(60);
        }
    }

    @Test
    void noAcknowledgedModelIsLostOnSqlite(@TempDir Path dir) throws Exception {
        killNineUnderWriters(dir);
    }

    @Test
    void noAcknowledgedModelIsLostOnPostgres(@TempDir Path dir) throws Exception {
        String schema = Postgres.freshSchema();
        try {
            // embedded PostgreSQL trusts local connections, so the password is only there to be masked
            killNineUnderWriters(dir, "--db", schema + "&password=not-shown-anywhere");
        } finally {
            Postgres.drop(schema);
        }
    }
}
