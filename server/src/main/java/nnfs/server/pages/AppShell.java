package nnfs.server.pages;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The browser app's page (nnfs-web/index.html, as the client module built it), cut once at its marked places, for
 * the server's pages that are the app opened on something (app.jte): what comes before the page's own head (its
 * title and description, between the {@code nnfs:page-head} comments), the rest of the head, the body's content, and
 * what follows the body.
 */
public record AppShell(String start, String restOfHead, String body, String end) {
    private static final String HEAD_START = "<!--nnfs:page-head", HEAD_END = "<!--/nnfs:page-head-->";

    /** The app's page as this build packed it. */
    static AppShell load() {
        try (InputStream in = AppShell.class.getResourceAsStream("/nnfs-web/index.html")) {
            if (in == null) throw new IllegalStateException("the browser app (nnfs-web/index.html) is not in this build");
            return of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static AppShell of(String page) {
        int head = page.indexOf(HEAD_START), headEnd = page.indexOf(HEAD_END), close = page.indexOf("</head>"), body = page.indexOf("<body>"),
                bodyEnd = page.lastIndexOf("</body>");
        if (head < 0 || headEnd < head || close < headEnd || body < close || bodyEnd < body) {
            throw new IllegalStateException("index.html lacks its marked page head (" + HEAD_START + " ... " + HEAD_END + ") or its <body>");
        }
        return new AppShell(page.substring(0, head), page.substring(headEnd + HEAD_END.length(), body),
                page.substring(body + "<body>".length(), bodyEnd), page.substring(bodyEnd + "</body>".length()));
    }
}
