package nnfs.server;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A course page on another origin (its own server, on the given host name and a free port) that frames our pages.
 * As a test class's extension ({@code @RegisterExtension static final HostPage host = ...}) it serves for the
 * class's tests and stops after them.
 */
final class HostPage implements BeforeAllCallback, AfterAllCallback {
    private final String hostName;
    private final String html;
    private HttpServer server;

    HostPage(String hostName, String html) {
        this.hostName = hostName;
        this.html = html;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        server = serve(hostName, html);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (server != null) server.stop(0);
    }

    /** The page's address, with a path and query (or fragment) of the caller's. */
    String url(String pathAndQuery) {
        return "http://" + hostName + ":" + server.getAddress().getPort() + pathAndQuery;
    }

    /** Serves `html` for every path until stopped; the caller stops it. */
    static HttpServer serve(String hostName, String html) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(hostName, 0), 0);
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        server.createContext("/", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        return server;
    }
}
