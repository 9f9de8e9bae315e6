package nnfs.server;

import io.javalin.http.Context;
import nnfs.data.DatasetSpec;

/** Reads a request's query parameters: each checked, a bad one answered 400 saying what was wrong. */
final class Params {
    private Params() {}

    static long integer(Context ctx, String name, long fallback, long min, long max) {
        String v = ctx.queryParam(name);
        if (v == null) return fallback;
        long n;
        try {
            n = Long.parseLong(v.trim());
        } catch (NumberFormatException e) {
            throw ApiProblem.badRequest(name + " must be a whole number, got '" + v + "'");
        }
        if (n < min || n > max) throw ApiProblem.badRequest(name + " must be between " + min + " and " + max + ", got " + n);
        return n;
    }

    static double number(Context ctx, String name, double fallback) {
        String v = ctx.queryParam(name);
        if (v == null) return fallback;
        try {
            double d = Double.parseDouble(v.trim());
            if (!Double.isFinite(d)) throw ApiProblem.badRequest(name + " must be a finite number, got '" + v + "'");
            return d;
        } catch (NumberFormatException e) {
            throw ApiProblem.badRequest(name + " must be a number, got '" + v + "'");
        }
    }

    static int size(Context ctx, String name, int fallback) {
        String v = ctx.queryParam(name);
        if (v == null) return fallback;
        int n;
        try {
            n = Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw ApiProblem.badRequest(name + " must be a whole number of pixels, got '" + v + "'");
        }
        if (n < Pictures.MIN_SIZE || n > Pictures.MAX_SIZE) {
            throw ApiProblem.badRequest(name + " must be between " + Pictures.MIN_SIZE + " and " + Pictures.MAX_SIZE + " pixels, got " + n);
        }
        return n;
    }

    /** The data set named by the path's {kind} and the query's n, noise, seed, classes, factor; 400/404 if bad. */
    static DatasetSpec spec(Context ctx, String kindName) {
        DatasetSpec.Kind kind;
        try {
            kind = DatasetSpec.Kind.parse(kindName);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.notFound(e.getMessage());
        }
        try {
            DatasetSpec spec = new DatasetSpec(kind, (int) integer(ctx, "n", 200, 1, nnfs.Limits.MAX_POINTS), number(ctx, "noise", kind.defaultNoise),
                    integer(ctx, "seed", 0, 0, nnfs.Limits.MAX_SEED), (int) integer(ctx, "classes", 3, 2, nnfs.Limits.MAX_CLASSES), number(ctx, "factor", DatasetSpec.DEFAULT_FACTOR));
            spec.check();
            return spec;
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest(e.getMessage());
        }
    }
}
