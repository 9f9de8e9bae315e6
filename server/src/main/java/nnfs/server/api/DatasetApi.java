package nnfs.server.api;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nnfs.data.Dataset;
import nnfs.data.DatasetSpec;
import nnfs.server.http.ApiProblem;
import nnfs.server.pictures.Pictures;
import nnfs.server.store.Ids;
import nnfs.text.Msg;

/** The data-set API: the points of a generated data set, and their picture. */
public final class DatasetApi {
    private final Pictures pictures;

    public DatasetApi(Pictures pictures) {
        this.pictures = pictures;
    }

    /** GET /api/datasets/{kind}?n=&noise=&seed=&classes=&factor=: the same numbers as the command line. */
    public void dataset(Context ctx) {
        Dataset d = Params.spec(ctx, ctx.pathParam("kind")).generate();
        List<Object> xs = new ArrayList<>();
        for (int i = 0; i < d.n; i++) xs.add(new double[] {d.get(i, 0), d.get(i, 1)});
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("X", xs);
        m.put("y", d.y);
        ctx.header("Cache-Control", "public, max-age=31536000, immutable");
        ModelApi.json(ctx, m);
    }

    /** GET /api/datasets/{kind}/picture.png?...&w=&h=: the points alone, as the article's first figure. */
    public void datasetPicture(Context ctx) {
        DatasetSpec spec = Params.spec(ctx, ctx.pathParam("kind"));
        if (spec.n > 20_000) throw ApiProblem.badRequest(Msg.PICTURE_POINTS, 20_000, spec.n);
        int w = Params.size(ctx, "w", 640), h = Params.size(ctx, "h", 480);
        ModelApi.png(ctx, "\"" + Ids.hash(spec + "/" + w + "x" + h).substring(0, 20) + "\"", () -> pictures.dataset(spec, w, h));
    }
}
