package nnfs.server.api;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nnfs.model.ModelDocument;
import nnfs.server.http.ApiProblem;
import nnfs.server.http.PublicUrl;
import nnfs.server.pages.Describe;
import nnfs.server.pages.EmbedOptions;
import nnfs.server.pages.Pages;
import nnfs.server.pictures.Pictures;
import nnfs.server.store.Ids;
import nnfs.server.store.ModelStore;
import nnfs.settings.EmbedLayout;
import nnfs.text.EmbedCode;
import nnfs.text.Msg;

/** oEmbed 1.0 for this server's model links: what a course site needs to embed a shared model. */
public final class OEmbed {
    private final ModelApi api;
    private final PublicUrl publicUrl;

    public OEmbed(ModelApi api, PublicUrl publicUrl) {
        this.api = api;
        this.publicUrl = publicUrl;
    }

    private static final Pattern MODEL_URL = Pattern.compile("^(https?://[^/?#]+)/(?:m|embed)/([A-Za-z0-9_-]+)/?(?:[?#].*)?$");

    /** GET /oembed?url=&maxwidth=&maxheight=&format=json&lang= (oEmbed 1.0, type rich; lang: the embed's language). */
    public void answer(Context ctx) {
        String format = ctx.queryParam("format");
        if (format != null && !format.equals("json")) throw ApiProblem.of(501, Msg.TITLE_NOT_IMPLEMENTED, Msg.OEMBED_FORMAT, format);
        String url = ctx.queryParam("url");
        if (url == null || url.isBlank()) throw ApiProblem.badRequest(Msg.OEMBED_NO_URL);
        Matcher m = MODEL_URL.matcher(url.trim());
        if (!m.matches() || !Ids.isId(m.group(2))) throw ApiProblem.notFound(Msg.OEMBED_NOT_MODEL, url);
        String base = publicUrl.of(ctx);
        if (!m.group(1).equalsIgnoreCase(base)) throw ApiProblem.notFound(Msg.OEMBED_OTHER_SERVER, base, url);
        String id = m.group(2);
        ModelStore.Stored s = api.storeGet(id);
        ModelDocument doc = api.document(s);
        int maxW = (int) Params.integer(ctx, "maxwidth", Integer.MAX_VALUE, 1, Integer.MAX_VALUE);
        int maxH = (int) Params.integer(ctx, "maxheight", Integer.MAX_VALUE, 1, Integer.MAX_VALUE);
        // the link may carry the embed's options (the embed builder's oEmbed URL does); oEmbed's own lang wins
        Map<String, List<String>> query = EmbedOptions.queryOf(url.trim());
        String lang = ctx.queryParam("lang");
        if (lang != null) query.put("lang", List.of(lang));
        EmbedOptions options = EmbedOptions.parse(query);
        // the height the asked panels need at this width (shared's EmbedLayout); a consumer that allows less gets
        // less (the embed fits any frame: the plot scales to the room left)
        int w = Math.min(EmbedLayout.DEFAULT_WIDTH, maxW), h = Math.min(EmbedLayout.height(w, options.show()), maxH);
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("version", "1.0");
        o.put("type", "rich");
        o.put("provider_name", "nnfs");
        o.put("provider_url", base + "/");
        // the title in the embed's own language when it has one, else the consumer's
        String title = Describe.title(doc, options.language(ctx));
        o.put("title", title);
        // with a hidden fallback WordPress understands, so that it loads its resizing script (see EmbedCode)
        o.put("html", EmbedCode.oembedHtml(Pages.iframe(base, id, w, h, title, options), base + "/m/" + id, title));
        o.put("width", w);
        o.put("height", h);
        // the thumbnail (4:3) within maxwidth and maxheight too (oEmbed 2.3.4); below the smallest picture the
        // server draws, there is none rather than one larger than asked for
        int tw = Math.min(Math.min(w, 640), maxH > Integer.MAX_VALUE / 4 ? Integer.MAX_VALUE : maxH * 4 / 3);
        int th = tw * 3 / 4;
        if (tw >= Pictures.MIN_SIZE && th >= Pictures.MIN_SIZE) {
            o.put("thumbnail_url", base + "/api/models/" + id + "/boundary.png?w=" + tw + "&h=" + th);
            o.put("thumbnail_width", tw);
            o.put("thumbnail_height", th);
        }
        o.put("cache_age", 86400);
        ModelApi.json(ctx, o);
    }
}
