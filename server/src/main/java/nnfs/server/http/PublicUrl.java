package nnfs.server.http;

import io.javalin.http.Context;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The server's absolute address, as links, cards and oEmbed answers carry it: the configured public URL, else the
 * address the server is bound to. Never the client's Host header, which anyone can set (a cached oEmbed answer
 * or card would then point elsewhere); X-Forwarded-Proto and X-Forwarded-Host only when the server is told that a
 * proxy it trusts sets them.
 */
public final class PublicUrl {
    private static final Pattern HOST = Pattern.compile("(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*"
            + "|\\[[0-9A-Fa-f:.]{2,45}\\])(?::\\d{1,5})?");

    private final String configured;
    private final Clients clients;
    private final Supplier<String> bound;

    /** {@code configured} may be null; {@code bound} gives http://host:port once the server listens. */
    public PublicUrl(String configured, Clients clients, Supplier<String> bound) {
        this.configured = configured == null ? null : check(configured);
        this.clients = clients;
        this.bound = bound;
    }

    /** Checks a --public-url: http or https, a host, no path, query or fragment; returns it without a final slash. */
    public static String check(String url) {
        String u = url.trim();
        if (u.endsWith("/")) u = u.substring(0, u.length() - 1);
        int colon = u.indexOf("://");
        String scheme = colon < 0 ? "" : u.substring(0, colon).toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || !HOST.matcher(u.substring(colon + 3)).matches()) {
            throw new IllegalArgumentException("the public URL must be http:// or https:// and a host (and port), with no path, e.g. "
                    + "https://nnfs.example.org; got '" + url + "'");
        }
        return u;
    }

    public String of(Context ctx) {
        if (configured != null) return configured;
        if (clients.viaProxy(ctx)) {
            // the value the nearest proxy (ours) set: with several, a client wrote the ones before it
            String host = Clients.last(ctx.header("X-Forwarded-Host"));
            String proto = Clients.last(ctx.header("X-Forwarded-Proto"));
            if (host != null && HOST.matcher(host).matches()) {
                return ("https".equalsIgnoreCase(proto) ? "https" : "http") + "://" + host;
            }
        }
        return bound.get();
    }
}
