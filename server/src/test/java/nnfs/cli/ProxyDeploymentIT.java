package nnfs.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.File;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import nnfs.model.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import nnfs.server.Postgres;

/**
 * The deployment docs/deploying.md describes, for real: nginx (Debian's package) with docs/deploy/nginx.conf in front of two
 * packaged nnfs servers on one PostgreSQL database, with --public-url and --trust-proxy. Clients on different
 * loopback addresses share, embed and delete models through the proxy, links name the public URL, and each client
 * meets its own rate limit, one limit across both servers.
 */
class ProxyDeploymentIT {
    static final String PUBLIC = "https://nnfs.example.org";
    static final int POSTS_PER_MINUTE = 5;

    /** nginx from NNFS_NGINX, the PATH or /usr/sbin, or a message that says what to install. */
    static String nginx() {
        String named = System.getenv("NNFS_NGINX");
        if (named != null && new File(named).canExecute()) return named;
        for (String dir : (System.getenv("PATH") + File.pathSeparator + "/usr/sbin").split(File.pathSeparator)) {
            File f = new File(dir, "nginx");
            if (f.canExecute()) return f.getPath();
        }
        throw new IllegalStateException("this test needs nginx: on Debian 'apt-get install nginx-light' (.ci/run does), elsewhere name it in NNFS_NGINX");
    }

    static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** One request through the proxy from a local address: {status, head, body}. */
    static String[] request(int port, String from, String method, String path, String headers, String body) throws Exception {
        byte[] b = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket(InetAddress.getByName("127.0.0.1"), port, InetAddress.getByName(from), 0)) {
            socket.setSoTimeout(60_000);
            socket.getOutputStream().write((method + " " + path + " HTTP/1.1\r\nHost: nnfs.example.org\r\nConnection: close\r\n"
                    + (body == null ? "" : "Content-Type: application/json\r\n") + "Content-Length: " + b.length + "\r\n" + headers + "\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().write(b);
            String text = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int end = text.indexOf("\r\n\r\n");
            assertTrue(end > 0, method + " " + path + ": " + text);
            return new String[] {text.substring(9, 12), text.substring(0, end), text.substring(end + 4)};
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> json(String text) {
        return (Map<String, Object>) Json.parse(text);
    }

    @Test
    void twoServersBehindNginxOnOnePostgres(@TempDir Path dir) throws Exception {
        String nginx = nginx();
        String schema = Postgres.freshSchema();
        List<ServeIT.Started> servers = new ArrayList<>();
        Process proxy = null;
        try {
            for (int i = 0; i < 2; i++) {
                servers.add(ServeIT.serve(dir.resolve("data" + i), "--db", schema, "--public-url", PUBLIC, "--trust-proxy",
                        "--posts-per-minute", String.valueOf(POSTS_PER_MINUTE)));
            }
            // the file docs/deploying.md points to, with this test's ports, inside a main configuration of the test's own
            String site = Files.readString(Path.of("..", "docs", "deploy", "nginx.conf"), StandardCharsets.UTF_8);
            int port = freePort();
            site = site.replace("server 127.0.0.1:7070;", "server 127.0.0.1:" + servers.get(0).port() + ";")
                    .replace("server 127.0.0.1:7071;", "server 127.0.0.1:" + servers.get(1).port() + ";")
                    .replace("listen 80;", "listen 127.0.0.1:" + port + ";");
            assertFalse(site.contains(":7070") || site.contains(":7071") || site.contains("listen 80"), site);
            Path prefix = Files.createDirectories(dir.resolve("nginx"));
            Files.createDirectories(prefix.resolve("logs"));
            String main = "worker_processes 1;\nerror_log " + prefix.resolve("logs/error.log") + ";\npid " + prefix.resolve("nginx.pid") + ";\n"
                    + "user root;\nevents { worker_connections 256; }\nhttp {\n  access_log " + prefix.resolve("logs/access.log") + ";\n"
                    + "  client_body_temp_path " + prefix.resolve("body") + ";\n  proxy_temp_path " + prefix.resolve("proxy") + ";\n"
                    + "  fastcgi_temp_path " + prefix.resolve("fcgi") + ";\n  uwsgi_temp_path " + prefix.resolve("uwsgi") + ";\n"
                    + "  scgi_temp_path " + prefix.resolve("scgi") + ";\n" + site + "\n}\n";
            Path conf = prefix.resolve("nginx.conf");
            Files.writeString(conf, main, StandardCharsets.UTF_8);
            proxy = new ProcessBuilder(nginx, "-p", prefix.toString(), "-c", conf.toString(), "-g", "daemon off;")
                    .redirectErrorStream(true).redirectOutput(prefix.resolve("logs/stdout.log").toFile()).start();
            String[] health = null;
            for (long deadline = System.nanoTime() + 30_000_000_000L; System.nanoTime() < deadline; Thread.sleep(100)) {
                try {
                    health = request(port, "127.0.0.1", "GET", "/api/health", "", null);
                    break;
                } catch (IOException notYet) {
                    assertTrue(proxy.isAlive(), "nginx stopped: " + Files.readString(prefix.resolve("logs/stdout.log")) + " "
                            + (Files.exists(prefix.resolve("logs/error.log")) ? Files.readString(prefix.resolve("logs/error.log")) : ""));
                }
            }
            assertNotNull(health, "nginx answered");
            assertEquals("204", health[0], health[1]);

            String doc = ServeIT.trainedDocument(servers.get(0), "300");
            // a learner at 127.0.0.2 shares a model through the proxy: its links name the public address
            String[] saved = request(port, "127.0.0.2", "POST", "/api/models", "", doc);
            assertEquals("201", saved[0], saved[2]);
            Map<String, Object> answer = json(saved[2]);
            String id = (String) answer.get("id");
            assertEquals(PUBLIC + "/m/" + id, answer.get("url"));
            assertTrue(((String) answer.get("embedHtml")).contains("src=\"" + PUBLIC + "/embed/" + id), answer.toString());
            // either server answers for it (nginx alternates), with the public address in its cards and oEmbed answer
            for (int i = 0; i < 4; i++) {
                String[] page = request(port, "127.0.0.3", "GET", "/m/" + id, "", null);
                assertEquals("200", page[0]);
                assertTrue(page[2].contains("content=\"" + PUBLIC + "/m/" + id + "/card.png\""), "og:image names the public URL");
                assertFalse(page[2].contains("127.0.0.1:"), "no upstream address in the page");
                assertEquals("200", request(port, "127.0.0.3", "GET", "/embed/" + id + "?show=loss", "", null)[0]);
                String[] oembed = request(port, "127.0.0.3", "GET", "/oembed?url=" + URLEncoder.encode(PUBLIC + "/m/" + id,
                        StandardCharsets.UTF_8), "", null);
                assertEquals("200", oembed[0], oembed[2]);
                assertTrue(((String) json(oembed[2]).get("html")).contains(PUBLIC + "/embed/" + id));
            }
            // a client that claims another host or address gets the proxy's
            String[] spoofed = request(port, "127.0.0.3", "GET", "/oembed?url=" + URLEncoder.encode(PUBLIC + "/m/" + id,
                    StandardCharsets.UTF_8), "X-Forwarded-Host: evil.example\r\n", null);
            assertFalse(spoofed[2].contains("evil.example"), spoofed[2]);

            // the owner deletes the model: gone on both servers
            assertEquals("403", request(port, "127.0.0.3", "DELETE", "/api/models/" + id, "Nnfs-Delete-Token: wrong\r\n", null)[0]);
            assertEquals("204", request(port, "127.0.0.2", "DELETE", "/api/models/" + id, "Nnfs-Delete-Token: " + answer.get("deleteToken") + "\r\n",
                    null)[0]);
            for (int i = 0; i < 4; i++) assertEquals("404", request(port, "127.0.0.3", "GET", "/api/models/" + id, "", null)[0]);
            for (ServeIT.Started s : servers) {
                String direct = new String(HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(s.url() + "/api/models/" + id)).build(), HttpResponse.BodyHandlers.ofByteArray()).body(),
                        StandardCharsets.UTF_8);
                assertTrue(direct.contains("\"status\":404"), direct);
            }
            // 127.0.0.2 has used a save and a delete; three more saves go through, wherever nginx sends them, then 429 from both servers
            int allowed = 2, refused = 0; // the save and the delete above count against the limit of saves and deletes
            for (int i = 0; i < POSTS_PER_MINUTE + 3; i++) {
                String[] r = request(port, "127.0.0.2", "POST", "/api/models", "X-Forwarded-For: 198.51.100." + i + "\r\n", doc);
                if (r[0].equals("201")) allowed++;
                else if (r[0].equals("429")) refused++;
                else fail(r[0] + " " + r[2]);
            }
            assertEquals(POSTS_PER_MINUTE, allowed, "one limit across both servers, whatever the client writes in X-Forwarded-For");
            assertEquals(POSTS_PER_MINUTE + 3 - (POSTS_PER_MINUTE - 2), refused);
            // another learner has a limit of its own
            assertEquals("201", request(port, "127.0.0.3", "POST", "/api/models", "", doc)[0]);
        } finally {
            if (proxy != null) {
                proxy.destroy();
                proxy.waitFor(10, TimeUnit.SECONDS);
            }
            for (ServeIT.Started s : servers) {
                s.sigterm();
                s.waitForExit(60);
            }
            Postgres.drop(schema);
        }
    }
}
