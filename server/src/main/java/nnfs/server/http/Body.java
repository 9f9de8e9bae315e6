package nnfs.server.http;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.TimeoutException;
import nnfs.server.NnfsServer;
import nnfs.text.Msg;

/**
 * Reads a request body of at most {@code limit} bytes. A larger one is read to its end and thrown away before
 * the 413 answer, so the client gets the answer instead of a connection reset mid-upload.
 */
public final class Body {
    private Body() {}

    /** Past this the upload is not worth draining; the connection is closed instead. */
    private static final long DRAIN_MAX = 64L * 1024 * 1024;

    public static String utf8(Context ctx, int limit) {
        long declared = ctx.req().getContentLengthLong();
        try {
            InputStream in = ctx.req().getInputStream();
            if (declared > limit) {
                drain(ctx, in, declared);
                throw tooLarge(declared, limit);
            }
            byte[] buf = readWithDeadline(ctx, in, limit + 1, declared);
            if (buf.length > limit) {
                drain(ctx, in, -1);
                throw tooLarge(-1, limit);
            }
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(buf)).toString();
        } catch (CharacterCodingException e) {
            throw ApiProblem.badRequest(Msg.BODY_NOT_UTF8);
        } catch (IOException e) {
            if (e.getCause() instanceof TimeoutException) {
                ctx.header("Connection", "close");
                throw ApiProblem.of(408, Msg.TITLE_TIMEOUT, Msg.BODY_STOPPED, NnfsServer.IDLE_TIMEOUT_MS / 1000);
            }
            throw ApiProblem.badRequest(Msg.BODY_UNREADABLE, e.getMessage());
        }
    }

    /**
     * Reads up to {@code max} bytes, but only for as long as an upload at the minimum rate takes (plus a few
     * seconds): a client that trickles its body cannot hold a server thread for long. Past the deadline the answer is
     * 408 and the connection is closed.
     */
    private static byte[] readWithDeadline(Context ctx, InputStream in, int max, long declared) throws IOException {
        long expected = declared > 0 ? declared : max;
        long deadline = deadline(expected);
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(expected, max));
        byte[] chunk = new byte[16 * 1024];
        int n;
        while (out.size() < max && (n = in.read(chunk, 0, Math.min(chunk.length, max - out.size()))) > 0) {
            out.write(chunk, 0, n);
            if (System.nanoTime() > deadline && out.size() < max && out.size() < expected) {
                ctx.header("Connection", "close");
                throw ApiProblem.of(408, Msg.TITLE_TIMEOUT, Msg.BODY_TOO_SLOW, out.size(), expected, NnfsServer.MIN_UPLOAD_BYTES_PER_SECOND / 1024);
            }
        }
        return out.toByteArray();
    }

    private static final long GRACE_SECONDS = 5;

    /** When an upload of {@code bytes} at the minimum rate, plus the grace, is over (System.nanoTime). */
    private static long deadline(long bytes) {
        return System.nanoTime() + (GRACE_SECONDS * 1000 + bytes * 1000 / NnfsServer.MIN_UPLOAD_BYTES_PER_SECOND) * 1_000_000L;
    }

    /**
     * Reads what is left of a body too large to take and throws it away, within the same deadline as any body (an
     * upload that trickles in must not hold a thread for longer); past it, or past DRAIN_MAX, the answer closes the
     * connection instead.
     */
    private static void drain(Context ctx, InputStream in, long declared) throws IOException {
        long deadline = deadline(declared > 0 ? Math.min(declared, DRAIN_MAX) : DRAIN_MAX);
        byte[] sink = new byte[64 * 1024];
        long total = 0;
        int n;
        while ((n = in.read(sink)) > 0) {
            total += n;
            if (total >= DRAIN_MAX || System.nanoTime() > deadline) {
                ctx.header("Connection", "close");
                return;
            }
        }
    }

    private static ApiProblem tooLarge(long declared, int limit) {
        return declared > 0 ? ApiProblem.of(413, Msg.TITLE_TOO_LARGE, Msg.BODY_TOO_LARGE_DECLARED, declared, limit)
                : ApiProblem.of(413, Msg.TITLE_TOO_LARGE, Msg.BODY_TOO_LARGE, limit);
    }

    /** Requires a JSON content type (application/json or any +json). */
    public static void requireJson(Context ctx) {
        String type = ctx.contentType();
        String base = type == null ? "" : type.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        if (!base.equals("application/json") && !base.endsWith("+json")) {
            throw type == null ? ApiProblem.of(415, Msg.TITLE_MEDIA_TYPE, Msg.NOT_JSON_UNTYPED) : ApiProblem.of(415, Msg.TITLE_MEDIA_TYPE, Msg.NOT_JSON, type);
        }
    }
}
