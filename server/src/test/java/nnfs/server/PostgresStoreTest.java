package nnfs.server;

import static org.junit.jupiter.api.Assertions.*;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

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
}
