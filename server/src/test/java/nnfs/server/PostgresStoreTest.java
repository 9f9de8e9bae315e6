package nnfs.server;

import static org.junit.jupiter.api.Assertions.*;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nnfs.server.store.JdbcModelStore;
import nnfs.server.store.ModelStore;

/** The same store tests on PostgreSQL, and two servers sharing one database. */
class PostgresStoreTest extends StoreContract {
    String schemaUrl;

    @Override
    ModelStore open() throws Exception {
        schemaUrl = Postgres.freshSchema();
        return JdbcModelStore.open(schemaUrl);
    }

    @AfterEach
    void dropSchema() throws Exception {
        Postgres.drop(schemaUrl);
    }

    @Test
    void twoServersShareOneDatabase() throws Exception {
        String doc = TestServer.trainedDocument("shared", 3, 100);
        try (TestServer a = new TestServer(JdbcModelStore.open(schemaUrl), 100);
             TestServer b = new TestServer(JdbcModelStore.open(schemaUrl), 100)) {
            HttpResponse<String> saved = a.postJson("/api/models", doc);
            assertEquals(201, saved.statusCode(), saved.body());
            String id = (String) TestServer.json(saved.body()).get("id");
            assertEquals(doc, b.get("/api/models/" + id).body());
            assertEquals(200, b.getBytes("/api/models/" + id + "/boundary.png").statusCode());
        }
    }

    /**
     * Four servers starting at once on a fresh database, ten times: each creates or finds the schema (under an
     * advisory lock, in one transaction), none fails, and the schema is recorded once at the current version.
     */
    @Test
    void fourServersStartingAtOnceOnAFreshDatabaseAllStart() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < 10; round++) {
                String fresh = Postgres.freshSchema();
                try {
                    CyclicBarrier together = new CyclicBarrier(4);
                    List<Future<JdbcModelStore>> opened = new ArrayList<>();
                    for (int i = 0; i < 4; i++) {
                        opened.add(pool.submit(() -> {
                            together.await();
                            return JdbcModelStore.open(fresh);
                        }));
                    }
                    for (Future<JdbcModelStore> f : opened) {
                        try (JdbcModelStore s = f.get(60, TimeUnit.SECONDS)) {
                            assertEquals(JdbcModelStore.SCHEMA_VERSION, s.schemaVersion(), "round " + round);
                        }
                    }
                    try (Connection c = DriverManager.getConnection(fresh);
                         ResultSet r = c.createStatement().executeQuery("SELECT COUNT(*) FROM nnfs_schema")) {
                        r.next();
                        assertEquals(1, r.getInt(1), "one version row");
                    }
                } finally {
                    Postgres.drop(fresh);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
