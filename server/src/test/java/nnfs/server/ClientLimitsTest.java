package nnfs.server;

import static org.junit.jupiter.api.Assertions.*;

import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import nnfs.server.store.JdbcModelStore;
import nnfs.server.store.ModelStore;

/**
 * Per-client limits behind a trusted proxy and across servers: a client is keyed on the address the proxy appended
 * (the rightmost of X-Forwarded-For), a client that connects directly with a header of its own is keyed on its own
 * address, and servers sharing one store draw from one bucket per client.
 */
class ClientLimitsTest {
    static final String DOC = TestServer.trainedDocument("limits", 3, 10);

    /** A POST of the model from a local address, with these extra header lines; the status. */
    static int save(NnfsServer server, String from, String headers) throws Exception {
        return Integer.parseInt(rawSave(server, from, headers).substring(9, 12));
    }

    static NnfsServer start(ModelStore store, int postsPerMinute) {
        return NnfsServer.start(store, s -> {
            s.port = 0;
            s.postsPerMinute = postsPerMinute;
            s.trustProxy = true;
            s.proxies = Set.of("127.0.0.1");
        });
    }

    @Test
    void behindTheProxyEachClientHasItsOwnLimitAndCannotForgeAnother(@TempDir Path dir) throws Exception {
        try (NnfsServer server = start(JdbcModelStore.sqlite(dir), 2)) {
            // through the proxy (connections from 127.0.0.1): keyed on what the proxy appended, whatever the client wrote before it
            for (int i = 0; i < 2; i++) assertEquals(201, save(server, "127.0.0.1", "X-Forwarded-For: 198.51.100.1, 203.0.113.7\r\n"));
            assertEquals(429, save(server, "127.0.0.1", "X-Forwarded-For: 198.51.100." + 9 + ", 203.0.113.7\r\n"),
                    "a forged leftmost address is no new client");
            assertEquals(201, save(server, "127.0.0.1", "X-Forwarded-For: 203.0.113.8\r\n"), "another client behind the proxy");
            // directly, from an address that is not the proxy's: its own header is not believed
            for (int i = 0; i < 2; i++) assertEquals(201, save(server, "127.0.0.2", "X-Forwarded-For: 203.0.113." + (20 + i) + "\r\n"));
            assertEquals(429, save(server, "127.0.0.2", "X-Forwarded-For: 203.0.113.30\r\n"));
            assertEquals(429, save(server, "127.0.0.2", ""));
        }
    }

    @Test
    void onlyTheProxysForwardedHostMakesLinks(@TempDir Path dir) throws Exception {
        try (NnfsServer server = start(JdbcModelStore.sqlite(dir), 100)) {
            // a chain: the client wrote evil.example, the proxy appended its own host
            String answer = rawSave(server, "127.0.0.1", "X-Forwarded-Host: evil.example, nnfs.example.org\r\nX-Forwarded-Proto: http, https\r\n");
            Map<String, Object> saved = TestServer.json(answer.substring(answer.indexOf("\r\n\r\n") + 4));
            assertTrue(((String) saved.get("url")).startsWith("https://nnfs.example.org/m/"), saved.toString());
            // not through the proxy: the bound address
            answer = rawSave(server, "127.0.0.2", "X-Forwarded-Host: evil.example\r\n");
            saved = TestServer.json(answer.substring(answer.indexOf("\r\n\r\n") + 4));
            assertTrue(((String) saved.get("url")).startsWith(server.url() + "/m/"), saved.toString());
        }
    }

    static String rawSave(NnfsServer server, String from, String headers) throws Exception {
        byte[] body = DOC.getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket(InetAddress.getByName("127.0.0.1"), server.port(), InetAddress.getByName(from), 0)) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(("POST /api/models HTTP/1.1\r\nHost: nnfs.test\r\nContent-Type: application/json\r\nContent-Length: "
                    + body.length + "\r\nConnection: close\r\n" + headers + "\r\n").getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().write(body);
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Two servers on one PostgreSQL database give a client one limit between them, not one each. */
    @Test
    void serversSharingAStoreShareEachClientsLimit() throws Exception {
        String schema = Postgres.freshSchema();
        try (NnfsServer a = start(JdbcModelStore.open(schema), 4); NnfsServer b = start(JdbcModelStore.open(schema), 4)) {
            assertEquals(201, save(a, "127.0.0.2", ""));
            assertEquals(201, save(b, "127.0.0.2", ""));
            assertEquals(201, save(a, "127.0.0.2", ""));
            assertEquals(201, save(b, "127.0.0.2", ""));
            assertEquals(429, save(a, "127.0.0.2", ""));
            assertEquals(429, save(b, "127.0.0.2", ""));
            assertEquals(201, save(b, "127.0.0.3", ""), "another client has its own bucket");
        } finally {
            Postgres.drop(schema);
        }
    }
}
