package nnfs.server;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/** A course page on another origin (its own server, on the given host name and a free port) that frames our pages. */
final class HostPage {
    private HostPage() {}

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
