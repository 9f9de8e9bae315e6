package nnfs.server;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads a request body of at most {@code limit} bytes. A larger one is read to its end and thrown away before
 * the 413 answer, so the client gets the answer instead of a connection reset mid-upload.
 */
final class Body {
    private Body() {}

    /** Past this the upload is not worth draining; the connection is closed instead. */
    private static final long DRAIN_MAX = 64L * 1024 * 1024;

    static String utf8(Context ctx, int limit) {
        long declared = ctx.req().getContentLengthLong();
        try {
            InputStream in = ctx.req().getInputStream();
            if (declared > limit) {
                drain(in);
                throw tooLarge(declared, limit);
            }
            byte[] buf = in.readNBytes(limit + 1);
            if (buf.length > limit) {
                drain(in);
                throw tooLarge(-1, limit);
            }
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(buf)).toString();
        } catch (CharacterCodingException e) {
            throw ApiProblem.badRequest("the body is not valid UTF-8");
        } catch (IOException e) {
            throw ApiProblem.badRequest("the body could not be read: " + e.getMessage());
        }
    }

    private static void drain(InputStream in) throws IOException {
        byte[] sink = new byte[64 * 1024];
        long total = 0;
        int n;
        while ((n = in.read(sink)) > 0 && (total += n) < DRAIN_MAX) {
            // discard
        }
    }

    private static ApiProblem tooLarge(long declared, int limit) {
        return new ApiProblem(413, "Content too large", (declared > 0 ? "the body is " + declared + " bytes; " : "the body is larger than allowed; ")
                + "at most " + limit + " bytes are accepted");
    }

    /** Requires a JSON content type (application/json or any +json). */
    static void requireJson(Context ctx) {
        String type = ctx.contentType();
        String base = type == null ? "" : type.split(";", 2)[0].trim().toLowerCase(java.util.Locale.ROOT);
        if (!base.equals("application/json") && !base.endsWith("+json")) {
            throw new ApiProblem(415, "Unsupported media type", "send the body as application/json, not "
                    + (type == null ? "without a Content-Type" : type));
        }
    }
}
