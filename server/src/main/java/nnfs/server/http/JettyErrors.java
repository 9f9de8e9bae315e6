package nnfs.server.http;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import nnfs.model.Json;
import nnfs.server.NnfsServer;
import nnfs.text.Msg;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The errors Jetty answers itself, before any route runs (a malformed URI, a URI or headers too long, an unknown
 * HTTP version): problem+json with the security headers, like every other error of the server.
 */
public final class JettyErrors extends ErrorHandler {
    static byte[] body(int status, String detail, String instance) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", "about:blank");
        m.put("title", HttpStatus.getMessage(status));
        m.put("status", status);
        m.put("detail", detail);
        if (instance != null && !instance.equals("/badMessage")) m.put("instance", instance); // Jetty's name, not the client's
        return Json.write(m).getBytes(StandardCharsets.UTF_8);
    }

    /** What was wrong, in a language of the catalogue (Jetty's own reason stays as Jetty says it). */
    static String detail(int status, String reason, String lang) {
        switch (status) {
            case 414: return Msg.URI_TOO_LONG.format(lang);
            case 431: return Msg.HEADERS_TOO_LARGE.format(lang);
            case 505: return Msg.HTTP_VERSION.format(lang);
            default: return reason == null || reason.isBlank() ? HttpStatus.getMessage(status) : Msg.MALFORMED.format(lang, reason);
        }
    }

    /**
     * Errors Jetty answers before the application: of a parsed request, and (as Jetty 12.1 hands them here too, under
     * the path /badMessage) of one that could not be parsed.
     */
    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause, Callback callback) {
        HttpFields.Mutable h = response.getHeaders();
        h.put(HttpHeader.CONTENT_TYPE, "application/problem+json");
        NnfsServer.securityHeaders(false).forEach(h::put);
        h.put(new HttpField(HttpHeader.CACHE_CONTROL, "no-store"));
        String lang = Languages.fromHeader(request.getHeaders().get(HttpHeader.ACCEPT_LANGUAGE));
        h.put(HttpHeader.CONTENT_LANGUAGE, lang);
        response.write(true, ByteBuffer.wrap(body(code, detail(code, message, lang), request.getHttpURI().getPath())), callback);
    }
}
