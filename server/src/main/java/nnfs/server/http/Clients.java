package nnfs.server.http;

import io.javalin.http.Context;
import java.util.Set;

/**
 * Who a request comes from, for per-client limits. Directly, the connection's address. Behind a trusted proxy (the
 * connection comes from one of its addresses and the server runs with --trust-proxy), the address that proxy
 * appended to X-Forwarded-For: the rightmost one. Everything left of it was written by the client and proves
 * nothing; a client that connects directly with its own header is keyed on its own address.
 */
public final class Clients {
    /** The addresses a trusted proxy connects from, when none are given: this machine. */
    public static final Set<String> LOCAL_PROXY = Set.of("127.0.0.1", "0:0:0:0:0:0:0:1");

    private final boolean trustProxy;
    private final Set<String> proxies;

    public Clients(boolean trustProxy, Set<String> proxies) {
        this.trustProxy = trustProxy;
        this.proxies = proxies;
    }

    /** Whether this request came through the trusted proxy, whose X-Forwarded-* headers may be believed. */
    boolean viaProxy(Context ctx) {
        return trustProxy && proxies.contains(ctx.req().getRemoteAddr());
    }

    public String address(Context ctx) {
        String direct = ctx.req().getRemoteAddr();
        if (!viaProxy(ctx)) return direct;
        String appended = last(ctx.header("X-Forwarded-For"));
        return appended == null ? direct : appended;
    }

    /** The last value of a header that proxies append to: the one the nearest proxy wrote. */
    static String last(String header) {
        if (header == null) return null;
        int comma = header.lastIndexOf(',');
        String v = header.substring(comma + 1).trim();
        return v.isEmpty() || v.length() > 64 ? null : v;
    }
}
