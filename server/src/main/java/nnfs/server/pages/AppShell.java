package nnfs.server.pages;

/**
 * The browser app's page (nnfs-web/index.html, as the client module built it), cut once at its marked places, for
 * the server's pages that are the app opened on something (app.jte): what comes before the page's own head (its
 * title and description, between the {@code nnfs:page-head} comments), the rest of the head, the body's content, and
 * what follows the body.
 */
public record AppShell(String start, String restOfHead, String body, String end) {
    private static final String HEAD_START = "<!--nnfs:page-head", HEAD_END = "<!--/nnfs:page-head-->";

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
