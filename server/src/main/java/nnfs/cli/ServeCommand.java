package nnfs.cli;

import java.nio.file.Path;
import java.util.Set;
import nnfs.server.store.JdbcModelStore;
import nnfs.server.store.ModelStore;
import nnfs.server.NnfsServer;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.LinkedHashSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code serve} (also what runs with no command): the web server on its embedded SQLite store by default. */
@Command(name = "serve", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Start the web server (the default command) on http://127.0.0.1:7070.",
                "Starts the server and prints its URL. Models are stored in DIR/models.db (SQLite, created on first start) unless --db names a PostgreSQL database (jdbc:postgresql://host:5432/nnfs; user and password from the URL or PGUSER/PGPASSWORD), which several servers may share. SIGTERM stops it: requests in flight have the drain time to finish, then their work is cancelled (503); the store is closed in every case. Each option may also come from the environment: NNFS_HOST, NNFS_PORT, NNFS_DATA, NNFS_DB, NNFS_PUBLIC_URL."},
        footer = {"", "Example: java -jar nnfs.jar serve --port 8080 --data /var/lib/nnfs"})
final class ServeCommand extends NnfsCommand {
    @Option(names = "--host", paramLabel = "H", defaultValue = "${env:NNFS_HOST:-127.0.0.1}", description = "address to listen on (default ${DEFAULT-VALUE})")
    String host;

    @Option(names = "--port", paramLabel = "P", defaultValue = "${env:NNFS_PORT:-7070}", description = "port (default ${DEFAULT-VALUE}; 0 picks a free one)")
    int port;

    @Mixin
    StoreOptions store;

    @Option(names = "--posts-per-minute", paramLabel = "N", defaultValue = "60", description = "saves and trainings a minute per client address (default ${DEFAULT-VALUE})")
    int rate;

    @Option(names = "--drain-seconds", paramLabel = "S", defaultValue = "30", description = "on SIGTERM, how long requests in flight may take to finish (default ${DEFAULT-VALUE})")
    int drain;

    @Option(names = "--public-url", paramLabel = "URL", defaultValue = "${env:NNFS_PUBLIC_URL}",
            description = {"the address links, cards and oEmbed answers carry, e.g. https://nnfs.example.org",
                    "(default: the address the server listens on; never the client's Host header)"})
    String publicUrl;

    @Option(names = "--trust-proxy", description = {"behind a reverse proxy: key per-client limits on the last X-Forwarded-For address and",
            "take X-Forwarded-Host/-Proto, on connections from the proxy's address only"})
    boolean trustProxy;

    @Option(names = "--proxy-address", paramLabel = "A,B", description = "the addresses the proxy connects from (default 127.0.0.1,::1: on this machine)")
    String proxyAddress;

    @Option(names = "--metrics", description = {"answer GET /metrics in Prometheus' text format (requests and latency per route,",
            "trainings, replays, pictures, queues, store failures); keep it from the public in the proxy"})
    boolean metrics;

    @Override
    public Integer call() throws Exception {
        UsageException.requireWithin("--port", port, 0, 65535);
        UsageException.requireWithin("--posts-per-minute", rate, 1, 1_000_000);
        UsageException.requireWithin("--drain-seconds", drain, 0, 3600);
        Set<String> proxies = proxyAddresses(proxyAddress);
        Path data = store.data;
        String db = store.url();
        String publicUrl = this.publicUrl == null || this.publicUrl.isBlank() ? null : this.publicUrl;
        if (publicUrl != null) {
            try {
                NnfsServer.checkPublicUrl(publicUrl);
            } catch (IllegalArgumentException e) {
                throw new UsageException("--public-url: " + e.getMessage());
            }
        }
        ModelStore store = this.store.open(who(), err);
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
            err.println(who() + ": cannot listen on " + host + ":" + port + ": " + e.getMessage());
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
            err.println(who() + ": listening on all interfaces, but share links will name " + server.url()
                    + "; give the address others reach it by with --public-url (e.g. https://nnfs.example.org)");
        }
        out.flush();
        Thread.currentThread().join(); // the server's threads serve until SIGTERM or Ctrl-C
        return 0;
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

}
