package nnfs.server.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.util.function.BooleanSupplier;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.io.SocketChannelEndPoint;

/**
 * Whether the client of a request has closed its connection, so that long work for no one can stop. Jetty has no
 * read interest on an HTTP/1.1 connection while a handler computes, so it cannot tell (jetty/jetty.project#238);
 * this looks at the socket itself, at most every {@link #EVERY_MS} ms: a non-blocking read that meets the end of
 * the stream means the client is gone. Only on a plain socket (no TLS: the server runs behind a proxy for that);
 * elsewhere it never says gone. Clients do not pipeline after a POST; if a byte of a next request does arrive, the
 * connection is closed after this answer, so that nothing is misread. A client that half-closes its side after
 * sending (no browser or HTTP library does) looks gone too.
 */
public final class ClientGone implements BooleanSupplier {
    static final long EVERY_MS = 100;

    private final Context ctx;
    private final SocketChannel channel;
    private long nextLook;
    private boolean gone;

    private ClientGone(Context ctx, SocketChannel channel) {
        this.ctx = ctx;
        this.channel = channel;
    }

    public static ClientGone of(Context ctx) {
        SocketChannel channel = null;
        ServletContextRequest request = ServletContextRequest.getServletContextRequest(ctx.req());
        if (request != null && !request.isSecure()) {
            EndPoint endPoint = request.getConnectionMetaData().getConnection().getEndPoint();
            if (endPoint instanceof SocketChannelEndPoint s && request.getConnectionMetaData().getHttpVersion().getVersion() <= 11) {
                channel = s.getChannel();
            }
        }
        return new ClientGone(ctx, channel);
    }

    @Override
    public boolean getAsBoolean() {
        if (gone || channel == null) return gone;
        long now = System.nanoTime();
        if (now < nextLook) return false;
        nextLook = now + EVERY_MS * 1_000_000;
        try {
            int n = channel.read(ByteBuffer.allocate(1));
            if (n < 0) {
                gone = true;
            } else if (n > 0) {
                ctx.header("Connection", "close");
                return false; // someone is there; stop looking, the connection ends with this answer
            }
        } catch (IOException e) {
            gone = true; // reset by the peer
        }
        return gone;
    }
}
