package nnfs.server.http;

import io.javalin.http.Context;
import java.util.Locale;

/** The language a client reads: ?lang= when it names one the catalogue has, else its Accept-Language, else English. */
public final class Languages {
    private Languages() {}

    /** The languages of the catalogue (nnfs.text.Msg), English first. */
    static final String[] KNOWN = nnfs.text.Msg.LANGUAGES;

    public static String of(Context ctx) {
        String asked = ctx.queryParam("lang");
        if (known(asked)) return asked;
        return fromHeader(ctx.header("Accept-Language"));
    }

    /** The catalogue's language an Accept-Language header prefers most ("ja-JP, en;q=0.5" is ja); English when none. */
    static String fromHeader(String header) {
        if (header == null) return "en";
        String best = "en";
        double bestQ = -1;
        for (String part : header.split(",")) {
            String[] f = part.trim().split(";");
            String base = f[0].trim().toLowerCase(Locale.ROOT).split("-")[0];
            double q = 1;
            for (int i = 1; i < f.length; i++) {
                String p = f[i].trim();
                if (p.startsWith("q=")) {
                    try {
                        q = Double.parseDouble(p.substring(2));
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            if (known(base) && q > bestQ && q > 0) {
                best = base;
                bestQ = q;
            }
        }
        return best;
    }

    private static boolean known(String lang) {
        if (lang == null) return false;
        for (String k : KNOWN) if (k.equals(lang)) return true;
        return false;
    }
}
