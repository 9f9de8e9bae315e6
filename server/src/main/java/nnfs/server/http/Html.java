package nnfs.server.http;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Text into a URL's query. (Text into HTML is escaped by the templates, JTE, and in the iframe by shared's
 * EmbedCode.attribute, which the embed builder mirrors.)
 */
public final class Html {
    private Html() {}

    public static String urlEncode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
