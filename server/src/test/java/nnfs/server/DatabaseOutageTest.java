package nnfs.server;

import static org.junit.jupiter.api.Assertions.*;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.sql.DriverManager;
import nnfs.server.store.JdbcModelStore;

/**
 * The database goes away under a running server and comes back: meanwhile requests are answered 503 with
 * Retry-After within the connection timeout, and afterwards they succeed again within seconds, with every model
 * stored before the outage still there.
 */
class DatabaseOutageTest {
    static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Test
    void theServerAnswers503DuringAnOutageAndRecoversAfterIt(@TempDir Path dir) throws Exception {
        int port = freePort();
        EmbeddedPostgres pg = Postgres.own(dir.resolve("pg"), port);
        String url = pg.getJdbcUrl("postgres", "postgres");
        String doc = TestServer.trainedDocument("before the outage", 3, 50);
        try (TestServer s = new TestServer(JdbcModelStore.open(url), 1000)) {
            HttpResponse<String> saved = s.postJson("/api/models", doc);
            assertEquals(201, saved.statusCode(), saved.body());
            String id = (String) TestServer.json(saved.body()).get("id");

            pg.close(); // the outage
            long t0 = System.nanoTime();
            HttpResponse<String> during = s.get("/api/models/" + id);
            double seconds = (System.nanoTime() - t0) / 1e9;
            ServerTest.assertProblem(during, 503, "the model store cannot be reached");
            assertTrue(during.headers().firstValue("Retry-After").isPresent());
            assertTrue(seconds < 2 * JdbcModelStore.CONNECTION_TIMEOUT_MS / 1000.0 + 5, "waited " + seconds + " s");
            double getSeconds = seconds;
            Thread.sleep(JdbcModelStore.OUTAGE_FAST_FAIL_MS); // a save that meets the outage first, as the first request did
            t0 = System.nanoTime();
            ServerTest.assertProblem(s.postJson("/api/models", doc), 503, "the model store cannot be reached");
            seconds = (System.nanoTime() - t0) / 1e9;
            // one connection timeout (the shared rate limit meets the outage, the save is told at once), not one per statement
            System.out.printf("outage: a GET answered 503 in %.2f s, a POST in %.2f s%n", getSeconds, seconds);
            assertTrue(seconds < JdbcModelStore.CONNECTION_TIMEOUT_MS / 1000.0 + 5, "a save waited " + seconds + " s");

            pg = Postgres.own(dir.resolve("pg"), port); // back
            HttpResponse<String> after = null;
            long deadline = System.nanoTime() + 30_000_000_000L;
            while (System.nanoTime() < deadline) {
                after = s.get("/api/models/" + id);
                if (after.statusCode() == 200) break;
                Thread.sleep(250);
            }
            assertEquals(200, after.statusCode(), after.body());
            assertEquals(doc, after.body(), "stored before the outage, unchanged");
            assertEquals(201, s.postJson("/api/models", doc).statusCode());
        } finally {
            pg.close();
        }
    }

    @Test
    void theSchemaCarriesItsVersionAndANewerOneIsRefused(@TempDir Path dir) throws Exception {
        try (JdbcModelStore store = JdbcModelStore.sqlite(dir)) {
            assertEquals(JdbcModelStore.SCHEMA_VERSION, store.schemaVersion());
        }
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("models.db")); var st = c.createStatement()) {
            st.executeUpdate("UPDATE nnfs_schema SET version = " + (JdbcModelStore.SCHEMA_VERSION + 1));
        }
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> JdbcModelStore.sqlite(dir));
        assertTrue(e.getMessage().contains("written by a newer nnfs"), e.getMessage());
    }
}
