package nnfs.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Set;
import nnfs.server.JdbcModelStore;
import nnfs.server.ModelStore;
import nnfs.server.NnfsServer;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.LinkedHashSet;

/** {@code serve} (also what runs with no command): the web server on its embedded SQLite store by default. */
final class ServeCommand implements Main.Command {
    @Override
    public String summary() {
        return "start the web server (the default command) on http://127.0.0.1:7070";
    }

    @Override
    public String help() {
        return String.join("\n",
                "Usage: nnfs serve [--host H] [--port P] [--data DIR] [--db JDBC-URL] [--posts-per-minute N] [--drain-seconds S]",
                "                  [--public-url URL] [--trust-proxy [--proxy-address A,B]] [--metrics]",
                "Starts the server and prints its URL. Models are stored in DIR/models.db (SQLite, created on first",
                "start) unless --db names a PostgreSQL database (jdbc:postgresql://host:5432/nnfs; user and password from",
                "the URL or PGUSER/PGPASSWORD), which several servers may share. SIGTERM stops it: requests in flight",
                "have the drain time to finish, then their work is cancelled (503); the store is closed in every case.",
                "Each option may also come from the environment: NNFS_HOST, NNFS_PORT, NNFS_DATA, NNFS_DB, NNFS_PUBLIC_URL.",
                "",
                "  --host H             address to listen on (default 127.0.0.1)",
                "  --port P             port (default 7070; 0 picks a free one)",
                "  --data DIR           data directory (default ./nnfs-data)",
                "  --db URL             jdbc:postgresql://... or jdbc:sqlite:FILE instead of DIR/models.db",
                "  --posts-per-minute N saves and trainings a minute per client address (default 60)",
                "  --drain-seconds S    on SIGTERM, how long requests in flight may take to finish (default 30)",
                "  --public-url URL     the address links, cards and oEmbed answers carry, e.g. https://nnfs.example.org",
                "                       (default: the address the server listens on; never the client's Host header)",
                "  --trust-proxy        behind a reverse proxy: key per-client limits on the last X-Forwarded-For address and",
                "                       take X-Forwarded-Host/-Proto, on connections from the proxy's address only",
                "  --proxy-address A,B  the addresses the proxy connects from (default 127.0.0.1,::1: on this machine)",
                "  --metrics            answer GET /metrics in Prometheus' text format (requests and latency per route,",
                "                       trainings, replays, pictures, queues, store failures); keep it from the public in the proxy",
                "",
                "Example: java -jar nnfs.jar serve --port 8080 --data /var/lib/nnfs");
    }

    @Override
    public Set<String> flags() {
        return Set.of("trust-proxy", "metrics");
    }

    static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }

    @Override
    public int run(Args a, PrintStream out, PrintStream err) throws Exception {
        String host = a.string("host", env("NNFS_HOST", "127.0.0.1"));
        int port = (int) a.integer("port", parsePort(env("NNFS_PORT", "7070")), 0, 65535);
        Path data = Path.of(a.string("data", env("NNFS_DATA", "nnfs-data")));
        String db = a.string("db", env("NNFS_DB", null));
        int rate = (int) a.integer("posts-per-minute", 60, 1, 1_000_000);
        int drain = (int) a.integer("drain-seconds", 30, 0, 3600);
        String publicUrl = a.string("public-url", env("NNFS_PUBLIC_URL", null));
        boolean trustProxy = a.flag("trust-proxy");
        Set<String> proxies = proxyAddresses(a.string("proxy-address", null));
        boolean metrics = a.flag("metrics");
        a.done(0);
        if (publicUrl != null) {
            try {
                NnfsServer.checkPublicUrl(publicUrl);
            } catch (IllegalArgumentException e) {
                throw new UsageException("--public-url: " + e.getMessage());
            }
        }
        ModelStore store = openStore(data, db, "serve", err);
        if (store == null) return 1;
        NnfsServer server;
        try {
            server = NnfsServer.start(store, s -> {
                s.host = host;
                s.port = port;
                s.postsPerMinute = rate;
                s.drainSeconds = drain;
                s.publicUrl = publicUrl;
                s.trustProxy = trustProxy;
                s.proxies = proxies;
                s.metrics = metrics;
                s.dataDir = data;
                s.renderFiguresAtStart = true;
            });
        } catch (RuntimeException e) {
            store.close();
            err.println("nnfs serve: cannot listen on " + host + ":" + port + ": " + e.getMessage());
            return 1;
        }
        NnfsServer running = server;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                running.close();
            } finally {
                out.println("nnfs stopped; the model store is closed");
                out.flush();
            }
        }, "nnfs-shutdown"));
        out.println("nnfs is running at " + server.url() + "/  (models: " + (db == null ? data.resolve("models.db") : JdbcModelStore.redacted(db)) + ")");
        if (publicUrl == null && !trustProxy && (host.equals("0.0.0.0") || host.equals("::") || host.equals("[::]"))) {
            // links and cards are never made from the client's Host header, so other machines need to be told the address
            err.println("nnfs serve: listening on all interfaces, but share links will name " + server.url()
                    + "; give the address others reach it by with --public-url (e.g. https://nnfs.example.org)");
        }
        out.flush();
        Thread.currentThread().join(); // the server's threads serve until SIGTERM or Ctrl-C
        return 0;
    }

    /**
     * The store of --db, else DIR/models.db; a URL of another kind is a usage error, a store that cannot be opened is
     * said on {@code err} ("nnfs COMMAND: why") and answered null.
     */
    static ModelStore openStore(Path data, String db, String command, PrintStream err) {
        try {
            return db == null ? JdbcModelStore.sqlite(data) : JdbcModelStore.open(db);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        } catch (IllegalStateException e) {
            err.println("nnfs " + command + ": " + e.getMessage());
            return null;
        }
    }

    /** --proxy-address: IP addresses (as the server sees a connection's peer); default this machine's loopback. */
    static Set<String> proxyAddresses(String list) {
        if (list == null) return NnfsServer.LOCAL_PROXY;
        Set<String> out = new LinkedHashSet<>();
        for (String a : list.split(",")) {
            String v = a.trim();
            if (!v.matches("[0-9.]{7,15}|[0-9A-Fa-f:]{2,39}")) throw new UsageException("--proxy-address: expected IP addresses like 127.0.0.1, got '" + v + "'");
            try {
                out.add(InetAddress.getByName(v).getHostAddress()); // the form Jetty reports a peer in
            } catch (UnknownHostException e) {
                throw new UsageException("--proxy-address: '" + v + "' is not an IP address");
            }
        }
        return out;
    }

    private static int parsePort(String v) {
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw new UsageException("NNFS_PORT: expected a port number, got '" + v + "'");
        }
    }
}
