package nnfs.server.pages;

import gg.jte.Content;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.HashMap;
import java.util.Map;

/** The server's HTML templates (src/main/jte, compiled into the jar at build time), every value escaped by jte. */
final class Templates {
    private Templates() {}

    private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(ContentType.Html);

    /** A template rendered to text. Parameters are name, value pairs (a value may be null). */
    static String render(String template, Object... params) {
        StringOutput out = new StringOutput();
        ENGINE.render(template, map(params), out);
        return out.toString();
    }

    /** A template as content another template includes. */
    static Content content(String template, Object... params) {
        Map<String, Object> p = map(params);
        return out -> ENGINE.render(template, p, out);
    }

    private static Map<String, Object> map(Object... params) {
        Map<String, Object> m = new HashMap<>();
        for (int i = 0; i < params.length; i += 2) m.put((String) params[i], params[i + 1]);
        return m;
    }
}
