package nnfs.server;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.UUID;

/**
 * The PostgreSQL the tests use: NNFS_TEST_POSTGRES_URL (a jdbc:postgresql: URL with user and password), which
 * .ci/run sets after starting Debian's postgresql on loopback. Each test gets a schema of its own.
 */
final class Postgres {
    private Postgres() {}

    static String url() {
        String url = System.getenv("NNFS_TEST_POSTGRES_URL");
        if (url == null || url.isBlank()) {
            throw new IllegalStateException("NNFS_TEST_POSTGRES_URL is not set: the store tests need a PostgreSQL server "
                    + "(.ci/run starts one; by hand: see README, 'Running the tests')");
        }
        return url;
    }

    /** A fresh schema; returns the URL that uses it. */
    static String freshSchema() throws Exception {
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection c = DriverManager.getConnection(url()); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        return url() + (url().contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    static void drop(String schemaUrl) throws Exception {
        String schema = schemaUrl.substring(schemaUrl.indexOf("currentSchema=") + "currentSchema=".length());
        try (Connection c = DriverManager.getConnection(url()); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }
}
